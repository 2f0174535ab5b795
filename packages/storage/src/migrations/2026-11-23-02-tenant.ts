import type { Migration } from './migration.js';

/**
 * A tenant's first tables: sites, collectors, users, and the samples with their per-device detail.
 * The metric columns are written out as they were on this date; a test compares them with the shared
 * column lists, so that a metric added there fails until a migration adds its column here.
 */
export const migration: Migration = {
  name: '2026-11-23-02-tenant',
  target: 'tenant',
  sql: `
CREATE TABLE sites (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name       text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE collectors (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  machine_name   text NOT NULL,
  site_id        bigint REFERENCES sites (id),
  platform       text,
  api_key_hash   text NOT NULL,
  api_key_prefix text NOT NULL,
  host_info      jsonb,
  created_at     timestamptz NOT NULL DEFAULT now(),
  last_seen_at   timestamptz,
  registered_at  timestamptz
);
CREATE UNIQUE INDEX collectors_api_key_hash_idx ON collectors (api_key_hash);
CREATE INDEX collectors_site_id_idx ON collectors (site_id);

CREATE TABLE users (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username      text NOT NULL UNIQUE,
  email         text,
  password_hash text NOT NULL,
  role          text NOT NULL CHECK (role IN ('admin', 'analyst', 'viewer')),
  created_at    timestamptz NOT NULL DEFAULT now()
);

-- Device names are keys compared byte-wise (COLLATE "C"): cheaper index maintenance than a locale's rules.
-- No foreign key to collectors: its per-row trigger would tax every ingested row; deleting a collector
-- deletes its samples explicitly.
CREATE TABLE samples (
  collector_id     uuid NOT NULL,
  ts               timestamptz NOT NULL,
  cpu_user         double precision,
  cpu_system       double precision,
  cpu_iowait       double precision,
  cpu_idle         double precision,
  cpu_steal        double precision,
  mem_total        double precision,
  mem_used         double precision,
  mem_available    double precision,
  mem_buffers      double precision,
  mem_cached       double precision,
  disk_read_bytes  double precision,
  disk_write_bytes double precision,
  disk_read_ops    double precision,
  disk_write_ops   double precision,
  net_rx_bytes     double precision,
  net_tx_bytes     double precision,
  net_rx_packets   double precision,
  net_tx_packets   double precision,
  cpu_nice         double precision,
  cpu_irq          double precision,
  cpu_softirq      double precision,
  cpu_guest        double precision,
  cpu_guest_nice   double precision,
  load_1m          double precision,
  load_5m          double precision,
  load_15m         double precision,
  ctx_switches     double precision,
  interrupts       double precision,
  procs_running    double precision,
  procs_blocked    double precision,
  mem_free         double precision,
  swap_total       double precision,
  swap_used        double precision,
  disk_util        double precision,
  net_rx_errors    double precision,
  net_tx_errors    double precision,
  net_rx_drops     double precision,
  net_tx_drops     double precision,
  temperature      double precision,
  PRIMARY KEY (collector_id, ts)
);

CREATE TABLE sample_cpus (
  collector_id uuid NOT NULL,
  ts           timestamptz NOT NULL,
  cpu          text COLLATE "C" NOT NULL,
  "user"       double precision,
  nice         double precision,
  system       double precision,
  idle         double precision,
  iowait       double precision,
  irq          double precision,
  softirq      double precision,
  steal        double precision,
  guest        double precision,
  guest_nice   double precision,
  PRIMARY KEY (collector_id, ts, cpu)
);

CREATE TABLE sample_disks (
  collector_id uuid NOT NULL,
  ts           timestamptz NOT NULL,
  device       text COLLATE "C" NOT NULL,
  read_bytes   double precision,
  write_bytes  double precision,
  read_ops     double precision,
  write_ops    double precision,
  util         double precision,
  await_ms     double precision,
  PRIMARY KEY (collector_id, ts, device)
);

CREATE TABLE sample_nets (
  collector_id uuid NOT NULL,
  ts           timestamptz NOT NULL,
  iface        text COLLATE "C" NOT NULL,
  rx_bytes     double precision,
  tx_bytes     double precision,
  rx_packets   double precision,
  tx_packets   double precision,
  rx_errors    double precision,
  tx_errors    double precision,
  rx_drops     double precision,
  tx_drops     double precision,
  PRIMARY KEY (collector_id, ts, iface)
);

CREATE TABLE sample_filesystems (
  collector_id uuid NOT NULL,
  ts           timestamptz NOT NULL,
  mount        text COLLATE "C" NOT NULL,
  fstype       text NOT NULL,
  source       text NOT NULL,
  size_mb      double precision,
  used_mb      double precision,
  avail_mb     double precision,
  used_pct     double precision,
  inodes_total double precision,
  inodes_used  double precision,
  PRIMARY KEY (collector_id, ts, mount)
);

CREATE TABLE sample_temperatures (
  collector_id uuid NOT NULL,
  ts           timestamptz NOT NULL,
  sensor       text COLLATE "C" NOT NULL,
  celsius      double precision,
  PRIMARY KEY (collector_id, ts, sensor)
);
`,
};
