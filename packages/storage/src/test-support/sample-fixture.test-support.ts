import { HOST_METRICS, type HostMetrics, type Sample } from '@perfanalysis/shared';

export interface TestSampleOptions {
  readonly cpus?: number;
  readonly disks?: number;
  readonly nets?: number;
  readonly filesystems?: number;
  readonly temperatures?: number;
  readonly containers?: number;
}

const two = (value: number): number => Math.round(value * 100) / 100;

/**
 * A complete, plausible sample whose every value follows from its timestamp, with the number of devices
 * asked for: for storage tests and benchmarks.
 */
export function testSample(timestamp: number, options: TestSampleOptions = {}): Sample {
  const seconds = timestamp / 1000;
  const host: Record<string, number> = {};
  HOST_METRICS.forEach((column, i) => {
    host[column.name] = two(((seconds * (i + 1)) % 100) + i / 100);
  });
  const range = (n: number | undefined): number[] => Array.from({ length: n ?? 0 }, (_, i) => i);
  const pct = (i: number, k: number): number => two((seconds + i * 7 + k * 3) % 100);
  return {
    ...(host as HostMetrics),
    timestamp,
    interval: 1,
    cpus: range(options.cpus).map((i) => ({
      cpu: `cpu${i}`,
      user: pct(i, 0),
      nice: pct(i, 1),
      system: pct(i, 2),
      idle: pct(i, 3),
      iowait: pct(i, 4),
      irq: pct(i, 5),
      softirq: pct(i, 6),
      steal: pct(i, 7),
      guest: pct(i, 8),
      guest_nice: pct(i, 9),
      mhz: two(800 + ((seconds * 37 + i * 100) % 3000)),
    })),
    disks: range(options.disks).map((i) => ({
      device: `sd${String.fromCharCode(97 + i)}`,
      read_bytes: two(seconds * 4096 + i),
      write_bytes: two(seconds * 8192 + i),
      read_ops: pct(i, 1),
      write_ops: pct(i, 2),
      util: pct(i, 3),
      await_ms: pct(i, 4),
    })),
    nets: range(options.nets).map((i) => ({
      iface: `eth${i}`,
      rx_bytes: two(seconds * 1500 + i),
      tx_bytes: two(seconds * 900 + i),
      rx_packets: pct(i, 1),
      tx_packets: pct(i, 2),
      rx_errors: 0,
      tx_errors: 0,
      rx_drops: 0,
      tx_drops: 0,
    })),
    filesystems: range(options.filesystems).map((i) => ({
      mount: i === 0 ? '/' : `/mnt/data ${i}`,
      fstype: 'ext4',
      source: `/dev/sd${String.fromCharCode(97 + i)}1`,
      size_mb: 100_000,
      used_mb: two(50_000 + (seconds % 1000)),
      avail_mb: two(50_000 - (seconds % 1000)),
      used_pct: pct(i, 0),
      inodes_total: 6_553_600,
      inodes_used: 123_456 + i,
    })),
    temperatures: range(options.temperatures).map((i) => ({ sensor: `coretemp/Core ${i}`, celsius: 40 + i })),
    containers: range(options.containers).map((i) => ({
      container_id: `${i}`.padStart(64, 'c'),
      container_name: `web-${i}`,
      cpu_percent: two(pct(i, 0) * 2),
      mem_usage_mb: two(512 + (seconds % 100)),
      // The first container has no limit (memory.max is `max`).
      mem_limit_mb: i === 0 ? null : 1024,
      mem_rss_mb: two(256 + (seconds % 50)),
      mem_cache_mb: two(128 + (seconds % 25)),
      mem_working_set_mb: two(384 + (seconds % 50)),
      blk_read_bytes: two(seconds * 512 + i),
      blk_write_bytes: two(seconds * 1024 + i),
      blk_read_ops: pct(i, 1),
      blk_write_ops: pct(i, 2),
      net_rx_bytes: two(seconds * 300 + i),
      net_tx_bytes: two(seconds * 200 + i),
      net_rx_packets: pct(i, 3),
      net_tx_packets: pct(i, 4),
      net_rx_errors: 0,
      net_tx_errors: 0,
      net_rx_drops: 0,
      net_tx_drops: 0,
      pids: 10 + i,
    })),
  };
}

/** Samples every `stepMs` from `start`. */
export function testSamples(
  start: number,
  count: number,
  stepMs = 1000,
  options?: TestSampleOptions,
): Sample[] {
  return Array.from({ length: count }, (_, i) => testSample(start + i * stepMs, options));
}

/** Shapes of data a metric can be given, for tests and benchmarks of percentiles and downsampling. */
export const DISTRIBUTIONS = [
  'uniform',
  'bimodal',
  'constant',
  'zeros',
  'spikes',
  'negatives',
  'lognormal',
  'walk',
] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

/** A deterministic pseudo-random generator (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The least and greatest values each distribution draws (lognormal: beyond 1e11 once in 10^12 draws). */
const ENVELOPES: Record<Distribution, readonly [number, number]> = {
  uniform: [0, 100],
  bimodal: [0, 120],
  constant: [16_000, 16_000],
  zeros: [0, 5],
  spikes: [1000, 2e9],
  negatives: [-100, -1],
  lognormal: [0, 1e11],
  walk: [0, 100],
};

/** Metric i's distribution: the i-th in turn, or the next whose values its plausible range holds. */
const METRIC_DISTRIBUTIONS: readonly Distribution[] = HOST_METRICS.map((column, i) => {
  for (let k = 0; k < DISTRIBUTIONS.length; k += 1) {
    const d = DISTRIBUTIONS[(i + k) % DISTRIBUTIONS.length] as Distribution;
    const [lo, hi] = ENVELOPES[d];
    if (lo >= column.range.min && hi <= column.range.max) return d;
  }
  throw new Error(`no distribution fits ${column.name}`);
});

/**
 * A generator of samples whose host metrics follow the distributions in turn, each on a metric whose
 * plausible range holds it (METRIC_DISTRIBUTIONS: no stored value can be negative but a temperature, so
 * `negatives` goes unused), two decimals like derived figures, from a seed: the same seed gives the same
 * samples. Devices as testSample.
 */
export function variedSamples(seed = 1, options: TestSampleOptions = {}): (timestamp: number) => Sample {
  const random = seededRandom(seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  let walk = 50;
  const draw = (d: Distribution): number => {
    switch (d) {
      case 'uniform':
        return random() * 100;
      case 'bimodal':
        return random() < 0.6 ? 10 + gauss() : 80 + 5 * gauss();
      case 'constant':
        return 16_000;
      case 'zeros':
        return random() < 0.97 ? 0 : random() * 5;
      case 'spikes':
        return random() < 0.001 ? 1e9 * (1 + random()) : 1000 + 100 * random();
      case 'negatives':
        return -1 - 99 * random();
      case 'lognormal':
        return Math.exp(10 + 2 * gauss());
      case 'walk':
        return walk;
    }
  };
  return (timestamp) => {
    walk = Math.min(100, Math.max(0, walk + gauss()));
    const sample = testSample(timestamp, options) as Sample & Record<string, number>;
    HOST_METRICS.forEach((column, i) => {
      sample[column.name] = two(draw(METRIC_DISTRIBUTIONS[i] as Distribution));
    });
    return sample;
  };
}
