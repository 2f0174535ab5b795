/**
 * The host-level metrics of a sample, in host.csv's order. The first 19 columns (with `timestamp`) are the
 * seed's host.csv, exactly; the rest extend it with the Complete Performance Monitor's breakdown.
 * This list drives the Sample type, the CSV files, the database columns and validation.
 */
export interface Column<Name extends string = string> {
  readonly name: Name;
  readonly unit: string;
  readonly description: string;
}

export const HOST_METRICS = [
  { name: 'cpu_user', unit: '%', description: 'User CPU time (guest time excluded)' },
  { name: 'cpu_system', unit: '%', description: 'System CPU time' },
  { name: 'cpu_iowait', unit: '%', description: 'I/O wait time' },
  { name: 'cpu_idle', unit: '%', description: 'Idle time' },
  { name: 'cpu_steal', unit: '%', description: 'Stolen time (VM)' },
  { name: 'mem_total', unit: 'MB', description: 'Total memory' },
  { name: 'mem_used', unit: 'MB', description: 'Used memory (total - available)' },
  { name: 'mem_available', unit: 'MB', description: 'Available memory' },
  { name: 'mem_buffers', unit: 'MB', description: 'Buffer memory' },
  { name: 'mem_cached', unit: 'MB', description: 'Cached memory' },
  { name: 'disk_read_bytes', unit: 'bytes/s', description: 'Disk read throughput' },
  { name: 'disk_write_bytes', unit: 'bytes/s', description: 'Disk write throughput' },
  { name: 'disk_read_ops', unit: 'ops/s', description: 'Disk read IOPS' },
  { name: 'disk_write_ops', unit: 'ops/s', description: 'Disk write IOPS' },
  { name: 'net_rx_bytes', unit: 'bytes/s', description: 'Network receive' },
  { name: 'net_tx_bytes', unit: 'bytes/s', description: 'Network transmit' },
  { name: 'net_rx_packets', unit: 'pkt/s', description: 'Packets received' },
  { name: 'net_tx_packets', unit: 'pkt/s', description: 'Packets transmitted' },
  // Extras beyond the seed's host.csv.
  { name: 'cpu_nice', unit: '%', description: 'Niced user CPU time (guest nice excluded)' },
  { name: 'cpu_irq', unit: '%', description: 'Hardware interrupt time' },
  { name: 'cpu_softirq', unit: '%', description: 'Software interrupt time' },
  { name: 'cpu_guest', unit: '%', description: 'Time running guest VMs' },
  { name: 'cpu_guest_nice', unit: '%', description: 'Time running niced guest VMs' },
  { name: 'load_1m', unit: '', description: 'Load average, 1 minute' },
  { name: 'load_5m', unit: '', description: 'Load average, 5 minutes' },
  { name: 'load_15m', unit: '', description: 'Load average, 15 minutes' },
  { name: 'ctx_switches', unit: '/s', description: 'Context switches' },
  { name: 'interrupts', unit: '/s', description: 'Interrupts' },
  { name: 'procs_running', unit: '', description: 'Runnable processes' },
  { name: 'procs_blocked', unit: '', description: 'Processes blocked on I/O' },
  { name: 'mem_free', unit: 'MB', description: 'Free memory' },
  { name: 'swap_total', unit: 'MB', description: 'Total swap' },
  { name: 'swap_used', unit: 'MB', description: 'Used swap' },
  { name: 'disk_util', unit: '%', description: 'Busiest whole disk: time with I/O in flight' },
  { name: 'net_rx_errors', unit: '/s', description: 'Receive errors' },
  { name: 'net_tx_errors', unit: '/s', description: 'Transmit errors' },
  { name: 'net_rx_drops', unit: '/s', description: 'Received packets dropped' },
  { name: 'net_tx_drops', unit: '/s', description: 'Transmitted packets dropped' },
  { name: 'temperature', unit: '°C', description: 'Hottest CPU or thermal-zone sensor' },
] as const satisfies readonly Column[];

export type HostMetricName = (typeof HOST_METRICS)[number]['name'];
/** A host metric is null where the machine does not provide it (no sensor, no /proc/diskstats…). */
export type HostMetrics = { [K in HostMetricName]: number | null };

/** The seed's host.csv header, then the extras: `timestamp` and every host metric. */
export const HOST_CSV_COLUMNS: readonly string[] = ['timestamp', ...HOST_METRICS.map((c) => c.name)];
export const SEED_HOST_CSV_COLUMN_COUNT = 19;

/** Per-device detail: one table each, keyed by the device's name column. */
export const CPU_METRICS = [
  { name: 'user', unit: '%', description: 'User time (guest excluded)' },
  { name: 'nice', unit: '%', description: 'Nice time (guest nice excluded)' },
  { name: 'system', unit: '%', description: 'System time' },
  { name: 'idle', unit: '%', description: 'Idle time' },
  { name: 'iowait', unit: '%', description: 'I/O wait' },
  { name: 'irq', unit: '%', description: 'Hardware interrupts' },
  { name: 'softirq', unit: '%', description: 'Software interrupts' },
  { name: 'steal', unit: '%', description: 'Stolen time' },
  { name: 'guest', unit: '%', description: 'Guest time' },
  { name: 'guest_nice', unit: '%', description: 'Guest nice time' },
] as const satisfies readonly Column[];

export const DISK_METRICS = [
  { name: 'read_bytes', unit: 'bytes/s', description: 'Read throughput' },
  { name: 'write_bytes', unit: 'bytes/s', description: 'Write throughput' },
  { name: 'read_ops', unit: 'ops/s', description: 'Reads completed' },
  { name: 'write_ops', unit: 'ops/s', description: 'Writes completed' },
  { name: 'util', unit: '%', description: 'Time with I/O in flight' },
  { name: 'await_ms', unit: 'ms', description: "Average time per completed I/O, as iostat's await" },
] as const satisfies readonly Column[];

export const NET_METRICS = [
  { name: 'rx_bytes', unit: 'bytes/s', description: 'Received' },
  { name: 'tx_bytes', unit: 'bytes/s', description: 'Transmitted' },
  { name: 'rx_packets', unit: 'pkt/s', description: 'Packets received' },
  { name: 'tx_packets', unit: 'pkt/s', description: 'Packets transmitted' },
  { name: 'rx_errors', unit: '/s', description: 'Receive errors' },
  { name: 'tx_errors', unit: '/s', description: 'Transmit errors' },
  { name: 'rx_drops', unit: '/s', description: 'Receive drops' },
  { name: 'tx_drops', unit: '/s', description: 'Transmit drops' },
] as const satisfies readonly Column[];

export const FS_METRICS = [
  { name: 'size_mb', unit: 'MB', description: 'Size' },
  { name: 'used_mb', unit: 'MB', description: 'Used' },
  { name: 'avail_mb', unit: 'MB', description: 'Available to unprivileged users' },
  { name: 'used_pct', unit: '%', description: 'Used, as df reports it' },
  { name: 'inodes_total', unit: '', description: 'Inodes' },
  { name: 'inodes_used', unit: '', description: 'Inodes used' },
] as const satisfies readonly Column[];

export const TEMPERATURE_METRICS = [
  { name: 'celsius', unit: '°C', description: 'Temperature' },
] as const satisfies readonly Column[];

/**
 * Per container: containers.csv's columns after timestamp, container_id and container_name, and the
 * sample_containers table's. Memory is cgroup v2's; a metric is null where its cgroup file is missing.
 */
export const CONTAINER_METRICS = [
  { name: 'cpu_percent', unit: '%', description: 'CPU time, 100 = one core (as docker stats)' },
  { name: 'mem_usage_mb', unit: 'MB', description: 'Memory charged to the cgroup (memory.current)' },
  { name: 'mem_limit_mb', unit: 'MB', description: 'Memory limit (memory.max); empty when unlimited' },
  { name: 'mem_rss_mb', unit: 'MB', description: 'Anonymous memory (memory.stat anon)' },
  { name: 'mem_cache_mb', unit: 'MB', description: 'Page cache (memory.stat file)' },
  {
    name: 'mem_working_set_mb',
    unit: 'MB',
    description: 'Usage minus inactive page cache, at least 0 (as docker stats and cAdvisor)',
  },
  { name: 'blk_read_bytes', unit: 'bytes/s', description: 'Block device reads (io.stat rbytes)' },
  { name: 'blk_write_bytes', unit: 'bytes/s', description: 'Block device writes (io.stat wbytes)' },
  { name: 'blk_read_ops', unit: 'ops/s', description: 'Block device read operations (io.stat rios)' },
  { name: 'blk_write_ops', unit: 'ops/s', description: 'Block device write operations (io.stat wios)' },
  { name: 'net_rx_bytes', unit: 'bytes/s', description: 'Received, all interfaces but lo' },
  { name: 'net_tx_bytes', unit: 'bytes/s', description: 'Transmitted, all interfaces but lo' },
  { name: 'net_rx_packets', unit: 'pkt/s', description: 'Packets received' },
  { name: 'net_tx_packets', unit: 'pkt/s', description: 'Packets transmitted' },
  { name: 'net_rx_errors', unit: '/s', description: 'Receive errors' },
  { name: 'net_tx_errors', unit: '/s', description: 'Transmit errors' },
  { name: 'net_rx_drops', unit: '/s', description: 'Receive drops' },
  { name: 'net_tx_drops', unit: '/s', description: 'Transmit drops' },
  { name: 'pids', unit: '', description: 'Processes and threads (pids.current)' },
] as const satisfies readonly Column[];

type Values<Cols extends readonly Column[]> = { [C in Cols[number] as C['name']]: number };
export type CpuMetrics = Values<typeof CPU_METRICS>;
export type DiskMetrics = Values<typeof DISK_METRICS>;
export type NetMetrics = Values<typeof NET_METRICS>;
export type FsMetrics = Values<typeof FS_METRICS>;
export type TemperatureMetrics = Values<typeof TEMPERATURE_METRICS>;
/** A container metric is null where its source is missing (no io controller, a host-network container…). */
export type ContainerMetrics = { [C in (typeof CONTAINER_METRICS)[number] as C['name']]: number | null };
