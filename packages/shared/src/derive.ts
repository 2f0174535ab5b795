import { HOST_METRICS, type HostMetrics } from './columns.js';
import { rate, round2 } from './counter.js';
import { cpuPercentages } from './derive-cpu.js';
import { deriveDisks } from './derive-disks.js';
import { memoryFigures } from './derive-memory.js';
import { deriveNetwork } from './derive-network.js';
import { DEFAULT_DEVICE_FILTERS, type DeviceFilters } from './device-filters.js';
import type { CpuSample, FsSample, Sample, TemperatureSample } from './sample.js';
import { CPU_FIELDS, type FsStat, type RawSnapshot } from './snapshot.js';

const MB = 1024 * 1024;

/**
 * The one place where rates are computed: the sample for the interval between two snapshots. Rates use the
 * measured elapsed time (the monotonic clock when both snapshots carry it). Returns null when no time has
 * elapsed, since no rate can be derived then. Metrics whose source is missing in either snapshot are null.
 */
export function deriveSample(
  previous: RawSnapshot,
  current: RawSnapshot,
  filters: DeviceFilters = DEFAULT_DEVICE_FILTERS,
): Sample | null {
  const elapsedMs =
    previous.mono !== undefined && current.mono !== undefined
      ? current.mono - previous.mono
      : current.time - previous.time;
  if (!(elapsedMs > 0)) return null;
  const seconds = elapsedMs / 1000;

  const host = emptyHostMetrics();
  let cpus: CpuSample[] = [];
  if (previous.stat && current.stat) {
    const total = cpuPercentages(previous.stat.cpu, current.stat.cpu);
    for (const field of CPU_FIELDS) host[`cpu_${field}`] = total[field];
    cpus = Object.keys(current.stat.cpus).flatMap((cpu) => {
      const before = previous.stat?.cpus[cpu];
      const after = current.stat?.cpus[cpu];
      return before && after ? [{ cpu, ...cpuPercentages(before, after) }] : [];
    });
    host.ctx_switches = rate(previous.stat.ctxt, current.stat.ctxt, seconds);
    host.interrupts = rate(previous.stat.intr, current.stat.intr, seconds);
    host.procs_running = current.stat.procs_running;
    host.procs_blocked = current.stat.procs_blocked;
  }
  if (current.meminfo) Object.assign(host, memoryFigures(current.meminfo));
  if (current.loadavg) [host.load_1m, host.load_5m, host.load_15m] = current.loadavg;

  let disks: Sample['disks'] = [];
  if (previous.diskstats && current.diskstats) {
    const derived = deriveDisks(previous.diskstats, current.diskstats, seconds, filters);
    disks = derived.disks;
    Object.assign(host, derived.totals);
  }
  let nets: Sample['nets'] = [];
  if (previous.netdev && current.netdev) {
    const derived = deriveNetwork(previous.netdev, current.netdev, seconds, filters);
    nets = derived.nets;
    Object.assign(host, derived.totals);
  }
  const temperatures: TemperatureSample[] = Object.entries(current.temperatures ?? {}).map(
    ([sensor, celsius]) => ({ sensor, celsius }),
  );
  if (temperatures.length > 0) host.temperature = Math.max(...temperatures.map((t) => t.celsius));

  return {
    timestamp: current.time,
    interval: round2(seconds),
    ...host,
    cpus,
    disks,
    nets,
    filesystems: (current.filesystems ?? []).map(filesystemFigures),
    temperatures,
  };
}

function emptyHostMetrics(): HostMetrics {
  const host = {} as Record<string, null>;
  for (const column of HOST_METRICS) host[column.name] = null;
  return host as HostMetrics;
}

/** A filesystem's size and use in MB, with used % as df reports it (used / (used + available)). */
function filesystemFigures(fs: FsStat): FsSample {
  const used = Math.max(fs.size - fs.free, 0);
  const usable = used + fs.avail;
  return {
    mount: fs.mount,
    fstype: fs.fstype,
    source: fs.source,
    size_mb: round2(fs.size / MB),
    used_mb: round2(used / MB),
    avail_mb: round2(fs.avail / MB),
    used_pct: usable > 0 ? round2((used / usable) * 100) : 0,
    inodes_total: fs.files,
    inodes_used: Math.max(fs.files - fs.files_free, 0),
  };
}
