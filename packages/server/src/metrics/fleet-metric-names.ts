import type { HostMetricName } from '@perfanalysis/shared';

/** How one host column appears on /metrics: a Prometheus name in base units, its labels and the factor to it. */
export interface PrometheusSeries {
  readonly name: string;
  readonly help: string;
  /** Labels beside collector, machine and site (CPU time's `mode`). */
  readonly labels: Readonly<Record<string, string>>;
  /** The stored value in the base unit (percent → ratio, MiB → bytes). */
  readonly toBase: (stored: number) => number;
}

const same = (stored: number) => stored;
const fromPercent = (stored: number) => stored / 100;
const fromMib = (stored: number) => stored * 1024 * 1024;

const series = (
  name: string,
  help: string,
  toBase = same,
  labels: Record<string, string> = {},
): PrometheusSeries => ({ name: `perfanalysis_${name}`, help, labels, toBase });
const cpu = (mode: string) =>
  series('cpu_ratio', 'Share of CPU time in each mode over the sample interval (0-1)', fromPercent, {
    mode,
  });
const bytes = (name: string, help: string) => series(`${name}_bytes`, help, fromMib);
const perSecond = (name: string, help: string) => series(`${name}_per_second`, help);

/**
 * Every host column's series: the stored percentages, MiB and rates of a sample, as Prometheus names them
 * (https://prometheus.io/docs/practices/naming/). The type makes a new column fail to compile until it has one.
 */
export const PROMETHEUS_SERIES: Readonly<Record<HostMetricName, PrometheusSeries>> = {
  cpu_user: cpu('user'),
  cpu_system: cpu('system'),
  cpu_iowait: cpu('iowait'),
  cpu_idle: cpu('idle'),
  cpu_steal: cpu('steal'),
  cpu_nice: cpu('nice'),
  cpu_irq: cpu('irq'),
  cpu_softirq: cpu('softirq'),
  cpu_guest: cpu('guest'),
  cpu_guest_nice: cpu('guest_nice'),
  mem_total: bytes('memory_total', 'Total memory'),
  mem_used: bytes('memory_used', 'Used memory (total - available)'),
  mem_available: bytes('memory_available', 'Available memory'),
  mem_buffers: bytes('memory_buffers', 'Buffer memory'),
  mem_cached: bytes('memory_cached', 'Cached memory'),
  mem_free: bytes('memory_free', 'Free memory'),
  swap_total: bytes('swap_total', 'Total swap'),
  swap_used: bytes('swap_used', 'Used swap'),
  disk_read_bytes: series('disk_read_bytes_per_second', 'Disk read throughput, all disks'),
  disk_write_bytes: series('disk_written_bytes_per_second', 'Disk write throughput, all disks'),
  disk_read_ops: perSecond('disk_reads', 'Disk reads completed'),
  disk_write_ops: perSecond('disk_writes', 'Disk writes completed'),
  disk_util: series(
    'disk_busy_ratio',
    'Busiest whole disk: share of time with I/O in flight (0-1)',
    fromPercent,
  ),
  net_rx_bytes: series('network_receive_bytes_per_second', 'Network receive throughput'),
  net_tx_bytes: series('network_transmit_bytes_per_second', 'Network transmit throughput'),
  net_rx_packets: perSecond('network_receive_packets', 'Packets received'),
  net_tx_packets: perSecond('network_transmit_packets', 'Packets transmitted'),
  net_rx_errors: perSecond('network_receive_errors', 'Receive errors'),
  net_tx_errors: perSecond('network_transmit_errors', 'Transmit errors'),
  net_rx_drops: perSecond('network_receive_drops', 'Received packets dropped'),
  net_tx_drops: perSecond('network_transmit_drops', 'Transmitted packets dropped'),
  load_1m: series('load1', 'Load average, 1 minute'),
  load_5m: series('load5', 'Load average, 5 minutes'),
  load_15m: series('load15', 'Load average, 15 minutes'),
  ctx_switches: perSecond('context_switches', 'Context switches'),
  interrupts: perSecond('interrupts', 'Interrupts'),
  procs_running: series('procs_running', 'Runnable processes'),
  procs_blocked: series('procs_blocked', 'Processes blocked on I/O'),
  temperature: series('temperature_celsius', 'Hottest CPU or thermal-zone sensor'),
};
