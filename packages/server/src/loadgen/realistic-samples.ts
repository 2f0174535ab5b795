import type { CpuSample, DiskSample, FsSample, HostMetrics, NetSample, Sample } from '@perfanalysis/shared';

/**
 * Samples as pcc sends them from a small server: host metrics with the magnitudes and two-decimal rounding of
 * real derivation (MB of memory in the thousands, bytes/s in the hundreds of thousands, percentages), and the
 * per-device rows of 2 CPUs, 1 or 2 disks, 2 interfaces and 3 filesystems. Every value follows from the
 * seed and the timestamp, so that two runs, or a file and a COPY baseline, hold the same rows.
 */
export interface RealisticOptions {
  /** Tells machines apart: their memory size and their noise. */
  readonly seed?: number;
  /** Disks reported (1 or 2); 2 unless told. */
  readonly disks?: number;
  /** Without per-device rows: what a host.csv holds. */
  readonly hostOnly?: boolean;
}

const r2 = (value: number): number => Math.round(value * 100) / 100;

/** A well-mixed number in [0, 1) from three integers. */
function noise(a: number, b: number, c: number): number {
  let h =
    Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35) ^ Math.imul(c, 0x27d4eb2f);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}

const DISKS = ['nvme0n1', 'sda'];
const NETS = ['eth0', 'docker0'];
const FILESYSTEMS = [
  { mount: '/', fstype: 'ext4', source: '/dev/nvme0n1p2', size_mb: 240_123.45 },
  { mount: '/boot', fstype: 'ext4', source: '/dev/nvme0n1p1', size_mb: 973.59 },
  { mount: '/var/lib/data', fstype: 'xfs', source: '/dev/sda1', size_mb: 1_907_226.5 },
];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const NONE: readonly never[] = Object.freeze([]);

/**
 * Host metrics for second `s` of machine `seed`, in a sample without devices: one object literal with every
 * property, cheaper than spreading 40 metrics into a new object.
 */
function hostSample(seed: number, s: number, timestamp: number): Mutable<Sample> {
  const u = (k: number): number => noise(seed, s, k);
  // A slow swing over about half an hour, so that series have shape, with second-to-second noise on top.
  const wave = Math.sin(s / 300 + seed);
  const cpu_user = r2(18 + 10 * wave + 6 * u(0));
  const cpu_system = r2(4 + 2 * u(1));
  const cpu_iowait = r2(1.5 * u(2) ** 2);
  const cpu_steal = r2(0.2 * u(3));
  const cpu_nice = r2(0.5 * u(4));
  const cpu_softirq = r2(0.3 + 0.6 * u(5));
  const cpu_idle = r2(100 - cpu_user - cpu_system - cpu_iowait - cpu_steal - cpu_nice - cpu_softirq);
  const mem_total = r2(7_936.77 * (1 + (seed % 4)));
  const mem_available = r2(mem_total * 0.55 + 400 * wave + 40 * u(6));
  const mem_cached = r2(mem_total * 0.35 + 200 * wave + 20 * u(8));
  const load = 1.2 + 0.8 * wave;
  return {
    cpu_user,
    cpu_system,
    cpu_iowait,
    cpu_idle,
    cpu_steal,
    mem_total,
    mem_used: r2(mem_total - mem_available),
    mem_available,
    mem_buffers: r2(310 + 5 * u(7)),
    mem_cached,
    disk_read_bytes: r2(600_000 * u(9) ** 3),
    disk_write_bytes: r2(200_000 + 900_000 * u(10)),
    disk_read_ops: r2(40 * u(9) ** 3),
    disk_write_ops: r2(40 + 80 * u(10)),
    net_rx_bytes: r2(120_000 + 80_000 * u(11)),
    net_tx_bytes: r2(60_000 + 40_000 * u(12)),
    net_rx_packets: r2(300 + 200 * u(11)),
    net_tx_packets: r2(250 + 150 * u(12)),
    cpu_nice,
    cpu_irq: 0,
    cpu_softirq,
    cpu_guest: 0,
    cpu_guest_nice: 0,
    load_1m: r2(load + 0.3 * u(13)),
    load_5m: r2(load),
    load_15m: r2(1.2 + 0.4 * wave),
    ctx_switches: r2(3_000 + 1_500 * u(14)),
    interrupts: r2(2_000 + 1_000 * u(15)),
    procs_running: 1 + Math.floor(3 * u(16)),
    procs_blocked: u(17) > 0.9 ? 1 : 0,
    mem_free: r2(mem_available - mem_cached * 0.8),
    swap_total: 2048,
    swap_used: r2(12.5 + 0.5 * u(18)),
    disk_util: r2(2 + 15 * u(10)),
    net_rx_errors: 0,
    net_tx_errors: 0,
    net_rx_drops: u(19) > 0.98 ? 1 : 0,
    net_tx_drops: 0,
    temperature: r2(48 + 6 * u(20)),
    timestamp,
    interval: 1,
    cpus: NONE,
    disks: NONE,
    nets: NONE,
    filesystems: NONE,
    temperatures: NONE,
    containers: NONE,
  };
}

function cpus(seed: number, s: number, host: HostMetrics): CpuSample[] {
  return [0, 1].map((i) => {
    const u = (k: number): number => noise(seed + 1000 * (i + 1), s, k);
    const user = r2(Math.max(0, (host.cpu_user ?? 0) + 8 * (u(0) - 0.5)));
    const system = r2((host.cpu_system ?? 0) + 2 * (u(1) - 0.5));
    const iowait = r2(2 * u(2) ** 3);
    const softirq = r2(0.6 * u(3));
    return {
      cpu: `cpu${i}`,
      user,
      nice: 0,
      system,
      idle: r2(100 - user - system - iowait - softirq),
      iowait,
      irq: 0,
      softirq,
      steal: 0,
      guest: 0,
      guest_nice: 0,
    };
  });
}

function disks(seed: number, s: number, count: number): DiskSample[] {
  return DISKS.slice(0, count).map((device, i) => {
    const u = (k: number): number => noise(seed + 2000 * (i + 1), s, k);
    return {
      device,
      read_bytes: r2(400_000 * u(0) ** 3),
      write_bytes: r2(100_000 + 700_000 * u(1)),
      read_ops: r2(30 * u(0) ** 3),
      write_ops: r2(20 + 60 * u(1)),
      util: r2(1 + 12 * u(1)),
      await_ms: r2(0.2 + 1.5 * u(2)),
    };
  });
}

function nets(seed: number, s: number): NetSample[] {
  return NETS.map((iface, i) => {
    const u = (k: number): number => noise(seed + 3000 * (i + 1), s, k);
    const scale = i === 0 ? 1 : 0.1;
    return {
      iface,
      rx_bytes: r2(scale * (120_000 + 80_000 * u(0))),
      tx_bytes: r2(scale * (60_000 + 40_000 * u(1))),
      rx_packets: r2(scale * (300 + 200 * u(0))),
      tx_packets: r2(scale * (250 + 150 * u(1))),
      rx_errors: 0,
      tx_errors: 0,
      rx_drops: 0,
      tx_drops: 0,
    };
  });
}

function filesystems(s: number): FsSample[] {
  return FILESYSTEMS.map((fs, i) => {
    const used = r2(fs.size_mb * (0.3 + 0.1 * i) + (s % 3600) / 100);
    return {
      ...fs,
      used_mb: used,
      avail_mb: r2(fs.size_mb * 0.95 - used),
      used_pct: r2((used / (fs.size_mb * 0.95)) * 100),
      inodes_total: 15_597_568 / (i + 1),
      inodes_used: 412_345 + (s % 1000),
    };
  });
}

/** The sample that ends at `timestamp` (unix ms, whole seconds) on machine `options.seed`. */
export function realisticSample(timestamp: number, options: RealisticOptions = {}): Sample {
  const seed = options.seed ?? 0;
  const s = Math.floor(timestamp / 1000);
  const sample = hostSample(seed, s, timestamp);
  if (options.hostOnly !== true) {
    sample.cpus = cpus(seed, s, sample);
    sample.disks = disks(seed, s, options.disks ?? 2);
    sample.nets = nets(seed, s);
    sample.filesystems = filesystems(s);
  }
  return sample;
}

/** `count` samples a second apart, the first ending at `start`. */
export function realisticSamples(start: number, count: number, options: RealisticOptions = {}): Sample[] {
  return Array.from({ length: count }, (_, i) => realisticSample(start + i * 1000, options));
}
