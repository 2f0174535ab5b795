import {
  CONTAINER_METRICS,
  CPU_METRICS,
  csvLine,
  DISK_METRICS,
  FS_METRICS,
  HOST_CSV_COLUMNS,
  NET_METRICS,
  type Sample,
  TEMPERATURE_METRICS,
} from '@perfanalysis/shared';
import type { CsvSink } from './csv-sink.js';

/** A CSV file with one row per sample (host.csv) or per device and sample (the others). */
export interface CsvTable {
  readonly file: string;
  /** The header line, with its line feed. */
  readonly header: string;
  /** Writes a sample's rows; `timestamp` is the sample's, already formatted. */
  rows(sink: CsvSink, sample: Sample, timestamp: string): void;
}

const names = (metrics: readonly { readonly name: string }[]): string[] =>
  metrics.map((metric) => metric.name);

/*
 * The rows are written field by field rather than by looping over the column lists, which is several times
 * faster; the tests hold them to the headers, which come from the column lists.
 */

/** One row per sample: the host-level metrics, the seed's 19 columns first. */
export const HOST_CSV: CsvTable = {
  file: 'host.csv',
  header: csvLine(HOST_CSV_COLUMNS),
  rows(o, s, timestamp) {
    o.start(timestamp);
    o.optional(s.cpu_user);
    o.optional(s.cpu_system);
    o.optional(s.cpu_iowait);
    o.optional(s.cpu_idle);
    o.optional(s.cpu_steal);
    o.optional(s.mem_total);
    o.optional(s.mem_used);
    o.optional(s.mem_available);
    o.optional(s.mem_buffers);
    o.optional(s.mem_cached);
    o.optional(s.disk_read_bytes);
    o.optional(s.disk_write_bytes);
    o.optional(s.disk_read_ops);
    o.optional(s.disk_write_ops);
    o.optional(s.net_rx_bytes);
    o.optional(s.net_tx_bytes);
    o.optional(s.net_rx_packets);
    o.optional(s.net_tx_packets);
    o.optional(s.cpu_nice);
    o.optional(s.cpu_irq);
    o.optional(s.cpu_softirq);
    o.optional(s.cpu_guest);
    o.optional(s.cpu_guest_nice);
    o.optional(s.load_1m);
    o.optional(s.load_5m);
    o.optional(s.load_15m);
    o.optional(s.ctx_switches);
    o.optional(s.interrupts);
    o.optional(s.procs_running);
    o.optional(s.procs_blocked);
    o.optional(s.mem_free);
    o.optional(s.swap_total);
    o.optional(s.swap_used);
    o.optional(s.disk_util);
    o.optional(s.net_rx_errors);
    o.optional(s.net_tx_errors);
    o.optional(s.net_rx_drops);
    o.optional(s.net_tx_drops);
    o.optional(s.temperature);
    o.end();
  },
};

/**
 * The per-device tables, in the order they are written: the timestamp, the device's key columns (quoted as
 * CSV needs), its metrics.
 */
export const DEVICE_TABLES: readonly CsvTable[] = [
  {
    file: 'cpus.csv',
    header: csvLine(['timestamp', 'cpu', ...names(CPU_METRICS)]),
    rows(o, sample, timestamp) {
      for (const c of sample.cpus) {
        o.start(timestamp);
        o.name(c.cpu);
        o.number(c.user);
        o.number(c.nice);
        o.number(c.system);
        o.number(c.idle);
        o.number(c.iowait);
        o.number(c.irq);
        o.number(c.softirq);
        o.number(c.steal);
        o.number(c.guest);
        o.number(c.guest_nice);
        o.optional(c.mhz ?? null);
        o.end();
      }
    },
  },
  {
    file: 'disks.csv',
    header: csvLine(['timestamp', 'device', ...names(DISK_METRICS)]),
    rows(o, sample, timestamp) {
      for (const d of sample.disks) {
        o.start(timestamp);
        o.name(d.device);
        o.number(d.read_bytes);
        o.number(d.write_bytes);
        o.number(d.read_ops);
        o.number(d.write_ops);
        o.number(d.util);
        o.number(d.await_ms);
        o.end();
      }
    },
  },
  {
    file: 'networks.csv',
    header: csvLine(['timestamp', 'iface', ...names(NET_METRICS)]),
    rows(o, sample, timestamp) {
      for (const i of sample.nets) {
        o.start(timestamp);
        o.name(i.iface);
        o.number(i.rx_bytes);
        o.number(i.tx_bytes);
        o.number(i.rx_packets);
        o.number(i.tx_packets);
        o.number(i.rx_errors);
        o.number(i.tx_errors);
        o.number(i.rx_drops);
        o.number(i.tx_drops);
        o.end();
      }
    },
  },
  {
    file: 'filesystems.csv',
    header: csvLine(['timestamp', 'mount', 'fstype', 'source', ...names(FS_METRICS)]),
    rows(o, sample, timestamp) {
      for (const f of sample.filesystems) {
        o.start(timestamp);
        o.name(f.mount);
        o.name(f.fstype);
        o.name(f.source);
        o.number(f.size_mb);
        o.number(f.used_mb);
        o.number(f.avail_mb);
        o.number(f.used_pct);
        o.number(f.inodes_total);
        o.number(f.inodes_used);
        o.end();
      }
    },
  },
  {
    file: 'temperatures.csv',
    header: csvLine(['timestamp', 'sensor', ...names(TEMPERATURE_METRICS)]),
    rows(o, sample, timestamp) {
      for (const t of sample.temperatures) {
        o.start(timestamp);
        o.name(t.sensor);
        o.number(t.celsius);
        o.end();
      }
    },
  },
];

/** One row per container and sample: its id, its name, CONTAINER_METRICS (mem_limit_mb empty: no limit). */
export const CONTAINERS_CSV: CsvTable = {
  file: 'containers.csv',
  header: csvLine(['timestamp', 'container_id', 'container_name', ...names(CONTAINER_METRICS)]),
  rows(o, sample, timestamp) {
    for (const c of sample.containers) {
      o.start(timestamp);
      o.name(c.container_id);
      o.name(c.container_name);
      o.optional(c.cpu_percent);
      o.optional(c.mem_usage_mb);
      o.optional(c.mem_limit_mb);
      o.optional(c.mem_rss_mb);
      o.optional(c.mem_cache_mb);
      o.optional(c.mem_working_set_mb);
      o.optional(c.blk_read_bytes);
      o.optional(c.blk_write_bytes);
      o.optional(c.blk_read_ops);
      o.optional(c.blk_write_ops);
      o.optional(c.net_rx_bytes);
      o.optional(c.net_tx_bytes);
      o.optional(c.net_rx_packets);
      o.optional(c.net_tx_packets);
      o.optional(c.net_rx_errors);
      o.optional(c.net_tx_errors);
      o.optional(c.net_rx_drops);
      o.optional(c.net_tx_drops);
      o.optional(c.pids);
      o.end();
    }
  },
};

/** Container id to name, as `{ "<id>": "<name>" }`: the last name each container had in the capture. */
export const CONTAINER_NAMES_JSON = {
  file: 'container_names.json',
  content: (names: ReadonlyMap<string, string>): string =>
    `${JSON.stringify(Object.fromEntries(names), null, 2)}\n`,
} as const;
