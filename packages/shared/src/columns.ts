/**
 * The host-level metrics of a sample, in host.csv's order. The first 19 columns (with `timestamp`) are the
 * seed's host.csv, exactly; the rest extend it with the Complete Performance Monitor's breakdown.
 * This list drives the Sample type, the CSV files, the database columns and validation.
 */
export interface Column<Name extends string = string> {
  readonly name: Name;
  readonly unit: string;
  /** The values the metric can plausibly take; anything outside is refused on every way in (see plausible.ts). */
  readonly range: PlausibleRange;
  readonly description: string;
  /** Set where the metric may be missing (null, or absent from an older agent's sample): not every machine has it. */
  readonly nullable?: true;
}

/** Least and greatest plausible values, inclusive. */
export interface PlausibleRange {
  readonly min: number;
  readonly max: number;
}

/**
 * The plausible ranges: percentages within 0–100 give or take a point of rounding, sizes and rates below
 * physical bounds by orders of magnitude. Every bound is far below the square root of the largest double
 * (1.3e154), so no sum or sum of squares of stored values can overflow.
 */
const PERCENT: PlausibleRange = { min: -1, max: 101 };
/** A container's CPU: 100 per core, Linux's 8192 cores at most. */
const CORES_PERCENT: PlausibleRange = { min: -1, max: 100 * 8192 + 1 };
/** Up to 2^64 bytes. */
const MEGABYTES: PlausibleRange = { min: 0, max: 2 ** 44 };
/** 100 TB/s: a hundred times the fastest machine's disks or network. */
const BYTES_PER_SECOND: PlausibleRange = { min: 0, max: 1e14 };
/** Operations, packets, interrupts, context switches, errors: a trillion a second. */
const PER_SECOND: PlausibleRange = { min: 0, max: 1e12 };
/** Processes and threads, and load averages (which count them): twice Linux's largest pid_max (2^22). */
const TASKS: PlausibleRange = { min: 0, max: 2 ** 23 };
/** A 64-bit count (inodes). */
const COUNT_64: PlausibleRange = { min: 0, max: 2 ** 64 };
/** From absolute zero to well past any sensor's reading. */
const CELSIUS: PlausibleRange = { min: -273.15, max: 1000 };
/** A CPU's clock: overclocking records stand below 10 GHz. */
const MEGAHERTZ: PlausibleRange = { min: 0, max: 100_000 };
/** An I/O's average wait: up to 2^32 ms (49 days). */
const MILLISECONDS: PlausibleRange = { min: 0, max: 2 ** 32 };

export const HOST_METRICS = [
  { name: 'cpu_user', unit: '%', range: PERCENT, description: 'User CPU time (guest time excluded)' },
  { name: 'cpu_system', unit: '%', range: PERCENT, description: 'System CPU time' },
  { name: 'cpu_iowait', unit: '%', range: PERCENT, description: 'I/O wait time' },
  { name: 'cpu_idle', unit: '%', range: PERCENT, description: 'Idle time' },
  { name: 'cpu_steal', unit: '%', range: PERCENT, description: 'Stolen time (VM)' },
  { name: 'mem_total', unit: 'MB', range: MEGABYTES, description: 'Total memory' },
  { name: 'mem_used', unit: 'MB', range: MEGABYTES, description: 'Used memory (total - available)' },
  { name: 'mem_available', unit: 'MB', range: MEGABYTES, description: 'Available memory' },
  { name: 'mem_buffers', unit: 'MB', range: MEGABYTES, description: 'Buffer memory' },
  { name: 'mem_cached', unit: 'MB', range: MEGABYTES, description: 'Cached memory' },
  { name: 'disk_read_bytes', unit: 'bytes/s', range: BYTES_PER_SECOND, description: 'Disk read throughput' },
  {
    name: 'disk_write_bytes',
    unit: 'bytes/s',
    range: BYTES_PER_SECOND,
    description: 'Disk write throughput',
  },
  { name: 'disk_read_ops', unit: 'ops/s', range: PER_SECOND, description: 'Disk read IOPS' },
  { name: 'disk_write_ops', unit: 'ops/s', range: PER_SECOND, description: 'Disk write IOPS' },
  { name: 'net_rx_bytes', unit: 'bytes/s', range: BYTES_PER_SECOND, description: 'Network receive' },
  { name: 'net_tx_bytes', unit: 'bytes/s', range: BYTES_PER_SECOND, description: 'Network transmit' },
  { name: 'net_rx_packets', unit: 'pkt/s', range: PER_SECOND, description: 'Packets received' },
  { name: 'net_tx_packets', unit: 'pkt/s', range: PER_SECOND, description: 'Packets transmitted' },
  // Extras beyond the seed's host.csv.
  { name: 'cpu_nice', unit: '%', range: PERCENT, description: 'Niced user CPU time (guest nice excluded)' },
  { name: 'cpu_irq', unit: '%', range: PERCENT, description: 'Hardware interrupt time' },
  { name: 'cpu_softirq', unit: '%', range: PERCENT, description: 'Software interrupt time' },
  { name: 'cpu_guest', unit: '%', range: PERCENT, description: 'Time running guest VMs' },
  { name: 'cpu_guest_nice', unit: '%', range: PERCENT, description: 'Time running niced guest VMs' },
  { name: 'load_1m', unit: '', range: TASKS, description: 'Load average, 1 minute' },
  { name: 'load_5m', unit: '', range: TASKS, description: 'Load average, 5 minutes' },
  { name: 'load_15m', unit: '', range: TASKS, description: 'Load average, 15 minutes' },
  { name: 'ctx_switches', unit: '/s', range: PER_SECOND, description: 'Context switches' },
  { name: 'interrupts', unit: '/s', range: PER_SECOND, description: 'Interrupts' },
  { name: 'procs_running', unit: '', range: TASKS, description: 'Runnable processes' },
  { name: 'procs_blocked', unit: '', range: TASKS, description: 'Processes blocked on I/O' },
  { name: 'mem_free', unit: 'MB', range: MEGABYTES, description: 'Free memory' },
  { name: 'swap_total', unit: 'MB', range: MEGABYTES, description: 'Total swap' },
  { name: 'swap_used', unit: 'MB', range: MEGABYTES, description: 'Used swap' },
  {
    name: 'disk_util',
    unit: '%',
    range: PERCENT,
    description: 'Busiest whole disk: time with I/O in flight',
  },
  { name: 'net_rx_errors', unit: '/s', range: PER_SECOND, description: 'Receive errors' },
  { name: 'net_tx_errors', unit: '/s', range: PER_SECOND, description: 'Transmit errors' },
  { name: 'net_rx_drops', unit: '/s', range: PER_SECOND, description: 'Received packets dropped' },
  { name: 'net_tx_drops', unit: '/s', range: PER_SECOND, description: 'Transmitted packets dropped' },
  { name: 'temperature', unit: '°C', range: CELSIUS, description: 'Hottest CPU or thermal-zone sensor' },
] as const satisfies readonly Column[];

export type HostMetricName = (typeof HOST_METRICS)[number]['name'];
/** A host metric is null where the machine does not provide it (no sensor, no /proc/diskstats…). */
export type HostMetrics = { [K in HostMetricName]: number | null };

/** The seed's host.csv header, then the extras: `timestamp` and every host metric. */
export const HOST_CSV_COLUMNS: readonly string[] = ['timestamp', ...HOST_METRICS.map((c) => c.name)];
export const SEED_HOST_CSV_COLUMN_COUNT = 19;

/** Per-device detail: one table each, keyed by the device's name column. */
export const CPU_METRICS = [
  { name: 'user', unit: '%', range: PERCENT, description: 'User time (guest excluded)' },
  { name: 'nice', unit: '%', range: PERCENT, description: 'Nice time (guest nice excluded)' },
  { name: 'system', unit: '%', range: PERCENT, description: 'System time' },
  { name: 'idle', unit: '%', range: PERCENT, description: 'Idle time' },
  { name: 'iowait', unit: '%', range: PERCENT, description: 'I/O wait' },
  { name: 'irq', unit: '%', range: PERCENT, description: 'Hardware interrupts' },
  { name: 'softirq', unit: '%', range: PERCENT, description: 'Software interrupts' },
  { name: 'steal', unit: '%', range: PERCENT, description: 'Stolen time' },
  { name: 'guest', unit: '%', range: PERCENT, description: 'Guest time' },
  { name: 'guest_nice', unit: '%', range: PERCENT, description: 'Guest nice time' },
  {
    name: 'mhz',
    unit: 'MHz',
    range: MEGAHERTZ,
    description: 'Current clock frequency (cpufreq scaling_cur_freq, else /proc/cpuinfo cpu MHz)',
    nullable: true,
  },
] as const satisfies readonly Column[];

export const DISK_METRICS = [
  { name: 'read_bytes', unit: 'bytes/s', range: BYTES_PER_SECOND, description: 'Read throughput' },
  { name: 'write_bytes', unit: 'bytes/s', range: BYTES_PER_SECOND, description: 'Write throughput' },
  { name: 'read_ops', unit: 'ops/s', range: PER_SECOND, description: 'Reads completed' },
  { name: 'write_ops', unit: 'ops/s', range: PER_SECOND, description: 'Writes completed' },
  { name: 'util', unit: '%', range: PERCENT, description: 'Time with I/O in flight' },
  {
    name: 'await_ms',
    unit: 'ms',
    range: MILLISECONDS,
    description: "Average time per completed I/O, as iostat's await",
  },
] as const satisfies readonly Column[];

export const NET_METRICS = [
  { name: 'rx_bytes', unit: 'bytes/s', range: BYTES_PER_SECOND, description: 'Received' },
  { name: 'tx_bytes', unit: 'bytes/s', range: BYTES_PER_SECOND, description: 'Transmitted' },
  { name: 'rx_packets', unit: 'pkt/s', range: PER_SECOND, description: 'Packets received' },
  { name: 'tx_packets', unit: 'pkt/s', range: PER_SECOND, description: 'Packets transmitted' },
  { name: 'rx_errors', unit: '/s', range: PER_SECOND, description: 'Receive errors' },
  { name: 'tx_errors', unit: '/s', range: PER_SECOND, description: 'Transmit errors' },
  { name: 'rx_drops', unit: '/s', range: PER_SECOND, description: 'Receive drops' },
  { name: 'tx_drops', unit: '/s', range: PER_SECOND, description: 'Transmit drops' },
] as const satisfies readonly Column[];

export const FS_METRICS = [
  { name: 'size_mb', unit: 'MB', range: MEGABYTES, description: 'Size' },
  { name: 'used_mb', unit: 'MB', range: MEGABYTES, description: 'Used' },
  { name: 'avail_mb', unit: 'MB', range: MEGABYTES, description: 'Available to unprivileged users' },
  { name: 'used_pct', unit: '%', range: PERCENT, description: 'Used, as df reports it' },
  { name: 'inodes_total', unit: '', range: COUNT_64, description: 'Inodes' },
  { name: 'inodes_used', unit: '', range: COUNT_64, description: 'Inodes used' },
] as const satisfies readonly Column[];

export const TEMPERATURE_METRICS = [
  { name: 'celsius', unit: '°C', range: CELSIUS, description: 'Temperature' },
] as const satisfies readonly Column[];

/**
 * Per container: containers.csv's columns after timestamp, container_id and container_name, and the
 * sample_containers table's. Memory is cgroup v2's; a metric is null where its cgroup file is missing.
 */
export const CONTAINER_METRICS = [
  {
    name: 'cpu_percent',
    unit: '%',
    range: CORES_PERCENT,
    description: 'CPU time, 100 = one core (as docker stats)',
  },
  {
    name: 'mem_usage_mb',
    unit: 'MB',
    range: MEGABYTES,
    description: 'Memory charged to the cgroup (memory.current)',
  },
  {
    name: 'mem_limit_mb',
    unit: 'MB',
    range: MEGABYTES,
    description: 'Memory limit (memory.max); empty when unlimited',
  },
  { name: 'mem_rss_mb', unit: 'MB', range: MEGABYTES, description: 'Anonymous memory (memory.stat anon)' },
  { name: 'mem_cache_mb', unit: 'MB', range: MEGABYTES, description: 'Page cache (memory.stat file)' },
  {
    name: 'mem_working_set_mb',
    unit: 'MB',
    range: MEGABYTES,
    description: 'Usage minus inactive page cache, at least 0 (as docker stats and cAdvisor)',
  },
  {
    name: 'blk_read_bytes',
    unit: 'bytes/s',
    range: BYTES_PER_SECOND,
    description: 'Block device reads (io.stat rbytes)',
  },
  {
    name: 'blk_write_bytes',
    unit: 'bytes/s',
    range: BYTES_PER_SECOND,
    description: 'Block device writes (io.stat wbytes)',
  },
  {
    name: 'blk_read_ops',
    unit: 'ops/s',
    range: PER_SECOND,
    description: 'Block device read operations (io.stat rios)',
  },
  {
    name: 'blk_write_ops',
    unit: 'ops/s',
    range: PER_SECOND,
    description: 'Block device write operations (io.stat wios)',
  },
  {
    name: 'net_rx_bytes',
    unit: 'bytes/s',
    range: BYTES_PER_SECOND,
    description: 'Received, all interfaces but lo',
  },
  {
    name: 'net_tx_bytes',
    unit: 'bytes/s',
    range: BYTES_PER_SECOND,
    description: 'Transmitted, all interfaces but lo',
  },
  { name: 'net_rx_packets', unit: 'pkt/s', range: PER_SECOND, description: 'Packets received' },
  { name: 'net_tx_packets', unit: 'pkt/s', range: PER_SECOND, description: 'Packets transmitted' },
  { name: 'net_rx_errors', unit: '/s', range: PER_SECOND, description: 'Receive errors' },
  { name: 'net_tx_errors', unit: '/s', range: PER_SECOND, description: 'Transmit errors' },
  { name: 'net_rx_drops', unit: '/s', range: PER_SECOND, description: 'Receive drops' },
  { name: 'net_tx_drops', unit: '/s', range: PER_SECOND, description: 'Transmit drops' },
  { name: 'pids', unit: '', range: TASKS, description: 'Processes and threads (pids.current)' },
] as const satisfies readonly Column[];

type Values<Cols extends readonly Column[]> = { [C in Cols[number] as C['name']]: number };
type CpuColumn = (typeof CPU_METRICS)[number];
/**
 * A CPU's metrics: the percentages always; the frequency null where the machine does not give it, and absent
 * from the samples of agents older than it.
 */
export type CpuMetrics = {
  [C in Exclude<CpuColumn, { readonly nullable: true }> as C['name']]: number;
} & { [C in Extract<CpuColumn, { readonly nullable: true }> as C['name']]?: number | null };
export type DiskMetrics = Values<typeof DISK_METRICS>;
export type NetMetrics = Values<typeof NET_METRICS>;
export type FsMetrics = Values<typeof FS_METRICS>;
export type TemperatureMetrics = Values<typeof TEMPERATURE_METRICS>;
/** A container metric is null where its source is missing (no io controller, a host-network container…). */
export type ContainerMetrics = { [C in (typeof CONTAINER_METRICS)[number] as C['name']]: number | null };

/** The figures of the benchmark and load-test API: a run's score, a load-test step's level and work done. */
export const RESULT_FIGURES = [
  { name: 'score', unit: '', range: { min: -1e15, max: 1e15 }, description: "A benchmark run's score" },
  {
    name: 'utilization_pct',
    unit: '%',
    range: { min: 0, max: 100 },
    description: 'Load-test utilisation level',
  },
  { name: 'work_units', unit: '', range: { min: 0, max: 1e15 }, description: 'CPU work units delivered' },
] as const satisfies readonly Column[];
export type ResultFigure = (typeof RESULT_FIGURES)[number]['name'];
