import type { ContainerCounters, ContainerSample, Sample } from '@perfanalysis/shared';
import { BYTES_PER_MB, noMetrics } from './node-row.js';
import type { RingMetrics } from './ring-schema.js';

const wholeMb = (mb: number | null): number | null => (mb === null ? null : Math.round(mb));
const mbPerSecond = (bytes: number | null): number | null => (bytes === null ? null : bytes / BYTES_PER_MB);

/**
 * The container a monitor was asked for, among a sample's: by full id, by a unique id prefix (docker's
 * 12-character short ids), or by name. Undefined when none matches, or a prefix matches several.
 */
export function findContainer(sample: Sample, wanted: string): ContainerSample | undefined {
  const byId = sample.containers.find((c) => c.container_id === wanted);
  if (byId) return byId;
  const byName = sample.containers.filter((c) => c.container_name === wanted);
  if (byName.length === 1) return byName[0];
  const byPrefix = sample.containers.filter((c) => c.container_id.startsWith(wanted));
  return byPrefix.length === 1 ? byPrefix[0] : undefined;
}

/**
 * A container's sample in the ring's columns: cpu_total_pct as docker stats shows it (100 = one core);
 * c_rss_mb the anonymous memory, c_vsz_mb the memory limit (the seed's "virtual memory limit"; null when
 * unlimited), c_shared_mb the shmem of memory.stat; disk and network as for a node. Node-only columns
 * (load, node memory, temperature…) are null.
 */
export function containerMetrics(container: ContainerSample, counters?: ContainerCounters): RingMetrics {
  const shmem = counters?.memory_stat?.shmem;
  return {
    ...noMetrics(),
    cpu_total_pct: container.cpu_percent,
    c_rss_mb: wholeMb(container.mem_rss_mb),
    c_vsz_mb: wholeMb(container.mem_limit_mb),
    c_shared_mb: shmem === undefined ? null : Math.round(shmem / BYTES_PER_MB),
    disk_read_mb_s: mbPerSecond(container.blk_read_bytes),
    disk_write_mb_s: mbPerSecond(container.blk_write_bytes),
    disk_read_iops: container.blk_read_ops,
    disk_write_iops: container.blk_write_ops,
    net_rx_mb_s: mbPerSecond(container.net_rx_bytes),
    net_tx_mb_s: mbPerSecond(container.net_tx_bytes),
    net_rx_pkts_s: container.net_rx_packets,
    net_tx_pkts_s: container.net_tx_packets,
    net_rx_errs_s: container.net_rx_errors,
    net_tx_errs_s: container.net_tx_errors,
    net_rx_drops_s: container.net_rx_drops,
    net_tx_drops_s: container.net_tx_drops,
  };
}
