import { type CounterBits, rate, round2 } from './counter.js';
import { deriveContainers } from './derive-containers.js';
import { type CpuPercentages, cpuPercentages } from './derive-cpu.js';
import { deriveDisks } from './derive-disks.js';
import { memoryFigures } from './derive-memory.js';
import { deriveNetwork } from './derive-network.js';
import { DEFAULT_DEVICE_FILTERS, type DeviceFilters } from './device-filters.js';
import type { CpuSample, FsSample, Sample, TemperatureSample } from './sample.js';
import type { FsStat, RawSnapshot } from './snapshot.js';

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
  // Counters that are as wide as the kernel's word may wrap at 2³² only on a 32-bit kernel.
  const word: CounterBits = current.kernel_bits === 32 ? 32 : 64;

  const before = previous.stat;
  const after = current.stat;
  const cpu = before && after ? cpuPercentages(before.cpu, after.cpu) : null;
  const cpus: CpuSample[] = [];
  if (before && after) {
    for (const name in after.cpus) {
      const b = before.cpus[name];
      const a = after.cpus[name];
      if (b && a) cpus.push(cpuSample(name, cpuPercentages(b, a), current.cpu_mhz?.[name]));
    }
  }
  const mem = current.meminfo ? memoryFigures(current.meminfo) : null;
  const disk =
    previous.diskstats && current.diskstats
      ? deriveDisks(previous.diskstats, current.diskstats, seconds, filters, word)
      : null;
  const net =
    previous.netdev && current.netdev
      ? deriveNetwork(previous.netdev, current.netdev, seconds, filters, word)
      : null;
  const load = current.loadavg;
  const temperatures: TemperatureSample[] = [];
  let hottest: number | null = null;
  for (const sensor in current.temperatures) {
    const celsius = current.temperatures[sensor] ?? Number.NaN;
    temperatures.push({ sensor, celsius });
    if (hottest === null || celsius > hottest) hottest = celsius;
  }

  // One object literal in column order, so every sample has the same shape (and V8 one hidden class).
  return {
    timestamp: current.time,
    interval: round2(seconds),
    cpu_user: cpu ? cpu.user : null,
    cpu_system: cpu ? cpu.system : null,
    cpu_iowait: cpu ? cpu.iowait : null,
    cpu_idle: cpu ? cpu.idle : null,
    cpu_steal: cpu ? cpu.steal : null,
    mem_total: mem ? mem.mem_total : null,
    mem_used: mem ? mem.mem_used : null,
    mem_available: mem ? mem.mem_available : null,
    mem_buffers: mem ? mem.mem_buffers : null,
    mem_cached: mem ? mem.mem_cached : null,
    disk_read_bytes: disk ? disk.totals.disk_read_bytes : null,
    disk_write_bytes: disk ? disk.totals.disk_write_bytes : null,
    disk_read_ops: disk ? disk.totals.disk_read_ops : null,
    disk_write_ops: disk ? disk.totals.disk_write_ops : null,
    net_rx_bytes: net ? net.totals.net_rx_bytes : null,
    net_tx_bytes: net ? net.totals.net_tx_bytes : null,
    net_rx_packets: net ? net.totals.net_rx_packets : null,
    net_tx_packets: net ? net.totals.net_tx_packets : null,
    cpu_nice: cpu ? cpu.nice : null,
    cpu_irq: cpu ? cpu.irq : null,
    cpu_softirq: cpu ? cpu.softirq : null,
    cpu_guest: cpu ? cpu.guest : null,
    cpu_guest_nice: cpu ? cpu.guest_nice : null,
    load_1m: load ? load[0] : null,
    load_5m: load ? load[1] : null,
    load_15m: load ? load[2] : null,
    ctx_switches: before && after ? rate(before.ctxt, after.ctxt, seconds) : null,
    interrupts: before && after ? rate(before.intr, after.intr, seconds) : null,
    procs_running: after ? after.procs_running : null,
    procs_blocked: after ? after.procs_blocked : null,
    mem_free: mem ? mem.mem_free : null,
    swap_total: mem ? mem.swap_total : null,
    swap_used: mem ? mem.swap_used : null,
    disk_util: disk ? disk.totals.disk_util : null,
    net_rx_errors: net ? net.totals.net_rx_errors : null,
    net_tx_errors: net ? net.totals.net_tx_errors : null,
    net_rx_drops: net ? net.totals.net_rx_drops : null,
    net_tx_drops: net ? net.totals.net_tx_drops : null,
    temperature: hottest,
    cpus,
    disks: disk ? disk.disks : [],
    nets: net ? net.nets : [],
    filesystems: (current.filesystems ?? []).map(filesystemFigures),
    temperatures,
    containers:
      previous.containers && current.containers
        ? deriveContainers(previous.containers, current.containers, seconds, word)
        : [],
  };
}

/**
 * A CPU's sample, as one object literal (faster than a spread, and one hidden class): its percentages over the
 * interval, and its frequency as the current snapshot read it (null where the machine gives none).
 */
function cpuSample(cpu: string, p: CpuPercentages, mhz: number | undefined): CpuSample {
  return {
    cpu,
    user: p.user,
    nice: p.nice,
    system: p.system,
    idle: p.idle,
    iowait: p.iowait,
    irq: p.irq,
    softirq: p.softirq,
    steal: p.steal,
    guest: p.guest,
    guest_nice: p.guest_nice,
    mhz: mhz === undefined ? null : round2(mhz),
  };
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
