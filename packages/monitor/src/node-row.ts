import type { Sample } from '@perfanalysis/shared';
import type { RingMetrics } from './ring-schema.js';

/** bytes/s → MB/s (MiB, as the seed's psutil version divides by 1024²). */
export const BYTES_PER_MB = 1_048_576;

const mbPerSecond = (bytes: number | null): number | null => (bytes === null ? null : bytes / BYTES_PER_MB);
/** Memory columns are whole MiB. */
const wholeMb = (mb: number | null): number | null => (mb === null ? null : Math.round(mb));

/** No metrics at all: the starting point of a row, every column NULL. */
export function noMetrics(): RingMetrics {
  return {
    cpu_user_pct: null,
    cpu_nice_pct: null,
    cpu_system_pct: null,
    cpu_idle_pct: null,
    cpu_iowait_pct: null,
    cpu_irq_pct: null,
    cpu_softirq_pct: null,
    cpu_steal_pct: null,
    cpu_guest_pct: null,
    cpu_guest_nice_pct: null,
    cpu_total_pct: null,
    load_1m: null,
    load_5m: null,
    load_15m: null,
    ctx_switches_s: null,
    interrupts_s: null,
    procs_running: null,
    procs_blocked: null,
    mem_total_mb: null,
    mem_free_mb: null,
    mem_available_mb: null,
    mem_buffers_mb: null,
    mem_cached_mb: null,
    swap_total_mb: null,
    swap_free_mb: null,
    swap_used_mb: null,
    c_rss_mb: null,
    c_vsz_mb: null,
    c_shared_mb: null,
    disk_read_mb_s: null,
    disk_write_mb_s: null,
    disk_read_iops: null,
    disk_write_iops: null,
    disk_util_pct: null,
    net_rx_mb_s: null,
    net_tx_mb_s: null,
    net_rx_pkts_s: null,
    net_tx_pkts_s: null,
    net_rx_errs_s: null,
    net_tx_errs_s: null,
    net_rx_drops_s: null,
    net_tx_drops_s: null,
    temperature_c: null,
  };
}

/**
 * A node's sample in the ring's columns and units: CPU in %, with cpu_total_pct = 100 − idle; memory and
 * swap in whole MiB; disk and network throughput in MB/s (bytes/s ÷ 1,048,576); rates per second. What the
 * machine lacks is null (the ring writes NULL or 0 as it is told). Container columns are null.
 */
export function nodeMetrics(sample: Sample): RingMetrics {
  const swapFree =
    sample.swap_total === null || sample.swap_used === null ? null : sample.swap_total - sample.swap_used;
  return {
    ...noMetrics(),
    cpu_user_pct: sample.cpu_user,
    cpu_nice_pct: sample.cpu_nice,
    cpu_system_pct: sample.cpu_system,
    cpu_idle_pct: sample.cpu_idle,
    cpu_iowait_pct: sample.cpu_iowait,
    cpu_irq_pct: sample.cpu_irq,
    cpu_softirq_pct: sample.cpu_softirq,
    cpu_steal_pct: sample.cpu_steal,
    cpu_guest_pct: sample.cpu_guest,
    cpu_guest_nice_pct: sample.cpu_guest_nice,
    cpu_total_pct:
      sample.cpu_idle === null ? null : Math.max(0, Math.round((100 - sample.cpu_idle) * 100) / 100),
    load_1m: sample.load_1m,
    load_5m: sample.load_5m,
    load_15m: sample.load_15m,
    ctx_switches_s: sample.ctx_switches,
    interrupts_s: sample.interrupts,
    procs_running: sample.procs_running,
    procs_blocked: sample.procs_blocked,
    mem_total_mb: wholeMb(sample.mem_total),
    mem_free_mb: wholeMb(sample.mem_free),
    mem_available_mb: wholeMb(sample.mem_available),
    mem_buffers_mb: wholeMb(sample.mem_buffers),
    mem_cached_mb: wholeMb(sample.mem_cached),
    swap_total_mb: wholeMb(sample.swap_total),
    swap_free_mb: wholeMb(swapFree),
    swap_used_mb: wholeMb(sample.swap_used),
    disk_read_mb_s: mbPerSecond(sample.disk_read_bytes),
    disk_write_mb_s: mbPerSecond(sample.disk_write_bytes),
    disk_read_iops: sample.disk_read_ops,
    disk_write_iops: sample.disk_write_ops,
    disk_util_pct: sample.disk_util,
    net_rx_mb_s: mbPerSecond(sample.net_rx_bytes),
    net_tx_mb_s: mbPerSecond(sample.net_tx_bytes),
    net_rx_pkts_s: sample.net_rx_packets,
    net_tx_pkts_s: sample.net_tx_packets,
    net_rx_errs_s: sample.net_rx_errors,
    net_tx_errs_s: sample.net_tx_errors,
    net_rx_drops_s: sample.net_rx_drops,
    net_tx_drops_s: sample.net_tx_drops,
    temperature_c: sample.temperature,
  };
}
