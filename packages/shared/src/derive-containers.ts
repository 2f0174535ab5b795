import { type CounterBits, counterDelta, round2 } from './counter.js';
import type { ContainerSample } from './sample.js';
import { CGROUP_CPU_FIELDS, CGROUP_IO_FIELDS, type ContainerCounters, NET_FIELD as N } from './snapshot.js';

const USAGE = CGROUP_CPU_FIELDS.indexOf('usage_usec');
const IO = {
  rbytes: CGROUP_IO_FIELDS.indexOf('rbytes'),
  wbytes: CGROUP_IO_FIELDS.indexOf('wbytes'),
  rios: CGROUP_IO_FIELDS.indexOf('rios'),
  wios: CGROUP_IO_FIELDS.indexOf('wios'),
};

const MB = 1024 * 1024;
const mb = (bytes: number | undefined): number | null => (bytes === undefined ? null : round2(bytes / MB));

/**
 * Per-container metrics for an interval, for the containers present in both snapshots (by id), in the
 * current snapshot's order. CPU is Δ usage_usec over the elapsed microseconds × 100, so 100 means one core,
 * as docker stats shows it; block I/O and network are per-second rates; memory and pids are the current
 * snapshot's. The working set is usage − inactive_file, clamped at 0 as docker and cAdvisor do. The cgroup
 * counters are 64-bit; the network ones (a process's net/dev) as wide as the kernel's word.
 */
export function deriveContainers(
  previous: Readonly<Record<string, ContainerCounters>>,
  current: Readonly<Record<string, ContainerCounters>>,
  seconds: number,
  word: CounterBits,
): ContainerSample[] {
  const containers: ContainerSample[] = [];
  for (const id in current) {
    const cur = current[id];
    const prev = previous[id];
    if (cur === undefined || prev === undefined) continue;
    const cpu = cur.cpu && prev.cpu ? counterDelta(prev.cpu[USAGE] ?? 0, cur.cpu[USAGE] ?? 0) : undefined;
    const blk = rates(prev.io, cur.io, seconds, 64);
    const n = rates(prev.net, cur.net, seconds, word);
    const stat = cur.memory_stat;
    const usage = cur.memory_current;
    const inactive = stat?.inactive_file;
    containers.push({
      container_id: id,
      container_name: cur.name,
      cpu_percent: cpu === undefined ? null : round2((cpu / (seconds * 1e6)) * 100),
      mem_usage_mb: mb(usage),
      mem_limit_mb: cur.memory_max === null ? null : mb(cur.memory_max),
      mem_rss_mb: mb(stat?.anon),
      mem_cache_mb: mb(stat?.file),
      mem_working_set_mb:
        usage === undefined || inactive === undefined ? null : mb(Math.max(usage - inactive, 0)),
      blk_read_bytes: blk ? blk(IO.rbytes) : null,
      blk_write_bytes: blk ? blk(IO.wbytes) : null,
      blk_read_ops: blk ? blk(IO.rios) : null,
      blk_write_ops: blk ? blk(IO.wios) : null,
      net_rx_bytes: n ? n(N.rxBytes) : null,
      net_tx_bytes: n ? n(N.txBytes) : null,
      net_rx_packets: n ? n(N.rxPackets) : null,
      net_tx_packets: n ? n(N.txPackets) : null,
      net_rx_errors: n ? n(N.rxErrors) : null,
      net_tx_errors: n ? n(N.txErrors) : null,
      net_rx_drops: n ? n(N.rxDrops) : null,
      net_tx_drops: n ? n(N.txDrops) : null,
      pids: cur.pids ?? null,
    });
  }
  return containers;
}

/** Per-second rates of a counter array's fields, or undefined when either snapshot lacks the array. */
function rates(
  previous: readonly number[] | undefined,
  current: readonly number[] | undefined,
  seconds: number,
  bits: CounterBits,
): ((field: number) => number) | undefined {
  if (previous === undefined || current === undefined) return undefined;
  return (field) => round2(counterDelta(previous[field] ?? 0, current[field] ?? 0, bits) / seconds);
}
