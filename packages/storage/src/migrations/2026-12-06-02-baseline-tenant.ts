import type { Migration } from './migration.js';

/**
 * A tenant's schema as the migrations written before v0.1.0 left it, written out once (the rollup functions in
 * their final versions only): sites, collectors, users and their sessions and API keys, the samples with their
 * devices inside them, the rollups, uploads, benchmarks, load tests, named runs. A database migrated by those
 * migrations recorded all the names in `replaces`, and the runner records this baseline for it without running
 * it. The metric columns are written out as they are on this date; a test compares them with the shared lists.
 */
export const migration: Migration = {
  name: '2026-12-06-02-baseline-tenant',
  target: 'tenant',
  replaces: [
    '2026-11-23-02-tenant',
    '2026-11-23-03-containers',
    '2026-11-23-04-rollups',
    '2026-11-23-05-portal',
    '2026-11-23-06-rollup-take',
    '2026-11-23-07-rollups-add',
    '2026-11-23-08-rollups-add-lateral',
    '2026-12-04-09-samples-version',
    '2026-12-04-10-collector-list-version',
    '2026-12-05-11-upload-provenance',
    '2026-12-05-12-sessions-and-login-attempts',
    '2026-12-05-13-usernames-case-insensitive',
    '2026-12-05-15-cpu-frequency',
    '2026-12-06-25-upload-host-info',
    '2026-12-06-26-runs',
    '2026-12-06-30-loadtest-runs',
    '2026-12-06-35-rollups-add-many',
    '2026-12-06-40-devices-in-samples',
    '2026-12-06-45-collector-key-version',
    '2026-12-06-46-rollups-add-set',
  ],
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
  registered_at  timestamptz,
  -- Moved on by every change to the collector's samples (markSamplesChanged, in the change's transaction): what
  -- is computed from them can be kept while it stands still.
  samples_version bigint NOT NULL DEFAULT 0
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
-- Unique regardless of case: 'Alice' and 'alice' are one user, and looked up so.
CREATE UNIQUE INDEX users_username_lower_idx ON users (lower(username));

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
  -- The upload that stored the row; NULL for live ingest and command-line imports. Deleting an upload deletes
  -- exactly the rows it stored. No index and no foreign key (each costs every insert).
  upload_id        uuid,
  -- The devices' values, one json list per kind in the order of the names in sample_device_names (the format
  -- is sample-devices.ts'; json keeps the numbers' text as written, jsonb would widen them to numeric).
  device_names     uuid,
  cpus             json,
  disks            json,
  nets             json,
  filesystems      json,
  temperatures     json,
  containers       json,
  PRIMARY KEY (collector_id, ts)
);

-- Each distinct set of a sample's device names, once.
CREATE TABLE sample_device_names (
  id    uuid PRIMARY KEY,
  names json NOT NULL
);

-- Rollups of the host samples, for the dashboard (rollup-tables.ts): per collector, resolution and bucket, the
-- number of samples and, per host metric, min, max, sum and count (NULL when it equals n), plus at the sketch
-- levels a quantile sketch of every metric (quantile-sketch.ts).
CREATE TABLE sample_rollups (
  collector_id         uuid NOT NULL,
  resolution           integer NOT NULL,
  bucket_start         timestamptz NOT NULL,
  n                    integer NOT NULL,
  cpu_user_min         double precision,
  cpu_user_max         double precision,
  cpu_user_sum         double precision,
  cpu_user_n           integer,
  cpu_system_min       double precision,
  cpu_system_max       double precision,
  cpu_system_sum       double precision,
  cpu_system_n         integer,
  cpu_iowait_min       double precision,
  cpu_iowait_max       double precision,
  cpu_iowait_sum       double precision,
  cpu_iowait_n         integer,
  cpu_idle_min         double precision,
  cpu_idle_max         double precision,
  cpu_idle_sum         double precision,
  cpu_idle_n           integer,
  cpu_steal_min        double precision,
  cpu_steal_max        double precision,
  cpu_steal_sum        double precision,
  cpu_steal_n          integer,
  mem_total_min        double precision,
  mem_total_max        double precision,
  mem_total_sum        double precision,
  mem_total_n          integer,
  mem_used_min         double precision,
  mem_used_max         double precision,
  mem_used_sum         double precision,
  mem_used_n           integer,
  mem_available_min    double precision,
  mem_available_max    double precision,
  mem_available_sum    double precision,
  mem_available_n      integer,
  mem_buffers_min      double precision,
  mem_buffers_max      double precision,
  mem_buffers_sum      double precision,
  mem_buffers_n        integer,
  mem_cached_min       double precision,
  mem_cached_max       double precision,
  mem_cached_sum       double precision,
  mem_cached_n         integer,
  disk_read_bytes_min  double precision,
  disk_read_bytes_max  double precision,
  disk_read_bytes_sum  double precision,
  disk_read_bytes_n    integer,
  disk_write_bytes_min double precision,
  disk_write_bytes_max double precision,
  disk_write_bytes_sum double precision,
  disk_write_bytes_n   integer,
  disk_read_ops_min    double precision,
  disk_read_ops_max    double precision,
  disk_read_ops_sum    double precision,
  disk_read_ops_n      integer,
  disk_write_ops_min   double precision,
  disk_write_ops_max   double precision,
  disk_write_ops_sum   double precision,
  disk_write_ops_n     integer,
  net_rx_bytes_min     double precision,
  net_rx_bytes_max     double precision,
  net_rx_bytes_sum     double precision,
  net_rx_bytes_n       integer,
  net_tx_bytes_min     double precision,
  net_tx_bytes_max     double precision,
  net_tx_bytes_sum     double precision,
  net_tx_bytes_n       integer,
  net_rx_packets_min   double precision,
  net_rx_packets_max   double precision,
  net_rx_packets_sum   double precision,
  net_rx_packets_n     integer,
  net_tx_packets_min   double precision,
  net_tx_packets_max   double precision,
  net_tx_packets_sum   double precision,
  net_tx_packets_n     integer,
  cpu_nice_min         double precision,
  cpu_nice_max         double precision,
  cpu_nice_sum         double precision,
  cpu_nice_n           integer,
  cpu_irq_min          double precision,
  cpu_irq_max          double precision,
  cpu_irq_sum          double precision,
  cpu_irq_n            integer,
  cpu_softirq_min      double precision,
  cpu_softirq_max      double precision,
  cpu_softirq_sum      double precision,
  cpu_softirq_n        integer,
  cpu_guest_min        double precision,
  cpu_guest_max        double precision,
  cpu_guest_sum        double precision,
  cpu_guest_n          integer,
  cpu_guest_nice_min   double precision,
  cpu_guest_nice_max   double precision,
  cpu_guest_nice_sum   double precision,
  cpu_guest_nice_n     integer,
  load_1m_min          double precision,
  load_1m_max          double precision,
  load_1m_sum          double precision,
  load_1m_n            integer,
  load_5m_min          double precision,
  load_5m_max          double precision,
  load_5m_sum          double precision,
  load_5m_n            integer,
  load_15m_min         double precision,
  load_15m_max         double precision,
  load_15m_sum         double precision,
  load_15m_n           integer,
  ctx_switches_min     double precision,
  ctx_switches_max     double precision,
  ctx_switches_sum     double precision,
  ctx_switches_n       integer,
  interrupts_min       double precision,
  interrupts_max       double precision,
  interrupts_sum       double precision,
  interrupts_n         integer,
  procs_running_min    double precision,
  procs_running_max    double precision,
  procs_running_sum    double precision,
  procs_running_n      integer,
  procs_blocked_min    double precision,
  procs_blocked_max    double precision,
  procs_blocked_sum    double precision,
  procs_blocked_n      integer,
  mem_free_min         double precision,
  mem_free_max         double precision,
  mem_free_sum         double precision,
  mem_free_n           integer,
  swap_total_min       double precision,
  swap_total_max       double precision,
  swap_total_sum       double precision,
  swap_total_n         integer,
  swap_used_min        double precision,
  swap_used_max        double precision,
  swap_used_sum        double precision,
  swap_used_n          integer,
  disk_util_min        double precision,
  disk_util_max        double precision,
  disk_util_sum        double precision,
  disk_util_n          integer,
  net_rx_errors_min    double precision,
  net_rx_errors_max    double precision,
  net_rx_errors_sum    double precision,
  net_rx_errors_n      integer,
  net_tx_errors_min    double precision,
  net_tx_errors_max    double precision,
  net_tx_errors_sum    double precision,
  net_tx_errors_n      integer,
  net_rx_drops_min     double precision,
  net_rx_drops_max     double precision,
  net_rx_drops_sum     double precision,
  net_rx_drops_n       integer,
  net_tx_drops_min     double precision,
  net_tx_drops_max     double precision,
  net_tx_drops_sum     double precision,
  net_tx_drops_n       integer,
  temperature_min      double precision,
  temperature_max      double precision,
  temperature_sum      double precision,
  temperature_n        integer,
  sketch               bytea,
  PRIMARY KEY (collector_id, resolution, bucket_start)
);

-- The open buckets of the sketch levels (sketch not yet merged from their children): few, looked up by every
-- batch to close those the data has moved past.
CREATE INDEX sample_rollups_open_idx ON sample_rollups (collector_id, resolution, bucket_start)
  WHERE sketch IS NULL AND resolution >= 300;

CREATE TABLE settings (
  key   text PRIMARY KEY,
  value jsonb NOT NULL
);

CREATE TABLE user_api_keys (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id      bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name         text NOT NULL,
  key_hash     text NOT NULL UNIQUE,
  key_prefix   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at   timestamptz
);
CREATE INDEX user_api_keys_user_id_idx ON user_api_keys (user_id);

CREATE TABLE uploads (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  collector_id  uuid NOT NULL REFERENCES collectors (id) ON DELETE CASCADE,
  filename      text NOT NULL,
  description   text NOT NULL DEFAULT '',
  content_type  text,
  size_bytes    bigint NOT NULL,
  uploaded_by   bigint REFERENCES users (id) ON DELETE SET NULL,
  uploaded_at   timestamptz NOT NULL DEFAULT now(),
  rows_imported integer NOT NULL DEFAULT 0,
  first_ts      timestamptz,
  last_ts       timestamptz,
  -- The machine the capture file came from, as its header says; NULL for host.csv files.
  host_info     jsonb
);
CREATE INDEX uploads_collector_id_idx ON uploads (collector_id, uploaded_at DESC);

CREATE TABLE upload_chunks (
  upload_id uuid NOT NULL REFERENCES uploads (id) ON DELETE CASCADE,
  seq       integer NOT NULL,
  data      bytea NOT NULL,
  PRIMARY KEY (upload_id, seq)
);

CREATE TABLE benchmarks (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  collector_id uuid NOT NULL REFERENCES collectors (id) ON DELETE CASCADE,
  name         text NOT NULL,
  score        double precision NOT NULL,
  unit         text NOT NULL DEFAULT '',
  run_at       timestamptz NOT NULL DEFAULT now(),
  details      jsonb,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX benchmarks_name_collector_idx ON benchmarks (name, collector_id);

-- A load-test run as pcc loadtest posts it; its levels are rows of loadtests. Rows posted one by one have no
-- run and no work-unit version.
CREATE TABLE loadtest_runs (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  collector_id      uuid NOT NULL REFERENCES collectors (id) ON DELETE CASCADE,
  name              text NOT NULL,
  work_unit         text NOT NULL,
  work_unit_version integer NOT NULL,
  threads           integer NOT NULL,
  levels            double precision[] NOT NULL,
  step_duration_s   double precision NOT NULL,
  period_ms         double precision NOT NULL,
  hostname          text NOT NULL,
  cpu_model         text NOT NULL,
  cpu_count         integer NOT NULL,
  kernel            text NOT NULL,
  started_at        timestamptz NOT NULL,
  ended_at          timestamptz NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX loadtest_runs_collector_idx ON loadtest_runs (collector_id, started_at);

CREATE TABLE loadtests (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  collector_id    uuid NOT NULL REFERENCES collectors (id) ON DELETE CASCADE,
  name            text NOT NULL DEFAULT '',
  utilization_pct double precision NOT NULL,
  work_units      double precision NOT NULL,
  run_at          timestamptz NOT NULL DEFAULT now(),
  details         jsonb,
  created_at      timestamptz NOT NULL DEFAULT now(),
  run_id          bigint REFERENCES loadtest_runs (id) ON DELETE CASCADE,
  -- The run's work-unit version, so that compare keeps versions apart.
  work_unit_version integer
);
CREATE INDEX loadtests_collector_idx ON loadtests (collector_id, utilization_pct);
CREATE INDEX loadtests_run_idx ON loadtests (run_id);

-- Log-in sessions: refresh_generation is the one refresh token generation that may still be exchanged.
CREATE TABLE sessions (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id            bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  refresh_generation integer NOT NULL DEFAULT 0,
  created_at         timestamptz NOT NULL DEFAULT now(),
  refreshed_at       timestamptz NOT NULL DEFAULT now(),
  revoked_at         timestamptz
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);

-- The log-in throttle: failed (and in-flight) attempts per account, client address, and account at address.
CREATE TABLE login_attempts (
  key             text PRIMARY KEY,
  failures        integer NOT NULL,
  last_failure_at timestamptz NOT NULL
);
CREATE INDEX login_attempts_last_failure_at_idx ON login_attempts (last_failure_at);

-- Named runs: a window of a collector, named and annotated; version counts edits.
CREATE TABLE runs (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  collector_id uuid NOT NULL REFERENCES collectors (id) ON DELETE CASCADE,
  name         text NOT NULL,
  note         text NOT NULL DEFAULT '',
  started_at   timestamptz NOT NULL,
  ended_at     timestamptz NOT NULL,
  created_by   bigint REFERENCES users (id) ON DELETE SET NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  version      integer NOT NULL DEFAULT 1,
  CHECK (ended_at > started_at)
);
CREATE INDEX runs_collector_idx ON runs (collector_id, started_at);

-- Counters that triggers move on, in the writer's transaction: 'collectors' whenever what the collector list
-- shows changes (not last_seen_at nor samples_version: ingest never waits for this row), 'collector_keys'
-- whenever a key stops naming its collector (replaced, collector deleted), for the ingest role's key cache.
CREATE TABLE list_versions (
  list    text PRIMARY KEY,
  version bigint NOT NULL DEFAULT 0
);
INSERT INTO list_versions (list) VALUES ('collectors'), ('collector_keys');

CREATE FUNCTION collector_list_changed() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE list_versions SET version = version + 1 WHERE list = 'collectors';
  RETURN NULL;
END $$;

CREATE TRIGGER collector_list_rows AFTER INSERT OR DELETE OR TRUNCATE ON collectors
  FOR EACH STATEMENT EXECUTE FUNCTION collector_list_changed();
CREATE TRIGGER collector_list_fields
  AFTER UPDATE OF machine_name, site_id, platform, api_key_prefix, host_info ON collectors
  FOR EACH STATEMENT EXECUTE FUNCTION collector_list_changed();
CREATE TRIGGER collector_list_sites AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sites
  FOR EACH STATEMENT EXECUTE FUNCTION collector_list_changed();
CREATE TRIGGER collector_list_uploads AFTER INSERT OR DELETE OR TRUNCATE ON uploads
  FOR EACH STATEMENT EXECUTE FUNCTION collector_list_changed();

CREATE FUNCTION collector_keys_changed() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE list_versions SET version = version + 1 WHERE list = 'collector_keys';
  RETURN NULL;
END $$;

CREATE TRIGGER collector_keys_rows AFTER DELETE OR TRUNCATE ON collectors
  FOR EACH STATEMENT EXECUTE FUNCTION collector_keys_changed();
CREATE TRIGGER collector_keys_replaced AFTER UPDATE OF api_key_hash ON collectors
  FOR EACH STATEMENT EXECUTE FUNCTION collector_keys_changed();

-- Each device of a sample as a row, for reading (deviceSeries, tests).
CREATE VIEW sample_cpus AS
SELECT
  s.collector_id,
  s.ts,
  (d.n ->> 0) COLLATE "C" AS cpu,
  (d.e ->> 0)::double precision AS "user",
  (d.e ->> 1)::double precision AS nice,
  (d.e ->> 2)::double precision AS system,
  (d.e ->> 3)::double precision AS idle,
  (d.e ->> 4)::double precision AS iowait,
  (d.e ->> 5)::double precision AS irq,
  (d.e ->> 6)::double precision AS softirq,
  (d.e ->> 7)::double precision AS steal,
  (d.e ->> 8)::double precision AS guest,
  (d.e ->> 9)::double precision AS guest_nice,
  (d.e ->> 10)::double precision AS mhz,
  s.upload_id
FROM samples AS s
JOIN sample_device_names AS n ON n.id = s.device_names
CROSS JOIN LATERAL ROWS FROM (json_array_elements(n.names -> 'cpus'), json_array_elements(s.cpus)) AS d (n, e);

CREATE VIEW sample_disks AS
SELECT
  s.collector_id,
  s.ts,
  (d.n ->> 0) COLLATE "C" AS device,
  (d.e ->> 0)::double precision AS read_bytes,
  (d.e ->> 1)::double precision AS write_bytes,
  (d.e ->> 2)::double precision AS read_ops,
  (d.e ->> 3)::double precision AS write_ops,
  (d.e ->> 4)::double precision AS util,
  (d.e ->> 5)::double precision AS await_ms,
  s.upload_id
FROM samples AS s
JOIN sample_device_names AS n ON n.id = s.device_names
CROSS JOIN LATERAL ROWS FROM (json_array_elements(n.names -> 'disks'), json_array_elements(s.disks)) AS d (n, e);

CREATE VIEW sample_nets AS
SELECT
  s.collector_id,
  s.ts,
  (d.n ->> 0) COLLATE "C" AS iface,
  (d.e ->> 0)::double precision AS rx_bytes,
  (d.e ->> 1)::double precision AS tx_bytes,
  (d.e ->> 2)::double precision AS rx_packets,
  (d.e ->> 3)::double precision AS tx_packets,
  (d.e ->> 4)::double precision AS rx_errors,
  (d.e ->> 5)::double precision AS tx_errors,
  (d.e ->> 6)::double precision AS rx_drops,
  (d.e ->> 7)::double precision AS tx_drops,
  s.upload_id
FROM samples AS s
JOIN sample_device_names AS n ON n.id = s.device_names
CROSS JOIN LATERAL ROWS FROM (json_array_elements(n.names -> 'nets'), json_array_elements(s.nets)) AS d (n, e);

CREATE VIEW sample_filesystems AS
SELECT
  s.collector_id,
  s.ts,
  (d.n ->> 0) COLLATE "C" AS mount,
  d.n ->> 1 AS fstype,
  d.n ->> 2 AS source,
  (d.e ->> 0)::double precision AS size_mb,
  (d.e ->> 1)::double precision AS used_mb,
  (d.e ->> 2)::double precision AS avail_mb,
  (d.e ->> 3)::double precision AS used_pct,
  (d.e ->> 4)::double precision AS inodes_total,
  (d.e ->> 5)::double precision AS inodes_used,
  s.upload_id
FROM samples AS s
JOIN sample_device_names AS n ON n.id = s.device_names
CROSS JOIN LATERAL ROWS FROM (json_array_elements(n.names -> 'filesystems'), json_array_elements(s.filesystems)) AS d (n, e);

CREATE VIEW sample_temperatures AS
SELECT
  s.collector_id,
  s.ts,
  (d.n ->> 0) COLLATE "C" AS sensor,
  (d.e ->> 0)::double precision AS celsius,
  s.upload_id
FROM samples AS s
JOIN sample_device_names AS n ON n.id = s.device_names
CROSS JOIN LATERAL ROWS FROM (json_array_elements(n.names -> 'temperatures'), json_array_elements(s.temperatures)) AS d (n, e);

CREATE VIEW sample_containers AS
SELECT
  s.collector_id,
  s.ts,
  (d.n ->> 0) COLLATE "C" AS container_id,
  d.n ->> 1 AS container_name,
  (d.e ->> 0)::double precision AS cpu_percent,
  (d.e ->> 1)::double precision AS mem_usage_mb,
  (d.e ->> 2)::double precision AS mem_limit_mb,
  (d.e ->> 3)::double precision AS mem_rss_mb,
  (d.e ->> 4)::double precision AS mem_cache_mb,
  (d.e ->> 5)::double precision AS mem_working_set_mb,
  (d.e ->> 6)::double precision AS blk_read_bytes,
  (d.e ->> 7)::double precision AS blk_write_bytes,
  (d.e ->> 8)::double precision AS blk_read_ops,
  (d.e ->> 9)::double precision AS blk_write_ops,
  (d.e ->> 10)::double precision AS net_rx_bytes,
  (d.e ->> 11)::double precision AS net_tx_bytes,
  (d.e ->> 12)::double precision AS net_rx_packets,
  (d.e ->> 13)::double precision AS net_tx_packets,
  (d.e ->> 14)::double precision AS net_rx_errors,
  (d.e ->> 15)::double precision AS net_tx_errors,
  (d.e ->> 16)::double precision AS net_rx_drops,
  (d.e ->> 17)::double precision AS net_tx_drops,
  (d.e ->> 18)::double precision AS pids,
  s.upload_id
FROM samples AS s
JOIN sample_device_names AS n ON n.id = s.device_names
CROSS JOIN LATERAL ROWS FROM (json_array_elements(n.names -> 'containers'), json_array_elements(s.containers)) AS d (n, e);

-- A batch's rollups for one collector: takes the collector's rollup lock; appends the batch's sketch part of each
-- bucket to the bucket's sketch when it is closed; recomputes the statistics of every bucket touched
-- (p_levels[i], p_starts[i]), the 30 s level from the raw rows and each coarser one from the level below; gives
-- a new bucket of a sketch level its part as sketch when p_closed[i], else leaves it open; returns the open
-- buckets of the sketch levels that the batch has gone past (p_latest), to close. Parts are slices of p_parts
-- (offset, length; offset -1 for none). Children are read by LATERAL subqueries whose range is the index
-- condition, with generic plans and no sequential scans, whatever the statistics say.
CREATE FUNCTION rollups_add(
  p_collector uuid, p_lock_class integer, p_lock_key integer,
  p_levels integer[], p_starts timestamptz[],
  p_parts bytea, p_part_offsets integer[], p_part_lengths integer[], p_closed boolean[],
  p_latest timestamptz
) RETURNS TABLE (o_resolution integer, o_start timestamptz)
LANGUAGE plpgsql SET search_path FROM CURRENT SET plan_cache_mode = force_generic_plan SET enable_seqscan = off
AS $fn$
DECLARE
  v_i integer;
  v_level integer;
  v_child integer;
BEGIN
  PERFORM pg_advisory_xact_lock(p_lock_class, p_lock_key);

  -- One key at a time: a plan made while the table was empty must not scan all of the collector's rows.
  FOR v_i IN 1 .. coalesce(array_length(p_levels, 1), 0) LOOP
    CONTINUE WHEN p_part_offsets[v_i] < 0;
    UPDATE sample_rollups
    SET sketch = sketch || substring(p_parts FROM p_part_offsets[v_i] + 1 FOR p_part_lengths[v_i])
    WHERE collector_id = p_collector AND resolution = p_levels[v_i] AND bucket_start = p_starts[v_i]
      AND sketch IS NOT NULL;
  END LOOP;

  INSERT INTO sample_rollups AS r (
    collector_id, resolution, bucket_start, n,
    cpu_user_min, cpu_user_max, cpu_user_sum, cpu_user_n,
    cpu_system_min, cpu_system_max, cpu_system_sum, cpu_system_n,
    cpu_iowait_min, cpu_iowait_max, cpu_iowait_sum, cpu_iowait_n,
    cpu_idle_min, cpu_idle_max, cpu_idle_sum, cpu_idle_n,
    cpu_steal_min, cpu_steal_max, cpu_steal_sum, cpu_steal_n,
    mem_total_min, mem_total_max, mem_total_sum, mem_total_n,
    mem_used_min, mem_used_max, mem_used_sum, mem_used_n,
    mem_available_min, mem_available_max, mem_available_sum, mem_available_n,
    mem_buffers_min, mem_buffers_max, mem_buffers_sum, mem_buffers_n,
    mem_cached_min, mem_cached_max, mem_cached_sum, mem_cached_n,
    disk_read_bytes_min, disk_read_bytes_max, disk_read_bytes_sum, disk_read_bytes_n,
    disk_write_bytes_min, disk_write_bytes_max, disk_write_bytes_sum, disk_write_bytes_n,
    disk_read_ops_min, disk_read_ops_max, disk_read_ops_sum, disk_read_ops_n,
    disk_write_ops_min, disk_write_ops_max, disk_write_ops_sum, disk_write_ops_n,
    net_rx_bytes_min, net_rx_bytes_max, net_rx_bytes_sum, net_rx_bytes_n,
    net_tx_bytes_min, net_tx_bytes_max, net_tx_bytes_sum, net_tx_bytes_n,
    net_rx_packets_min, net_rx_packets_max, net_rx_packets_sum, net_rx_packets_n,
    net_tx_packets_min, net_tx_packets_max, net_tx_packets_sum, net_tx_packets_n,
    cpu_nice_min, cpu_nice_max, cpu_nice_sum, cpu_nice_n,
    cpu_irq_min, cpu_irq_max, cpu_irq_sum, cpu_irq_n,
    cpu_softirq_min, cpu_softirq_max, cpu_softirq_sum, cpu_softirq_n,
    cpu_guest_min, cpu_guest_max, cpu_guest_sum, cpu_guest_n,
    cpu_guest_nice_min, cpu_guest_nice_max, cpu_guest_nice_sum, cpu_guest_nice_n,
    load_1m_min, load_1m_max, load_1m_sum, load_1m_n,
    load_5m_min, load_5m_max, load_5m_sum, load_5m_n,
    load_15m_min, load_15m_max, load_15m_sum, load_15m_n,
    ctx_switches_min, ctx_switches_max, ctx_switches_sum, ctx_switches_n,
    interrupts_min, interrupts_max, interrupts_sum, interrupts_n,
    procs_running_min, procs_running_max, procs_running_sum, procs_running_n,
    procs_blocked_min, procs_blocked_max, procs_blocked_sum, procs_blocked_n,
    mem_free_min, mem_free_max, mem_free_sum, mem_free_n,
    swap_total_min, swap_total_max, swap_total_sum, swap_total_n,
    swap_used_min, swap_used_max, swap_used_sum, swap_used_n,
    disk_util_min, disk_util_max, disk_util_sum, disk_util_n,
    net_rx_errors_min, net_rx_errors_max, net_rx_errors_sum, net_rx_errors_n,
    net_tx_errors_min, net_tx_errors_max, net_tx_errors_sum, net_tx_errors_n,
    net_rx_drops_min, net_rx_drops_max, net_rx_drops_sum, net_rx_drops_n,
    net_tx_drops_min, net_tx_drops_max, net_tx_drops_sum, net_tx_drops_n,
    temperature_min, temperature_max, temperature_sum, temperature_n,
    sketch
  )
  SELECT p_collector, k.level, k.start, a.*, NULL
  FROM unnest(p_levels, p_starts) AS k (level, start)
  -- LATERAL: the bucket's range is the index condition, whatever the statistics say.
  CROSS JOIN LATERAL (
    SELECT count(*)::integer AS n,
      min(s.cpu_user), max(s.cpu_user), sum(s.cpu_user), nullif(count(s.cpu_user), count(*))::integer,
      min(s.cpu_system), max(s.cpu_system), sum(s.cpu_system), nullif(count(s.cpu_system), count(*))::integer,
      min(s.cpu_iowait), max(s.cpu_iowait), sum(s.cpu_iowait), nullif(count(s.cpu_iowait), count(*))::integer,
      min(s.cpu_idle), max(s.cpu_idle), sum(s.cpu_idle), nullif(count(s.cpu_idle), count(*))::integer,
      min(s.cpu_steal), max(s.cpu_steal), sum(s.cpu_steal), nullif(count(s.cpu_steal), count(*))::integer,
      min(s.mem_total), max(s.mem_total), sum(s.mem_total), nullif(count(s.mem_total), count(*))::integer,
      min(s.mem_used), max(s.mem_used), sum(s.mem_used), nullif(count(s.mem_used), count(*))::integer,
      min(s.mem_available), max(s.mem_available), sum(s.mem_available), nullif(count(s.mem_available), count(*))::integer,
      min(s.mem_buffers), max(s.mem_buffers), sum(s.mem_buffers), nullif(count(s.mem_buffers), count(*))::integer,
      min(s.mem_cached), max(s.mem_cached), sum(s.mem_cached), nullif(count(s.mem_cached), count(*))::integer,
      min(s.disk_read_bytes), max(s.disk_read_bytes), sum(s.disk_read_bytes), nullif(count(s.disk_read_bytes), count(*))::integer,
      min(s.disk_write_bytes), max(s.disk_write_bytes), sum(s.disk_write_bytes), nullif(count(s.disk_write_bytes), count(*))::integer,
      min(s.disk_read_ops), max(s.disk_read_ops), sum(s.disk_read_ops), nullif(count(s.disk_read_ops), count(*))::integer,
      min(s.disk_write_ops), max(s.disk_write_ops), sum(s.disk_write_ops), nullif(count(s.disk_write_ops), count(*))::integer,
      min(s.net_rx_bytes), max(s.net_rx_bytes), sum(s.net_rx_bytes), nullif(count(s.net_rx_bytes), count(*))::integer,
      min(s.net_tx_bytes), max(s.net_tx_bytes), sum(s.net_tx_bytes), nullif(count(s.net_tx_bytes), count(*))::integer,
      min(s.net_rx_packets), max(s.net_rx_packets), sum(s.net_rx_packets), nullif(count(s.net_rx_packets), count(*))::integer,
      min(s.net_tx_packets), max(s.net_tx_packets), sum(s.net_tx_packets), nullif(count(s.net_tx_packets), count(*))::integer,
      min(s.cpu_nice), max(s.cpu_nice), sum(s.cpu_nice), nullif(count(s.cpu_nice), count(*))::integer,
      min(s.cpu_irq), max(s.cpu_irq), sum(s.cpu_irq), nullif(count(s.cpu_irq), count(*))::integer,
      min(s.cpu_softirq), max(s.cpu_softirq), sum(s.cpu_softirq), nullif(count(s.cpu_softirq), count(*))::integer,
      min(s.cpu_guest), max(s.cpu_guest), sum(s.cpu_guest), nullif(count(s.cpu_guest), count(*))::integer,
      min(s.cpu_guest_nice), max(s.cpu_guest_nice), sum(s.cpu_guest_nice), nullif(count(s.cpu_guest_nice), count(*))::integer,
      min(s.load_1m), max(s.load_1m), sum(s.load_1m), nullif(count(s.load_1m), count(*))::integer,
      min(s.load_5m), max(s.load_5m), sum(s.load_5m), nullif(count(s.load_5m), count(*))::integer,
      min(s.load_15m), max(s.load_15m), sum(s.load_15m), nullif(count(s.load_15m), count(*))::integer,
      min(s.ctx_switches), max(s.ctx_switches), sum(s.ctx_switches), nullif(count(s.ctx_switches), count(*))::integer,
      min(s.interrupts), max(s.interrupts), sum(s.interrupts), nullif(count(s.interrupts), count(*))::integer,
      min(s.procs_running), max(s.procs_running), sum(s.procs_running), nullif(count(s.procs_running), count(*))::integer,
      min(s.procs_blocked), max(s.procs_blocked), sum(s.procs_blocked), nullif(count(s.procs_blocked), count(*))::integer,
      min(s.mem_free), max(s.mem_free), sum(s.mem_free), nullif(count(s.mem_free), count(*))::integer,
      min(s.swap_total), max(s.swap_total), sum(s.swap_total), nullif(count(s.swap_total), count(*))::integer,
      min(s.swap_used), max(s.swap_used), sum(s.swap_used), nullif(count(s.swap_used), count(*))::integer,
      min(s.disk_util), max(s.disk_util), sum(s.disk_util), nullif(count(s.disk_util), count(*))::integer,
      min(s.net_rx_errors), max(s.net_rx_errors), sum(s.net_rx_errors), nullif(count(s.net_rx_errors), count(*))::integer,
      min(s.net_tx_errors), max(s.net_tx_errors), sum(s.net_tx_errors), nullif(count(s.net_tx_errors), count(*))::integer,
      min(s.net_rx_drops), max(s.net_rx_drops), sum(s.net_rx_drops), nullif(count(s.net_rx_drops), count(*))::integer,
      min(s.net_tx_drops), max(s.net_tx_drops), sum(s.net_tx_drops), nullif(count(s.net_tx_drops), count(*))::integer,
      min(s.temperature), max(s.temperature), sum(s.temperature), nullif(count(s.temperature), count(*))::integer
    FROM samples AS s
    WHERE s.collector_id = p_collector AND s.ts >= k.start AND s.ts < k.start + make_interval(secs => k.level)
  ) AS a
  WHERE k.level = 30 AND a.n > 0
  ON CONFLICT (collector_id, resolution, bucket_start) DO UPDATE SET
    n = excluded.n,
    cpu_user_min = excluded.cpu_user_min, cpu_user_max = excluded.cpu_user_max, cpu_user_sum = excluded.cpu_user_sum, cpu_user_n = excluded.cpu_user_n,
    cpu_system_min = excluded.cpu_system_min, cpu_system_max = excluded.cpu_system_max, cpu_system_sum = excluded.cpu_system_sum, cpu_system_n = excluded.cpu_system_n,
    cpu_iowait_min = excluded.cpu_iowait_min, cpu_iowait_max = excluded.cpu_iowait_max, cpu_iowait_sum = excluded.cpu_iowait_sum, cpu_iowait_n = excluded.cpu_iowait_n,
    cpu_idle_min = excluded.cpu_idle_min, cpu_idle_max = excluded.cpu_idle_max, cpu_idle_sum = excluded.cpu_idle_sum, cpu_idle_n = excluded.cpu_idle_n,
    cpu_steal_min = excluded.cpu_steal_min, cpu_steal_max = excluded.cpu_steal_max, cpu_steal_sum = excluded.cpu_steal_sum, cpu_steal_n = excluded.cpu_steal_n,
    mem_total_min = excluded.mem_total_min, mem_total_max = excluded.mem_total_max, mem_total_sum = excluded.mem_total_sum, mem_total_n = excluded.mem_total_n,
    mem_used_min = excluded.mem_used_min, mem_used_max = excluded.mem_used_max, mem_used_sum = excluded.mem_used_sum, mem_used_n = excluded.mem_used_n,
    mem_available_min = excluded.mem_available_min, mem_available_max = excluded.mem_available_max, mem_available_sum = excluded.mem_available_sum, mem_available_n = excluded.mem_available_n,
    mem_buffers_min = excluded.mem_buffers_min, mem_buffers_max = excluded.mem_buffers_max, mem_buffers_sum = excluded.mem_buffers_sum, mem_buffers_n = excluded.mem_buffers_n,
    mem_cached_min = excluded.mem_cached_min, mem_cached_max = excluded.mem_cached_max, mem_cached_sum = excluded.mem_cached_sum, mem_cached_n = excluded.mem_cached_n,
    disk_read_bytes_min = excluded.disk_read_bytes_min, disk_read_bytes_max = excluded.disk_read_bytes_max, disk_read_bytes_sum = excluded.disk_read_bytes_sum, disk_read_bytes_n = excluded.disk_read_bytes_n,
    disk_write_bytes_min = excluded.disk_write_bytes_min, disk_write_bytes_max = excluded.disk_write_bytes_max, disk_write_bytes_sum = excluded.disk_write_bytes_sum, disk_write_bytes_n = excluded.disk_write_bytes_n,
    disk_read_ops_min = excluded.disk_read_ops_min, disk_read_ops_max = excluded.disk_read_ops_max, disk_read_ops_sum = excluded.disk_read_ops_sum, disk_read_ops_n = excluded.disk_read_ops_n,
    disk_write_ops_min = excluded.disk_write_ops_min, disk_write_ops_max = excluded.disk_write_ops_max, disk_write_ops_sum = excluded.disk_write_ops_sum, disk_write_ops_n = excluded.disk_write_ops_n,
    net_rx_bytes_min = excluded.net_rx_bytes_min, net_rx_bytes_max = excluded.net_rx_bytes_max, net_rx_bytes_sum = excluded.net_rx_bytes_sum, net_rx_bytes_n = excluded.net_rx_bytes_n,
    net_tx_bytes_min = excluded.net_tx_bytes_min, net_tx_bytes_max = excluded.net_tx_bytes_max, net_tx_bytes_sum = excluded.net_tx_bytes_sum, net_tx_bytes_n = excluded.net_tx_bytes_n,
    net_rx_packets_min = excluded.net_rx_packets_min, net_rx_packets_max = excluded.net_rx_packets_max, net_rx_packets_sum = excluded.net_rx_packets_sum, net_rx_packets_n = excluded.net_rx_packets_n,
    net_tx_packets_min = excluded.net_tx_packets_min, net_tx_packets_max = excluded.net_tx_packets_max, net_tx_packets_sum = excluded.net_tx_packets_sum, net_tx_packets_n = excluded.net_tx_packets_n,
    cpu_nice_min = excluded.cpu_nice_min, cpu_nice_max = excluded.cpu_nice_max, cpu_nice_sum = excluded.cpu_nice_sum, cpu_nice_n = excluded.cpu_nice_n,
    cpu_irq_min = excluded.cpu_irq_min, cpu_irq_max = excluded.cpu_irq_max, cpu_irq_sum = excluded.cpu_irq_sum, cpu_irq_n = excluded.cpu_irq_n,
    cpu_softirq_min = excluded.cpu_softirq_min, cpu_softirq_max = excluded.cpu_softirq_max, cpu_softirq_sum = excluded.cpu_softirq_sum, cpu_softirq_n = excluded.cpu_softirq_n,
    cpu_guest_min = excluded.cpu_guest_min, cpu_guest_max = excluded.cpu_guest_max, cpu_guest_sum = excluded.cpu_guest_sum, cpu_guest_n = excluded.cpu_guest_n,
    cpu_guest_nice_min = excluded.cpu_guest_nice_min, cpu_guest_nice_max = excluded.cpu_guest_nice_max, cpu_guest_nice_sum = excluded.cpu_guest_nice_sum, cpu_guest_nice_n = excluded.cpu_guest_nice_n,
    load_1m_min = excluded.load_1m_min, load_1m_max = excluded.load_1m_max, load_1m_sum = excluded.load_1m_sum, load_1m_n = excluded.load_1m_n,
    load_5m_min = excluded.load_5m_min, load_5m_max = excluded.load_5m_max, load_5m_sum = excluded.load_5m_sum, load_5m_n = excluded.load_5m_n,
    load_15m_min = excluded.load_15m_min, load_15m_max = excluded.load_15m_max, load_15m_sum = excluded.load_15m_sum, load_15m_n = excluded.load_15m_n,
    ctx_switches_min = excluded.ctx_switches_min, ctx_switches_max = excluded.ctx_switches_max, ctx_switches_sum = excluded.ctx_switches_sum, ctx_switches_n = excluded.ctx_switches_n,
    interrupts_min = excluded.interrupts_min, interrupts_max = excluded.interrupts_max, interrupts_sum = excluded.interrupts_sum, interrupts_n = excluded.interrupts_n,
    procs_running_min = excluded.procs_running_min, procs_running_max = excluded.procs_running_max, procs_running_sum = excluded.procs_running_sum, procs_running_n = excluded.procs_running_n,
    procs_blocked_min = excluded.procs_blocked_min, procs_blocked_max = excluded.procs_blocked_max, procs_blocked_sum = excluded.procs_blocked_sum, procs_blocked_n = excluded.procs_blocked_n,
    mem_free_min = excluded.mem_free_min, mem_free_max = excluded.mem_free_max, mem_free_sum = excluded.mem_free_sum, mem_free_n = excluded.mem_free_n,
    swap_total_min = excluded.swap_total_min, swap_total_max = excluded.swap_total_max, swap_total_sum = excluded.swap_total_sum, swap_total_n = excluded.swap_total_n,
    swap_used_min = excluded.swap_used_min, swap_used_max = excluded.swap_used_max, swap_used_sum = excluded.swap_used_sum, swap_used_n = excluded.swap_used_n,
    disk_util_min = excluded.disk_util_min, disk_util_max = excluded.disk_util_max, disk_util_sum = excluded.disk_util_sum, disk_util_n = excluded.disk_util_n,
    net_rx_errors_min = excluded.net_rx_errors_min, net_rx_errors_max = excluded.net_rx_errors_max, net_rx_errors_sum = excluded.net_rx_errors_sum, net_rx_errors_n = excluded.net_rx_errors_n,
    net_tx_errors_min = excluded.net_tx_errors_min, net_tx_errors_max = excluded.net_tx_errors_max, net_tx_errors_sum = excluded.net_tx_errors_sum, net_tx_errors_n = excluded.net_tx_errors_n,
    net_rx_drops_min = excluded.net_rx_drops_min, net_rx_drops_max = excluded.net_rx_drops_max, net_rx_drops_sum = excluded.net_rx_drops_sum, net_rx_drops_n = excluded.net_rx_drops_n,
    net_tx_drops_min = excluded.net_tx_drops_min, net_tx_drops_max = excluded.net_tx_drops_max, net_tx_drops_sum = excluded.net_tx_drops_sum, net_tx_drops_n = excluded.net_tx_drops_n,
    temperature_min = excluded.temperature_min, temperature_max = excluded.temperature_max, temperature_sum = excluded.temperature_sum, temperature_n = excluded.temperature_n;

  FOR v_level, v_child IN SELECT v.l, v.c FROM (VALUES (300, 30), (3600, 300), (86400, 3600)) AS v (l, c) LOOP
    INSERT INTO sample_rollups AS r (
      collector_id, resolution, bucket_start, n,
      cpu_user_min, cpu_user_max, cpu_user_sum, cpu_user_n,
      cpu_system_min, cpu_system_max, cpu_system_sum, cpu_system_n,
      cpu_iowait_min, cpu_iowait_max, cpu_iowait_sum, cpu_iowait_n,
      cpu_idle_min, cpu_idle_max, cpu_idle_sum, cpu_idle_n,
      cpu_steal_min, cpu_steal_max, cpu_steal_sum, cpu_steal_n,
      mem_total_min, mem_total_max, mem_total_sum, mem_total_n,
      mem_used_min, mem_used_max, mem_used_sum, mem_used_n,
      mem_available_min, mem_available_max, mem_available_sum, mem_available_n,
      mem_buffers_min, mem_buffers_max, mem_buffers_sum, mem_buffers_n,
      mem_cached_min, mem_cached_max, mem_cached_sum, mem_cached_n,
      disk_read_bytes_min, disk_read_bytes_max, disk_read_bytes_sum, disk_read_bytes_n,
      disk_write_bytes_min, disk_write_bytes_max, disk_write_bytes_sum, disk_write_bytes_n,
      disk_read_ops_min, disk_read_ops_max, disk_read_ops_sum, disk_read_ops_n,
      disk_write_ops_min, disk_write_ops_max, disk_write_ops_sum, disk_write_ops_n,
      net_rx_bytes_min, net_rx_bytes_max, net_rx_bytes_sum, net_rx_bytes_n,
      net_tx_bytes_min, net_tx_bytes_max, net_tx_bytes_sum, net_tx_bytes_n,
      net_rx_packets_min, net_rx_packets_max, net_rx_packets_sum, net_rx_packets_n,
      net_tx_packets_min, net_tx_packets_max, net_tx_packets_sum, net_tx_packets_n,
      cpu_nice_min, cpu_nice_max, cpu_nice_sum, cpu_nice_n,
      cpu_irq_min, cpu_irq_max, cpu_irq_sum, cpu_irq_n,
      cpu_softirq_min, cpu_softirq_max, cpu_softirq_sum, cpu_softirq_n,
      cpu_guest_min, cpu_guest_max, cpu_guest_sum, cpu_guest_n,
      cpu_guest_nice_min, cpu_guest_nice_max, cpu_guest_nice_sum, cpu_guest_nice_n,
      load_1m_min, load_1m_max, load_1m_sum, load_1m_n,
      load_5m_min, load_5m_max, load_5m_sum, load_5m_n,
      load_15m_min, load_15m_max, load_15m_sum, load_15m_n,
      ctx_switches_min, ctx_switches_max, ctx_switches_sum, ctx_switches_n,
      interrupts_min, interrupts_max, interrupts_sum, interrupts_n,
      procs_running_min, procs_running_max, procs_running_sum, procs_running_n,
      procs_blocked_min, procs_blocked_max, procs_blocked_sum, procs_blocked_n,
      mem_free_min, mem_free_max, mem_free_sum, mem_free_n,
      swap_total_min, swap_total_max, swap_total_sum, swap_total_n,
      swap_used_min, swap_used_max, swap_used_sum, swap_used_n,
      disk_util_min, disk_util_max, disk_util_sum, disk_util_n,
      net_rx_errors_min, net_rx_errors_max, net_rx_errors_sum, net_rx_errors_n,
      net_tx_errors_min, net_tx_errors_max, net_tx_errors_sum, net_tx_errors_n,
      net_rx_drops_min, net_rx_drops_max, net_rx_drops_sum, net_rx_drops_n,
      net_tx_drops_min, net_tx_drops_max, net_tx_drops_sum, net_tx_drops_n,
      temperature_min, temperature_max, temperature_sum, temperature_n,
      sketch
    )
    SELECT p_collector, k.level, k.start, a.*, CASE WHEN k.closed THEN substring(p_parts FROM k.o + 1 FOR k.l) END
    FROM unnest(p_levels, p_starts, p_part_offsets, p_part_lengths, p_closed) AS k (level, start, o, l, closed)
    CROSS JOIN LATERAL (
      SELECT sum(c.n)::integer AS n,
        min(c.cpu_user_min), max(c.cpu_user_max), sum(c.cpu_user_sum), nullif(sum(coalesce(c.cpu_user_n, c.n)), sum(c.n))::integer,
        min(c.cpu_system_min), max(c.cpu_system_max), sum(c.cpu_system_sum), nullif(sum(coalesce(c.cpu_system_n, c.n)), sum(c.n))::integer,
        min(c.cpu_iowait_min), max(c.cpu_iowait_max), sum(c.cpu_iowait_sum), nullif(sum(coalesce(c.cpu_iowait_n, c.n)), sum(c.n))::integer,
        min(c.cpu_idle_min), max(c.cpu_idle_max), sum(c.cpu_idle_sum), nullif(sum(coalesce(c.cpu_idle_n, c.n)), sum(c.n))::integer,
        min(c.cpu_steal_min), max(c.cpu_steal_max), sum(c.cpu_steal_sum), nullif(sum(coalesce(c.cpu_steal_n, c.n)), sum(c.n))::integer,
        min(c.mem_total_min), max(c.mem_total_max), sum(c.mem_total_sum), nullif(sum(coalesce(c.mem_total_n, c.n)), sum(c.n))::integer,
        min(c.mem_used_min), max(c.mem_used_max), sum(c.mem_used_sum), nullif(sum(coalesce(c.mem_used_n, c.n)), sum(c.n))::integer,
        min(c.mem_available_min), max(c.mem_available_max), sum(c.mem_available_sum), nullif(sum(coalesce(c.mem_available_n, c.n)), sum(c.n))::integer,
        min(c.mem_buffers_min), max(c.mem_buffers_max), sum(c.mem_buffers_sum), nullif(sum(coalesce(c.mem_buffers_n, c.n)), sum(c.n))::integer,
        min(c.mem_cached_min), max(c.mem_cached_max), sum(c.mem_cached_sum), nullif(sum(coalesce(c.mem_cached_n, c.n)), sum(c.n))::integer,
        min(c.disk_read_bytes_min), max(c.disk_read_bytes_max), sum(c.disk_read_bytes_sum), nullif(sum(coalesce(c.disk_read_bytes_n, c.n)), sum(c.n))::integer,
        min(c.disk_write_bytes_min), max(c.disk_write_bytes_max), sum(c.disk_write_bytes_sum), nullif(sum(coalesce(c.disk_write_bytes_n, c.n)), sum(c.n))::integer,
        min(c.disk_read_ops_min), max(c.disk_read_ops_max), sum(c.disk_read_ops_sum), nullif(sum(coalesce(c.disk_read_ops_n, c.n)), sum(c.n))::integer,
        min(c.disk_write_ops_min), max(c.disk_write_ops_max), sum(c.disk_write_ops_sum), nullif(sum(coalesce(c.disk_write_ops_n, c.n)), sum(c.n))::integer,
        min(c.net_rx_bytes_min), max(c.net_rx_bytes_max), sum(c.net_rx_bytes_sum), nullif(sum(coalesce(c.net_rx_bytes_n, c.n)), sum(c.n))::integer,
        min(c.net_tx_bytes_min), max(c.net_tx_bytes_max), sum(c.net_tx_bytes_sum), nullif(sum(coalesce(c.net_tx_bytes_n, c.n)), sum(c.n))::integer,
        min(c.net_rx_packets_min), max(c.net_rx_packets_max), sum(c.net_rx_packets_sum), nullif(sum(coalesce(c.net_rx_packets_n, c.n)), sum(c.n))::integer,
        min(c.net_tx_packets_min), max(c.net_tx_packets_max), sum(c.net_tx_packets_sum), nullif(sum(coalesce(c.net_tx_packets_n, c.n)), sum(c.n))::integer,
        min(c.cpu_nice_min), max(c.cpu_nice_max), sum(c.cpu_nice_sum), nullif(sum(coalesce(c.cpu_nice_n, c.n)), sum(c.n))::integer,
        min(c.cpu_irq_min), max(c.cpu_irq_max), sum(c.cpu_irq_sum), nullif(sum(coalesce(c.cpu_irq_n, c.n)), sum(c.n))::integer,
        min(c.cpu_softirq_min), max(c.cpu_softirq_max), sum(c.cpu_softirq_sum), nullif(sum(coalesce(c.cpu_softirq_n, c.n)), sum(c.n))::integer,
        min(c.cpu_guest_min), max(c.cpu_guest_max), sum(c.cpu_guest_sum), nullif(sum(coalesce(c.cpu_guest_n, c.n)), sum(c.n))::integer,
        min(c.cpu_guest_nice_min), max(c.cpu_guest_nice_max), sum(c.cpu_guest_nice_sum), nullif(sum(coalesce(c.cpu_guest_nice_n, c.n)), sum(c.n))::integer,
        min(c.load_1m_min), max(c.load_1m_max), sum(c.load_1m_sum), nullif(sum(coalesce(c.load_1m_n, c.n)), sum(c.n))::integer,
        min(c.load_5m_min), max(c.load_5m_max), sum(c.load_5m_sum), nullif(sum(coalesce(c.load_5m_n, c.n)), sum(c.n))::integer,
        min(c.load_15m_min), max(c.load_15m_max), sum(c.load_15m_sum), nullif(sum(coalesce(c.load_15m_n, c.n)), sum(c.n))::integer,
        min(c.ctx_switches_min), max(c.ctx_switches_max), sum(c.ctx_switches_sum), nullif(sum(coalesce(c.ctx_switches_n, c.n)), sum(c.n))::integer,
        min(c.interrupts_min), max(c.interrupts_max), sum(c.interrupts_sum), nullif(sum(coalesce(c.interrupts_n, c.n)), sum(c.n))::integer,
        min(c.procs_running_min), max(c.procs_running_max), sum(c.procs_running_sum), nullif(sum(coalesce(c.procs_running_n, c.n)), sum(c.n))::integer,
        min(c.procs_blocked_min), max(c.procs_blocked_max), sum(c.procs_blocked_sum), nullif(sum(coalesce(c.procs_blocked_n, c.n)), sum(c.n))::integer,
        min(c.mem_free_min), max(c.mem_free_max), sum(c.mem_free_sum), nullif(sum(coalesce(c.mem_free_n, c.n)), sum(c.n))::integer,
        min(c.swap_total_min), max(c.swap_total_max), sum(c.swap_total_sum), nullif(sum(coalesce(c.swap_total_n, c.n)), sum(c.n))::integer,
        min(c.swap_used_min), max(c.swap_used_max), sum(c.swap_used_sum), nullif(sum(coalesce(c.swap_used_n, c.n)), sum(c.n))::integer,
        min(c.disk_util_min), max(c.disk_util_max), sum(c.disk_util_sum), nullif(sum(coalesce(c.disk_util_n, c.n)), sum(c.n))::integer,
        min(c.net_rx_errors_min), max(c.net_rx_errors_max), sum(c.net_rx_errors_sum), nullif(sum(coalesce(c.net_rx_errors_n, c.n)), sum(c.n))::integer,
        min(c.net_tx_errors_min), max(c.net_tx_errors_max), sum(c.net_tx_errors_sum), nullif(sum(coalesce(c.net_tx_errors_n, c.n)), sum(c.n))::integer,
        min(c.net_rx_drops_min), max(c.net_rx_drops_max), sum(c.net_rx_drops_sum), nullif(sum(coalesce(c.net_rx_drops_n, c.n)), sum(c.n))::integer,
        min(c.net_tx_drops_min), max(c.net_tx_drops_max), sum(c.net_tx_drops_sum), nullif(sum(coalesce(c.net_tx_drops_n, c.n)), sum(c.n))::integer,
        min(c.temperature_min), max(c.temperature_max), sum(c.temperature_sum), nullif(sum(coalesce(c.temperature_n, c.n)), sum(c.n))::integer
      FROM sample_rollups AS c
      WHERE c.collector_id = p_collector AND c.resolution = v_child
        AND c.bucket_start >= k.start AND c.bucket_start < k.start + make_interval(secs => k.level)
    ) AS a
    WHERE k.level = v_level AND a.n IS NOT NULL
    ON CONFLICT (collector_id, resolution, bucket_start) DO UPDATE SET
      n = excluded.n,
      cpu_user_min = excluded.cpu_user_min, cpu_user_max = excluded.cpu_user_max, cpu_user_sum = excluded.cpu_user_sum, cpu_user_n = excluded.cpu_user_n,
      cpu_system_min = excluded.cpu_system_min, cpu_system_max = excluded.cpu_system_max, cpu_system_sum = excluded.cpu_system_sum, cpu_system_n = excluded.cpu_system_n,
      cpu_iowait_min = excluded.cpu_iowait_min, cpu_iowait_max = excluded.cpu_iowait_max, cpu_iowait_sum = excluded.cpu_iowait_sum, cpu_iowait_n = excluded.cpu_iowait_n,
      cpu_idle_min = excluded.cpu_idle_min, cpu_idle_max = excluded.cpu_idle_max, cpu_idle_sum = excluded.cpu_idle_sum, cpu_idle_n = excluded.cpu_idle_n,
      cpu_steal_min = excluded.cpu_steal_min, cpu_steal_max = excluded.cpu_steal_max, cpu_steal_sum = excluded.cpu_steal_sum, cpu_steal_n = excluded.cpu_steal_n,
      mem_total_min = excluded.mem_total_min, mem_total_max = excluded.mem_total_max, mem_total_sum = excluded.mem_total_sum, mem_total_n = excluded.mem_total_n,
      mem_used_min = excluded.mem_used_min, mem_used_max = excluded.mem_used_max, mem_used_sum = excluded.mem_used_sum, mem_used_n = excluded.mem_used_n,
      mem_available_min = excluded.mem_available_min, mem_available_max = excluded.mem_available_max, mem_available_sum = excluded.mem_available_sum, mem_available_n = excluded.mem_available_n,
      mem_buffers_min = excluded.mem_buffers_min, mem_buffers_max = excluded.mem_buffers_max, mem_buffers_sum = excluded.mem_buffers_sum, mem_buffers_n = excluded.mem_buffers_n,
      mem_cached_min = excluded.mem_cached_min, mem_cached_max = excluded.mem_cached_max, mem_cached_sum = excluded.mem_cached_sum, mem_cached_n = excluded.mem_cached_n,
      disk_read_bytes_min = excluded.disk_read_bytes_min, disk_read_bytes_max = excluded.disk_read_bytes_max, disk_read_bytes_sum = excluded.disk_read_bytes_sum, disk_read_bytes_n = excluded.disk_read_bytes_n,
      disk_write_bytes_min = excluded.disk_write_bytes_min, disk_write_bytes_max = excluded.disk_write_bytes_max, disk_write_bytes_sum = excluded.disk_write_bytes_sum, disk_write_bytes_n = excluded.disk_write_bytes_n,
      disk_read_ops_min = excluded.disk_read_ops_min, disk_read_ops_max = excluded.disk_read_ops_max, disk_read_ops_sum = excluded.disk_read_ops_sum, disk_read_ops_n = excluded.disk_read_ops_n,
      disk_write_ops_min = excluded.disk_write_ops_min, disk_write_ops_max = excluded.disk_write_ops_max, disk_write_ops_sum = excluded.disk_write_ops_sum, disk_write_ops_n = excluded.disk_write_ops_n,
      net_rx_bytes_min = excluded.net_rx_bytes_min, net_rx_bytes_max = excluded.net_rx_bytes_max, net_rx_bytes_sum = excluded.net_rx_bytes_sum, net_rx_bytes_n = excluded.net_rx_bytes_n,
      net_tx_bytes_min = excluded.net_tx_bytes_min, net_tx_bytes_max = excluded.net_tx_bytes_max, net_tx_bytes_sum = excluded.net_tx_bytes_sum, net_tx_bytes_n = excluded.net_tx_bytes_n,
      net_rx_packets_min = excluded.net_rx_packets_min, net_rx_packets_max = excluded.net_rx_packets_max, net_rx_packets_sum = excluded.net_rx_packets_sum, net_rx_packets_n = excluded.net_rx_packets_n,
      net_tx_packets_min = excluded.net_tx_packets_min, net_tx_packets_max = excluded.net_tx_packets_max, net_tx_packets_sum = excluded.net_tx_packets_sum, net_tx_packets_n = excluded.net_tx_packets_n,
      cpu_nice_min = excluded.cpu_nice_min, cpu_nice_max = excluded.cpu_nice_max, cpu_nice_sum = excluded.cpu_nice_sum, cpu_nice_n = excluded.cpu_nice_n,
      cpu_irq_min = excluded.cpu_irq_min, cpu_irq_max = excluded.cpu_irq_max, cpu_irq_sum = excluded.cpu_irq_sum, cpu_irq_n = excluded.cpu_irq_n,
      cpu_softirq_min = excluded.cpu_softirq_min, cpu_softirq_max = excluded.cpu_softirq_max, cpu_softirq_sum = excluded.cpu_softirq_sum, cpu_softirq_n = excluded.cpu_softirq_n,
      cpu_guest_min = excluded.cpu_guest_min, cpu_guest_max = excluded.cpu_guest_max, cpu_guest_sum = excluded.cpu_guest_sum, cpu_guest_n = excluded.cpu_guest_n,
      cpu_guest_nice_min = excluded.cpu_guest_nice_min, cpu_guest_nice_max = excluded.cpu_guest_nice_max, cpu_guest_nice_sum = excluded.cpu_guest_nice_sum, cpu_guest_nice_n = excluded.cpu_guest_nice_n,
      load_1m_min = excluded.load_1m_min, load_1m_max = excluded.load_1m_max, load_1m_sum = excluded.load_1m_sum, load_1m_n = excluded.load_1m_n,
      load_5m_min = excluded.load_5m_min, load_5m_max = excluded.load_5m_max, load_5m_sum = excluded.load_5m_sum, load_5m_n = excluded.load_5m_n,
      load_15m_min = excluded.load_15m_min, load_15m_max = excluded.load_15m_max, load_15m_sum = excluded.load_15m_sum, load_15m_n = excluded.load_15m_n,
      ctx_switches_min = excluded.ctx_switches_min, ctx_switches_max = excluded.ctx_switches_max, ctx_switches_sum = excluded.ctx_switches_sum, ctx_switches_n = excluded.ctx_switches_n,
      interrupts_min = excluded.interrupts_min, interrupts_max = excluded.interrupts_max, interrupts_sum = excluded.interrupts_sum, interrupts_n = excluded.interrupts_n,
      procs_running_min = excluded.procs_running_min, procs_running_max = excluded.procs_running_max, procs_running_sum = excluded.procs_running_sum, procs_running_n = excluded.procs_running_n,
      procs_blocked_min = excluded.procs_blocked_min, procs_blocked_max = excluded.procs_blocked_max, procs_blocked_sum = excluded.procs_blocked_sum, procs_blocked_n = excluded.procs_blocked_n,
      mem_free_min = excluded.mem_free_min, mem_free_max = excluded.mem_free_max, mem_free_sum = excluded.mem_free_sum, mem_free_n = excluded.mem_free_n,
      swap_total_min = excluded.swap_total_min, swap_total_max = excluded.swap_total_max, swap_total_sum = excluded.swap_total_sum, swap_total_n = excluded.swap_total_n,
      swap_used_min = excluded.swap_used_min, swap_used_max = excluded.swap_used_max, swap_used_sum = excluded.swap_used_sum, swap_used_n = excluded.swap_used_n,
      disk_util_min = excluded.disk_util_min, disk_util_max = excluded.disk_util_max, disk_util_sum = excluded.disk_util_sum, disk_util_n = excluded.disk_util_n,
      net_rx_errors_min = excluded.net_rx_errors_min, net_rx_errors_max = excluded.net_rx_errors_max, net_rx_errors_sum = excluded.net_rx_errors_sum, net_rx_errors_n = excluded.net_rx_errors_n,
      net_tx_errors_min = excluded.net_tx_errors_min, net_tx_errors_max = excluded.net_tx_errors_max, net_tx_errors_sum = excluded.net_tx_errors_sum, net_tx_errors_n = excluded.net_tx_errors_n,
      net_rx_drops_min = excluded.net_rx_drops_min, net_rx_drops_max = excluded.net_rx_drops_max, net_rx_drops_sum = excluded.net_rx_drops_sum, net_rx_drops_n = excluded.net_rx_drops_n,
      net_tx_drops_min = excluded.net_tx_drops_min, net_tx_drops_max = excluded.net_tx_drops_max, net_tx_drops_sum = excluded.net_tx_drops_sum, net_tx_drops_n = excluded.net_tx_drops_n,
      temperature_min = excluded.temperature_min, temperature_max = excluded.temperature_max, temperature_sum = excluded.temperature_sum, temperature_n = excluded.temperature_n;
  END LOOP;

  RETURN QUERY SELECT o.resolution, o.bucket_start FROM sample_rollups AS o
    WHERE o.collector_id = p_collector AND o.sketch IS NULL AND o.resolution >= 300
      AND o.bucket_start <= p_latest - make_interval(secs => o.resolution);
END
$fn$;

-- rollups_add for all the collectors of a group, one statement a step: collector i owns the next p_counts[i]
-- entries of the level, start, offset, length and closed arrays; the sketch offsets index the one p_parts for
-- all; the collectors' rollup locks are taken in the order given (callers sort them).
CREATE FUNCTION rollups_add_many(
  p_collectors uuid[], p_lock_class integer, p_lock_keys integer[], p_counts integer[],
  p_levels integer[], p_starts timestamptz[],
  p_parts bytea, p_part_offsets integer[], p_part_lengths integer[], p_closed boolean[],
  p_latest timestamptz[]
) RETURNS TABLE (o_collector uuid, o_resolution integer, o_start timestamptz)
LANGUAGE plpgsql SET search_path FROM CURRENT SET plan_cache_mode = force_generic_plan SET enable_seqscan = off
AS $fn$
DECLARE
  -- The collector of each entry: collector i owns the next p_counts[i] entries.
  v_owners uuid[] := ARRAY(
    SELECT c.collector FROM unnest(p_collectors, p_counts) WITH ORDINALITY AS c (collector, n, i)
    CROSS JOIN LATERAL generate_series(1, c.n) ORDER BY c.i);
  v_level integer;
  v_child integer;
BEGIN
  -- unnest yields the keys in the order given, and each lock is taken as its row is produced.
  PERFORM pg_advisory_xact_lock(p_lock_class, k.key) FROM unnest(p_lock_keys) AS k (key);

  UPDATE sample_rollups AS r
  SET sketch = r.sketch || substring(p_parts FROM k.o + 1 FOR k.l)
  FROM unnest(v_owners, p_levels, p_starts, p_part_offsets, p_part_lengths) AS k (collector, level, start, o, l)
  WHERE k.o >= 0 AND r.collector_id = k.collector AND r.resolution = k.level AND r.bucket_start = k.start
    AND r.sketch IS NOT NULL;

  INSERT INTO sample_rollups AS r (
    collector_id, resolution, bucket_start, n,
    cpu_user_min, cpu_user_max, cpu_user_sum, cpu_user_n,
    cpu_system_min, cpu_system_max, cpu_system_sum, cpu_system_n,
    cpu_iowait_min, cpu_iowait_max, cpu_iowait_sum, cpu_iowait_n,
    cpu_idle_min, cpu_idle_max, cpu_idle_sum, cpu_idle_n,
    cpu_steal_min, cpu_steal_max, cpu_steal_sum, cpu_steal_n,
    mem_total_min, mem_total_max, mem_total_sum, mem_total_n,
    mem_used_min, mem_used_max, mem_used_sum, mem_used_n,
    mem_available_min, mem_available_max, mem_available_sum, mem_available_n,
    mem_buffers_min, mem_buffers_max, mem_buffers_sum, mem_buffers_n,
    mem_cached_min, mem_cached_max, mem_cached_sum, mem_cached_n,
    disk_read_bytes_min, disk_read_bytes_max, disk_read_bytes_sum, disk_read_bytes_n,
    disk_write_bytes_min, disk_write_bytes_max, disk_write_bytes_sum, disk_write_bytes_n,
    disk_read_ops_min, disk_read_ops_max, disk_read_ops_sum, disk_read_ops_n,
    disk_write_ops_min, disk_write_ops_max, disk_write_ops_sum, disk_write_ops_n,
    net_rx_bytes_min, net_rx_bytes_max, net_rx_bytes_sum, net_rx_bytes_n,
    net_tx_bytes_min, net_tx_bytes_max, net_tx_bytes_sum, net_tx_bytes_n,
    net_rx_packets_min, net_rx_packets_max, net_rx_packets_sum, net_rx_packets_n,
    net_tx_packets_min, net_tx_packets_max, net_tx_packets_sum, net_tx_packets_n,
    cpu_nice_min, cpu_nice_max, cpu_nice_sum, cpu_nice_n,
    cpu_irq_min, cpu_irq_max, cpu_irq_sum, cpu_irq_n,
    cpu_softirq_min, cpu_softirq_max, cpu_softirq_sum, cpu_softirq_n,
    cpu_guest_min, cpu_guest_max, cpu_guest_sum, cpu_guest_n,
    cpu_guest_nice_min, cpu_guest_nice_max, cpu_guest_nice_sum, cpu_guest_nice_n,
    load_1m_min, load_1m_max, load_1m_sum, load_1m_n,
    load_5m_min, load_5m_max, load_5m_sum, load_5m_n,
    load_15m_min, load_15m_max, load_15m_sum, load_15m_n,
    ctx_switches_min, ctx_switches_max, ctx_switches_sum, ctx_switches_n,
    interrupts_min, interrupts_max, interrupts_sum, interrupts_n,
    procs_running_min, procs_running_max, procs_running_sum, procs_running_n,
    procs_blocked_min, procs_blocked_max, procs_blocked_sum, procs_blocked_n,
    mem_free_min, mem_free_max, mem_free_sum, mem_free_n,
    swap_total_min, swap_total_max, swap_total_sum, swap_total_n,
    swap_used_min, swap_used_max, swap_used_sum, swap_used_n,
    disk_util_min, disk_util_max, disk_util_sum, disk_util_n,
    net_rx_errors_min, net_rx_errors_max, net_rx_errors_sum, net_rx_errors_n,
    net_tx_errors_min, net_tx_errors_max, net_tx_errors_sum, net_tx_errors_n,
    net_rx_drops_min, net_rx_drops_max, net_rx_drops_sum, net_rx_drops_n,
    net_tx_drops_min, net_tx_drops_max, net_tx_drops_sum, net_tx_drops_n,
    temperature_min, temperature_max, temperature_sum, temperature_n,
    sketch
  )
  SELECT k.collector, k.level, k.start, a.*, NULL
  FROM unnest(v_owners, p_levels, p_starts) AS k (collector, level, start)
  -- LATERAL: the bucket's range is the index condition, whatever the statistics say.
  CROSS JOIN LATERAL (
    SELECT count(*)::integer AS n,
      min(s.cpu_user), max(s.cpu_user), sum(s.cpu_user), nullif(count(s.cpu_user), count(*))::integer,
      min(s.cpu_system), max(s.cpu_system), sum(s.cpu_system), nullif(count(s.cpu_system), count(*))::integer,
      min(s.cpu_iowait), max(s.cpu_iowait), sum(s.cpu_iowait), nullif(count(s.cpu_iowait), count(*))::integer,
      min(s.cpu_idle), max(s.cpu_idle), sum(s.cpu_idle), nullif(count(s.cpu_idle), count(*))::integer,
      min(s.cpu_steal), max(s.cpu_steal), sum(s.cpu_steal), nullif(count(s.cpu_steal), count(*))::integer,
      min(s.mem_total), max(s.mem_total), sum(s.mem_total), nullif(count(s.mem_total), count(*))::integer,
      min(s.mem_used), max(s.mem_used), sum(s.mem_used), nullif(count(s.mem_used), count(*))::integer,
      min(s.mem_available), max(s.mem_available), sum(s.mem_available), nullif(count(s.mem_available), count(*))::integer,
      min(s.mem_buffers), max(s.mem_buffers), sum(s.mem_buffers), nullif(count(s.mem_buffers), count(*))::integer,
      min(s.mem_cached), max(s.mem_cached), sum(s.mem_cached), nullif(count(s.mem_cached), count(*))::integer,
      min(s.disk_read_bytes), max(s.disk_read_bytes), sum(s.disk_read_bytes), nullif(count(s.disk_read_bytes), count(*))::integer,
      min(s.disk_write_bytes), max(s.disk_write_bytes), sum(s.disk_write_bytes), nullif(count(s.disk_write_bytes), count(*))::integer,
      min(s.disk_read_ops), max(s.disk_read_ops), sum(s.disk_read_ops), nullif(count(s.disk_read_ops), count(*))::integer,
      min(s.disk_write_ops), max(s.disk_write_ops), sum(s.disk_write_ops), nullif(count(s.disk_write_ops), count(*))::integer,
      min(s.net_rx_bytes), max(s.net_rx_bytes), sum(s.net_rx_bytes), nullif(count(s.net_rx_bytes), count(*))::integer,
      min(s.net_tx_bytes), max(s.net_tx_bytes), sum(s.net_tx_bytes), nullif(count(s.net_tx_bytes), count(*))::integer,
      min(s.net_rx_packets), max(s.net_rx_packets), sum(s.net_rx_packets), nullif(count(s.net_rx_packets), count(*))::integer,
      min(s.net_tx_packets), max(s.net_tx_packets), sum(s.net_tx_packets), nullif(count(s.net_tx_packets), count(*))::integer,
      min(s.cpu_nice), max(s.cpu_nice), sum(s.cpu_nice), nullif(count(s.cpu_nice), count(*))::integer,
      min(s.cpu_irq), max(s.cpu_irq), sum(s.cpu_irq), nullif(count(s.cpu_irq), count(*))::integer,
      min(s.cpu_softirq), max(s.cpu_softirq), sum(s.cpu_softirq), nullif(count(s.cpu_softirq), count(*))::integer,
      min(s.cpu_guest), max(s.cpu_guest), sum(s.cpu_guest), nullif(count(s.cpu_guest), count(*))::integer,
      min(s.cpu_guest_nice), max(s.cpu_guest_nice), sum(s.cpu_guest_nice), nullif(count(s.cpu_guest_nice), count(*))::integer,
      min(s.load_1m), max(s.load_1m), sum(s.load_1m), nullif(count(s.load_1m), count(*))::integer,
      min(s.load_5m), max(s.load_5m), sum(s.load_5m), nullif(count(s.load_5m), count(*))::integer,
      min(s.load_15m), max(s.load_15m), sum(s.load_15m), nullif(count(s.load_15m), count(*))::integer,
      min(s.ctx_switches), max(s.ctx_switches), sum(s.ctx_switches), nullif(count(s.ctx_switches), count(*))::integer,
      min(s.interrupts), max(s.interrupts), sum(s.interrupts), nullif(count(s.interrupts), count(*))::integer,
      min(s.procs_running), max(s.procs_running), sum(s.procs_running), nullif(count(s.procs_running), count(*))::integer,
      min(s.procs_blocked), max(s.procs_blocked), sum(s.procs_blocked), nullif(count(s.procs_blocked), count(*))::integer,
      min(s.mem_free), max(s.mem_free), sum(s.mem_free), nullif(count(s.mem_free), count(*))::integer,
      min(s.swap_total), max(s.swap_total), sum(s.swap_total), nullif(count(s.swap_total), count(*))::integer,
      min(s.swap_used), max(s.swap_used), sum(s.swap_used), nullif(count(s.swap_used), count(*))::integer,
      min(s.disk_util), max(s.disk_util), sum(s.disk_util), nullif(count(s.disk_util), count(*))::integer,
      min(s.net_rx_errors), max(s.net_rx_errors), sum(s.net_rx_errors), nullif(count(s.net_rx_errors), count(*))::integer,
      min(s.net_tx_errors), max(s.net_tx_errors), sum(s.net_tx_errors), nullif(count(s.net_tx_errors), count(*))::integer,
      min(s.net_rx_drops), max(s.net_rx_drops), sum(s.net_rx_drops), nullif(count(s.net_rx_drops), count(*))::integer,
      min(s.net_tx_drops), max(s.net_tx_drops), sum(s.net_tx_drops), nullif(count(s.net_tx_drops), count(*))::integer,
      min(s.temperature), max(s.temperature), sum(s.temperature), nullif(count(s.temperature), count(*))::integer
    FROM samples AS s
    WHERE s.collector_id = k.collector AND s.ts >= k.start AND s.ts < k.start + make_interval(secs => k.level)
  ) AS a
  WHERE k.level = 30 AND a.n > 0
  ON CONFLICT (collector_id, resolution, bucket_start) DO UPDATE SET
    n = excluded.n,
    cpu_user_min = excluded.cpu_user_min, cpu_user_max = excluded.cpu_user_max, cpu_user_sum = excluded.cpu_user_sum, cpu_user_n = excluded.cpu_user_n,
    cpu_system_min = excluded.cpu_system_min, cpu_system_max = excluded.cpu_system_max, cpu_system_sum = excluded.cpu_system_sum, cpu_system_n = excluded.cpu_system_n,
    cpu_iowait_min = excluded.cpu_iowait_min, cpu_iowait_max = excluded.cpu_iowait_max, cpu_iowait_sum = excluded.cpu_iowait_sum, cpu_iowait_n = excluded.cpu_iowait_n,
    cpu_idle_min = excluded.cpu_idle_min, cpu_idle_max = excluded.cpu_idle_max, cpu_idle_sum = excluded.cpu_idle_sum, cpu_idle_n = excluded.cpu_idle_n,
    cpu_steal_min = excluded.cpu_steal_min, cpu_steal_max = excluded.cpu_steal_max, cpu_steal_sum = excluded.cpu_steal_sum, cpu_steal_n = excluded.cpu_steal_n,
    mem_total_min = excluded.mem_total_min, mem_total_max = excluded.mem_total_max, mem_total_sum = excluded.mem_total_sum, mem_total_n = excluded.mem_total_n,
    mem_used_min = excluded.mem_used_min, mem_used_max = excluded.mem_used_max, mem_used_sum = excluded.mem_used_sum, mem_used_n = excluded.mem_used_n,
    mem_available_min = excluded.mem_available_min, mem_available_max = excluded.mem_available_max, mem_available_sum = excluded.mem_available_sum, mem_available_n = excluded.mem_available_n,
    mem_buffers_min = excluded.mem_buffers_min, mem_buffers_max = excluded.mem_buffers_max, mem_buffers_sum = excluded.mem_buffers_sum, mem_buffers_n = excluded.mem_buffers_n,
    mem_cached_min = excluded.mem_cached_min, mem_cached_max = excluded.mem_cached_max, mem_cached_sum = excluded.mem_cached_sum, mem_cached_n = excluded.mem_cached_n,
    disk_read_bytes_min = excluded.disk_read_bytes_min, disk_read_bytes_max = excluded.disk_read_bytes_max, disk_read_bytes_sum = excluded.disk_read_bytes_sum, disk_read_bytes_n = excluded.disk_read_bytes_n,
    disk_write_bytes_min = excluded.disk_write_bytes_min, disk_write_bytes_max = excluded.disk_write_bytes_max, disk_write_bytes_sum = excluded.disk_write_bytes_sum, disk_write_bytes_n = excluded.disk_write_bytes_n,
    disk_read_ops_min = excluded.disk_read_ops_min, disk_read_ops_max = excluded.disk_read_ops_max, disk_read_ops_sum = excluded.disk_read_ops_sum, disk_read_ops_n = excluded.disk_read_ops_n,
    disk_write_ops_min = excluded.disk_write_ops_min, disk_write_ops_max = excluded.disk_write_ops_max, disk_write_ops_sum = excluded.disk_write_ops_sum, disk_write_ops_n = excluded.disk_write_ops_n,
    net_rx_bytes_min = excluded.net_rx_bytes_min, net_rx_bytes_max = excluded.net_rx_bytes_max, net_rx_bytes_sum = excluded.net_rx_bytes_sum, net_rx_bytes_n = excluded.net_rx_bytes_n,
    net_tx_bytes_min = excluded.net_tx_bytes_min, net_tx_bytes_max = excluded.net_tx_bytes_max, net_tx_bytes_sum = excluded.net_tx_bytes_sum, net_tx_bytes_n = excluded.net_tx_bytes_n,
    net_rx_packets_min = excluded.net_rx_packets_min, net_rx_packets_max = excluded.net_rx_packets_max, net_rx_packets_sum = excluded.net_rx_packets_sum, net_rx_packets_n = excluded.net_rx_packets_n,
    net_tx_packets_min = excluded.net_tx_packets_min, net_tx_packets_max = excluded.net_tx_packets_max, net_tx_packets_sum = excluded.net_tx_packets_sum, net_tx_packets_n = excluded.net_tx_packets_n,
    cpu_nice_min = excluded.cpu_nice_min, cpu_nice_max = excluded.cpu_nice_max, cpu_nice_sum = excluded.cpu_nice_sum, cpu_nice_n = excluded.cpu_nice_n,
    cpu_irq_min = excluded.cpu_irq_min, cpu_irq_max = excluded.cpu_irq_max, cpu_irq_sum = excluded.cpu_irq_sum, cpu_irq_n = excluded.cpu_irq_n,
    cpu_softirq_min = excluded.cpu_softirq_min, cpu_softirq_max = excluded.cpu_softirq_max, cpu_softirq_sum = excluded.cpu_softirq_sum, cpu_softirq_n = excluded.cpu_softirq_n,
    cpu_guest_min = excluded.cpu_guest_min, cpu_guest_max = excluded.cpu_guest_max, cpu_guest_sum = excluded.cpu_guest_sum, cpu_guest_n = excluded.cpu_guest_n,
    cpu_guest_nice_min = excluded.cpu_guest_nice_min, cpu_guest_nice_max = excluded.cpu_guest_nice_max, cpu_guest_nice_sum = excluded.cpu_guest_nice_sum, cpu_guest_nice_n = excluded.cpu_guest_nice_n,
    load_1m_min = excluded.load_1m_min, load_1m_max = excluded.load_1m_max, load_1m_sum = excluded.load_1m_sum, load_1m_n = excluded.load_1m_n,
    load_5m_min = excluded.load_5m_min, load_5m_max = excluded.load_5m_max, load_5m_sum = excluded.load_5m_sum, load_5m_n = excluded.load_5m_n,
    load_15m_min = excluded.load_15m_min, load_15m_max = excluded.load_15m_max, load_15m_sum = excluded.load_15m_sum, load_15m_n = excluded.load_15m_n,
    ctx_switches_min = excluded.ctx_switches_min, ctx_switches_max = excluded.ctx_switches_max, ctx_switches_sum = excluded.ctx_switches_sum, ctx_switches_n = excluded.ctx_switches_n,
    interrupts_min = excluded.interrupts_min, interrupts_max = excluded.interrupts_max, interrupts_sum = excluded.interrupts_sum, interrupts_n = excluded.interrupts_n,
    procs_running_min = excluded.procs_running_min, procs_running_max = excluded.procs_running_max, procs_running_sum = excluded.procs_running_sum, procs_running_n = excluded.procs_running_n,
    procs_blocked_min = excluded.procs_blocked_min, procs_blocked_max = excluded.procs_blocked_max, procs_blocked_sum = excluded.procs_blocked_sum, procs_blocked_n = excluded.procs_blocked_n,
    mem_free_min = excluded.mem_free_min, mem_free_max = excluded.mem_free_max, mem_free_sum = excluded.mem_free_sum, mem_free_n = excluded.mem_free_n,
    swap_total_min = excluded.swap_total_min, swap_total_max = excluded.swap_total_max, swap_total_sum = excluded.swap_total_sum, swap_total_n = excluded.swap_total_n,
    swap_used_min = excluded.swap_used_min, swap_used_max = excluded.swap_used_max, swap_used_sum = excluded.swap_used_sum, swap_used_n = excluded.swap_used_n,
    disk_util_min = excluded.disk_util_min, disk_util_max = excluded.disk_util_max, disk_util_sum = excluded.disk_util_sum, disk_util_n = excluded.disk_util_n,
    net_rx_errors_min = excluded.net_rx_errors_min, net_rx_errors_max = excluded.net_rx_errors_max, net_rx_errors_sum = excluded.net_rx_errors_sum, net_rx_errors_n = excluded.net_rx_errors_n,
    net_tx_errors_min = excluded.net_tx_errors_min, net_tx_errors_max = excluded.net_tx_errors_max, net_tx_errors_sum = excluded.net_tx_errors_sum, net_tx_errors_n = excluded.net_tx_errors_n,
    net_rx_drops_min = excluded.net_rx_drops_min, net_rx_drops_max = excluded.net_rx_drops_max, net_rx_drops_sum = excluded.net_rx_drops_sum, net_rx_drops_n = excluded.net_rx_drops_n,
    net_tx_drops_min = excluded.net_tx_drops_min, net_tx_drops_max = excluded.net_tx_drops_max, net_tx_drops_sum = excluded.net_tx_drops_sum, net_tx_drops_n = excluded.net_tx_drops_n,
    temperature_min = excluded.temperature_min, temperature_max = excluded.temperature_max, temperature_sum = excluded.temperature_sum, temperature_n = excluded.temperature_n;

  FOR v_level, v_child IN SELECT v.l, v.c FROM (VALUES (300, 30), (3600, 300), (86400, 3600)) AS v (l, c) LOOP
    INSERT INTO sample_rollups AS r (
      collector_id, resolution, bucket_start, n,
      cpu_user_min, cpu_user_max, cpu_user_sum, cpu_user_n,
      cpu_system_min, cpu_system_max, cpu_system_sum, cpu_system_n,
      cpu_iowait_min, cpu_iowait_max, cpu_iowait_sum, cpu_iowait_n,
      cpu_idle_min, cpu_idle_max, cpu_idle_sum, cpu_idle_n,
      cpu_steal_min, cpu_steal_max, cpu_steal_sum, cpu_steal_n,
      mem_total_min, mem_total_max, mem_total_sum, mem_total_n,
      mem_used_min, mem_used_max, mem_used_sum, mem_used_n,
      mem_available_min, mem_available_max, mem_available_sum, mem_available_n,
      mem_buffers_min, mem_buffers_max, mem_buffers_sum, mem_buffers_n,
      mem_cached_min, mem_cached_max, mem_cached_sum, mem_cached_n,
      disk_read_bytes_min, disk_read_bytes_max, disk_read_bytes_sum, disk_read_bytes_n,
      disk_write_bytes_min, disk_write_bytes_max, disk_write_bytes_sum, disk_write_bytes_n,
      disk_read_ops_min, disk_read_ops_max, disk_read_ops_sum, disk_read_ops_n,
      disk_write_ops_min, disk_write_ops_max, disk_write_ops_sum, disk_write_ops_n,
      net_rx_bytes_min, net_rx_bytes_max, net_rx_bytes_sum, net_rx_bytes_n,
      net_tx_bytes_min, net_tx_bytes_max, net_tx_bytes_sum, net_tx_bytes_n,
      net_rx_packets_min, net_rx_packets_max, net_rx_packets_sum, net_rx_packets_n,
      net_tx_packets_min, net_tx_packets_max, net_tx_packets_sum, net_tx_packets_n,
      cpu_nice_min, cpu_nice_max, cpu_nice_sum, cpu_nice_n,
      cpu_irq_min, cpu_irq_max, cpu_irq_sum, cpu_irq_n,
      cpu_softirq_min, cpu_softirq_max, cpu_softirq_sum, cpu_softirq_n,
      cpu_guest_min, cpu_guest_max, cpu_guest_sum, cpu_guest_n,
      cpu_guest_nice_min, cpu_guest_nice_max, cpu_guest_nice_sum, cpu_guest_nice_n,
      load_1m_min, load_1m_max, load_1m_sum, load_1m_n,
      load_5m_min, load_5m_max, load_5m_sum, load_5m_n,
      load_15m_min, load_15m_max, load_15m_sum, load_15m_n,
      ctx_switches_min, ctx_switches_max, ctx_switches_sum, ctx_switches_n,
      interrupts_min, interrupts_max, interrupts_sum, interrupts_n,
      procs_running_min, procs_running_max, procs_running_sum, procs_running_n,
      procs_blocked_min, procs_blocked_max, procs_blocked_sum, procs_blocked_n,
      mem_free_min, mem_free_max, mem_free_sum, mem_free_n,
      swap_total_min, swap_total_max, swap_total_sum, swap_total_n,
      swap_used_min, swap_used_max, swap_used_sum, swap_used_n,
      disk_util_min, disk_util_max, disk_util_sum, disk_util_n,
      net_rx_errors_min, net_rx_errors_max, net_rx_errors_sum, net_rx_errors_n,
      net_tx_errors_min, net_tx_errors_max, net_tx_errors_sum, net_tx_errors_n,
      net_rx_drops_min, net_rx_drops_max, net_rx_drops_sum, net_rx_drops_n,
      net_tx_drops_min, net_tx_drops_max, net_tx_drops_sum, net_tx_drops_n,
      temperature_min, temperature_max, temperature_sum, temperature_n,
      sketch
    )
    SELECT k.collector, k.level, k.start, a.*, CASE WHEN k.closed THEN substring(p_parts FROM k.o + 1 FOR k.l) END
    FROM unnest(v_owners, p_levels, p_starts, p_part_offsets, p_part_lengths, p_closed)
      AS k (collector, level, start, o, l, closed)
    CROSS JOIN LATERAL (
      SELECT sum(c.n)::integer AS n,
        min(c.cpu_user_min), max(c.cpu_user_max), sum(c.cpu_user_sum), nullif(sum(coalesce(c.cpu_user_n, c.n)), sum(c.n))::integer,
        min(c.cpu_system_min), max(c.cpu_system_max), sum(c.cpu_system_sum), nullif(sum(coalesce(c.cpu_system_n, c.n)), sum(c.n))::integer,
        min(c.cpu_iowait_min), max(c.cpu_iowait_max), sum(c.cpu_iowait_sum), nullif(sum(coalesce(c.cpu_iowait_n, c.n)), sum(c.n))::integer,
        min(c.cpu_idle_min), max(c.cpu_idle_max), sum(c.cpu_idle_sum), nullif(sum(coalesce(c.cpu_idle_n, c.n)), sum(c.n))::integer,
        min(c.cpu_steal_min), max(c.cpu_steal_max), sum(c.cpu_steal_sum), nullif(sum(coalesce(c.cpu_steal_n, c.n)), sum(c.n))::integer,
        min(c.mem_total_min), max(c.mem_total_max), sum(c.mem_total_sum), nullif(sum(coalesce(c.mem_total_n, c.n)), sum(c.n))::integer,
        min(c.mem_used_min), max(c.mem_used_max), sum(c.mem_used_sum), nullif(sum(coalesce(c.mem_used_n, c.n)), sum(c.n))::integer,
        min(c.mem_available_min), max(c.mem_available_max), sum(c.mem_available_sum), nullif(sum(coalesce(c.mem_available_n, c.n)), sum(c.n))::integer,
        min(c.mem_buffers_min), max(c.mem_buffers_max), sum(c.mem_buffers_sum), nullif(sum(coalesce(c.mem_buffers_n, c.n)), sum(c.n))::integer,
        min(c.mem_cached_min), max(c.mem_cached_max), sum(c.mem_cached_sum), nullif(sum(coalesce(c.mem_cached_n, c.n)), sum(c.n))::integer,
        min(c.disk_read_bytes_min), max(c.disk_read_bytes_max), sum(c.disk_read_bytes_sum), nullif(sum(coalesce(c.disk_read_bytes_n, c.n)), sum(c.n))::integer,
        min(c.disk_write_bytes_min), max(c.disk_write_bytes_max), sum(c.disk_write_bytes_sum), nullif(sum(coalesce(c.disk_write_bytes_n, c.n)), sum(c.n))::integer,
        min(c.disk_read_ops_min), max(c.disk_read_ops_max), sum(c.disk_read_ops_sum), nullif(sum(coalesce(c.disk_read_ops_n, c.n)), sum(c.n))::integer,
        min(c.disk_write_ops_min), max(c.disk_write_ops_max), sum(c.disk_write_ops_sum), nullif(sum(coalesce(c.disk_write_ops_n, c.n)), sum(c.n))::integer,
        min(c.net_rx_bytes_min), max(c.net_rx_bytes_max), sum(c.net_rx_bytes_sum), nullif(sum(coalesce(c.net_rx_bytes_n, c.n)), sum(c.n))::integer,
        min(c.net_tx_bytes_min), max(c.net_tx_bytes_max), sum(c.net_tx_bytes_sum), nullif(sum(coalesce(c.net_tx_bytes_n, c.n)), sum(c.n))::integer,
        min(c.net_rx_packets_min), max(c.net_rx_packets_max), sum(c.net_rx_packets_sum), nullif(sum(coalesce(c.net_rx_packets_n, c.n)), sum(c.n))::integer,
        min(c.net_tx_packets_min), max(c.net_tx_packets_max), sum(c.net_tx_packets_sum), nullif(sum(coalesce(c.net_tx_packets_n, c.n)), sum(c.n))::integer,
        min(c.cpu_nice_min), max(c.cpu_nice_max), sum(c.cpu_nice_sum), nullif(sum(coalesce(c.cpu_nice_n, c.n)), sum(c.n))::integer,
        min(c.cpu_irq_min), max(c.cpu_irq_max), sum(c.cpu_irq_sum), nullif(sum(coalesce(c.cpu_irq_n, c.n)), sum(c.n))::integer,
        min(c.cpu_softirq_min), max(c.cpu_softirq_max), sum(c.cpu_softirq_sum), nullif(sum(coalesce(c.cpu_softirq_n, c.n)), sum(c.n))::integer,
        min(c.cpu_guest_min), max(c.cpu_guest_max), sum(c.cpu_guest_sum), nullif(sum(coalesce(c.cpu_guest_n, c.n)), sum(c.n))::integer,
        min(c.cpu_guest_nice_min), max(c.cpu_guest_nice_max), sum(c.cpu_guest_nice_sum), nullif(sum(coalesce(c.cpu_guest_nice_n, c.n)), sum(c.n))::integer,
        min(c.load_1m_min), max(c.load_1m_max), sum(c.load_1m_sum), nullif(sum(coalesce(c.load_1m_n, c.n)), sum(c.n))::integer,
        min(c.load_5m_min), max(c.load_5m_max), sum(c.load_5m_sum), nullif(sum(coalesce(c.load_5m_n, c.n)), sum(c.n))::integer,
        min(c.load_15m_min), max(c.load_15m_max), sum(c.load_15m_sum), nullif(sum(coalesce(c.load_15m_n, c.n)), sum(c.n))::integer,
        min(c.ctx_switches_min), max(c.ctx_switches_max), sum(c.ctx_switches_sum), nullif(sum(coalesce(c.ctx_switches_n, c.n)), sum(c.n))::integer,
        min(c.interrupts_min), max(c.interrupts_max), sum(c.interrupts_sum), nullif(sum(coalesce(c.interrupts_n, c.n)), sum(c.n))::integer,
        min(c.procs_running_min), max(c.procs_running_max), sum(c.procs_running_sum), nullif(sum(coalesce(c.procs_running_n, c.n)), sum(c.n))::integer,
        min(c.procs_blocked_min), max(c.procs_blocked_max), sum(c.procs_blocked_sum), nullif(sum(coalesce(c.procs_blocked_n, c.n)), sum(c.n))::integer,
        min(c.mem_free_min), max(c.mem_free_max), sum(c.mem_free_sum), nullif(sum(coalesce(c.mem_free_n, c.n)), sum(c.n))::integer,
        min(c.swap_total_min), max(c.swap_total_max), sum(c.swap_total_sum), nullif(sum(coalesce(c.swap_total_n, c.n)), sum(c.n))::integer,
        min(c.swap_used_min), max(c.swap_used_max), sum(c.swap_used_sum), nullif(sum(coalesce(c.swap_used_n, c.n)), sum(c.n))::integer,
        min(c.disk_util_min), max(c.disk_util_max), sum(c.disk_util_sum), nullif(sum(coalesce(c.disk_util_n, c.n)), sum(c.n))::integer,
        min(c.net_rx_errors_min), max(c.net_rx_errors_max), sum(c.net_rx_errors_sum), nullif(sum(coalesce(c.net_rx_errors_n, c.n)), sum(c.n))::integer,
        min(c.net_tx_errors_min), max(c.net_tx_errors_max), sum(c.net_tx_errors_sum), nullif(sum(coalesce(c.net_tx_errors_n, c.n)), sum(c.n))::integer,
        min(c.net_rx_drops_min), max(c.net_rx_drops_max), sum(c.net_rx_drops_sum), nullif(sum(coalesce(c.net_rx_drops_n, c.n)), sum(c.n))::integer,
        min(c.net_tx_drops_min), max(c.net_tx_drops_max), sum(c.net_tx_drops_sum), nullif(sum(coalesce(c.net_tx_drops_n, c.n)), sum(c.n))::integer,
        min(c.temperature_min), max(c.temperature_max), sum(c.temperature_sum), nullif(sum(coalesce(c.temperature_n, c.n)), sum(c.n))::integer
      FROM sample_rollups AS c
      WHERE c.collector_id = k.collector AND c.resolution = v_child
        AND c.bucket_start >= k.start AND c.bucket_start < k.start + make_interval(secs => k.level)
    ) AS a
    WHERE k.level = v_level AND a.n IS NOT NULL
    ON CONFLICT (collector_id, resolution, bucket_start) DO UPDATE SET
      n = excluded.n,
      cpu_user_min = excluded.cpu_user_min, cpu_user_max = excluded.cpu_user_max, cpu_user_sum = excluded.cpu_user_sum, cpu_user_n = excluded.cpu_user_n,
      cpu_system_min = excluded.cpu_system_min, cpu_system_max = excluded.cpu_system_max, cpu_system_sum = excluded.cpu_system_sum, cpu_system_n = excluded.cpu_system_n,
      cpu_iowait_min = excluded.cpu_iowait_min, cpu_iowait_max = excluded.cpu_iowait_max, cpu_iowait_sum = excluded.cpu_iowait_sum, cpu_iowait_n = excluded.cpu_iowait_n,
      cpu_idle_min = excluded.cpu_idle_min, cpu_idle_max = excluded.cpu_idle_max, cpu_idle_sum = excluded.cpu_idle_sum, cpu_idle_n = excluded.cpu_idle_n,
      cpu_steal_min = excluded.cpu_steal_min, cpu_steal_max = excluded.cpu_steal_max, cpu_steal_sum = excluded.cpu_steal_sum, cpu_steal_n = excluded.cpu_steal_n,
      mem_total_min = excluded.mem_total_min, mem_total_max = excluded.mem_total_max, mem_total_sum = excluded.mem_total_sum, mem_total_n = excluded.mem_total_n,
      mem_used_min = excluded.mem_used_min, mem_used_max = excluded.mem_used_max, mem_used_sum = excluded.mem_used_sum, mem_used_n = excluded.mem_used_n,
      mem_available_min = excluded.mem_available_min, mem_available_max = excluded.mem_available_max, mem_available_sum = excluded.mem_available_sum, mem_available_n = excluded.mem_available_n,
      mem_buffers_min = excluded.mem_buffers_min, mem_buffers_max = excluded.mem_buffers_max, mem_buffers_sum = excluded.mem_buffers_sum, mem_buffers_n = excluded.mem_buffers_n,
      mem_cached_min = excluded.mem_cached_min, mem_cached_max = excluded.mem_cached_max, mem_cached_sum = excluded.mem_cached_sum, mem_cached_n = excluded.mem_cached_n,
      disk_read_bytes_min = excluded.disk_read_bytes_min, disk_read_bytes_max = excluded.disk_read_bytes_max, disk_read_bytes_sum = excluded.disk_read_bytes_sum, disk_read_bytes_n = excluded.disk_read_bytes_n,
      disk_write_bytes_min = excluded.disk_write_bytes_min, disk_write_bytes_max = excluded.disk_write_bytes_max, disk_write_bytes_sum = excluded.disk_write_bytes_sum, disk_write_bytes_n = excluded.disk_write_bytes_n,
      disk_read_ops_min = excluded.disk_read_ops_min, disk_read_ops_max = excluded.disk_read_ops_max, disk_read_ops_sum = excluded.disk_read_ops_sum, disk_read_ops_n = excluded.disk_read_ops_n,
      disk_write_ops_min = excluded.disk_write_ops_min, disk_write_ops_max = excluded.disk_write_ops_max, disk_write_ops_sum = excluded.disk_write_ops_sum, disk_write_ops_n = excluded.disk_write_ops_n,
      net_rx_bytes_min = excluded.net_rx_bytes_min, net_rx_bytes_max = excluded.net_rx_bytes_max, net_rx_bytes_sum = excluded.net_rx_bytes_sum, net_rx_bytes_n = excluded.net_rx_bytes_n,
      net_tx_bytes_min = excluded.net_tx_bytes_min, net_tx_bytes_max = excluded.net_tx_bytes_max, net_tx_bytes_sum = excluded.net_tx_bytes_sum, net_tx_bytes_n = excluded.net_tx_bytes_n,
      net_rx_packets_min = excluded.net_rx_packets_min, net_rx_packets_max = excluded.net_rx_packets_max, net_rx_packets_sum = excluded.net_rx_packets_sum, net_rx_packets_n = excluded.net_rx_packets_n,
      net_tx_packets_min = excluded.net_tx_packets_min, net_tx_packets_max = excluded.net_tx_packets_max, net_tx_packets_sum = excluded.net_tx_packets_sum, net_tx_packets_n = excluded.net_tx_packets_n,
      cpu_nice_min = excluded.cpu_nice_min, cpu_nice_max = excluded.cpu_nice_max, cpu_nice_sum = excluded.cpu_nice_sum, cpu_nice_n = excluded.cpu_nice_n,
      cpu_irq_min = excluded.cpu_irq_min, cpu_irq_max = excluded.cpu_irq_max, cpu_irq_sum = excluded.cpu_irq_sum, cpu_irq_n = excluded.cpu_irq_n,
      cpu_softirq_min = excluded.cpu_softirq_min, cpu_softirq_max = excluded.cpu_softirq_max, cpu_softirq_sum = excluded.cpu_softirq_sum, cpu_softirq_n = excluded.cpu_softirq_n,
      cpu_guest_min = excluded.cpu_guest_min, cpu_guest_max = excluded.cpu_guest_max, cpu_guest_sum = excluded.cpu_guest_sum, cpu_guest_n = excluded.cpu_guest_n,
      cpu_guest_nice_min = excluded.cpu_guest_nice_min, cpu_guest_nice_max = excluded.cpu_guest_nice_max, cpu_guest_nice_sum = excluded.cpu_guest_nice_sum, cpu_guest_nice_n = excluded.cpu_guest_nice_n,
      load_1m_min = excluded.load_1m_min, load_1m_max = excluded.load_1m_max, load_1m_sum = excluded.load_1m_sum, load_1m_n = excluded.load_1m_n,
      load_5m_min = excluded.load_5m_min, load_5m_max = excluded.load_5m_max, load_5m_sum = excluded.load_5m_sum, load_5m_n = excluded.load_5m_n,
      load_15m_min = excluded.load_15m_min, load_15m_max = excluded.load_15m_max, load_15m_sum = excluded.load_15m_sum, load_15m_n = excluded.load_15m_n,
      ctx_switches_min = excluded.ctx_switches_min, ctx_switches_max = excluded.ctx_switches_max, ctx_switches_sum = excluded.ctx_switches_sum, ctx_switches_n = excluded.ctx_switches_n,
      interrupts_min = excluded.interrupts_min, interrupts_max = excluded.interrupts_max, interrupts_sum = excluded.interrupts_sum, interrupts_n = excluded.interrupts_n,
      procs_running_min = excluded.procs_running_min, procs_running_max = excluded.procs_running_max, procs_running_sum = excluded.procs_running_sum, procs_running_n = excluded.procs_running_n,
      procs_blocked_min = excluded.procs_blocked_min, procs_blocked_max = excluded.procs_blocked_max, procs_blocked_sum = excluded.procs_blocked_sum, procs_blocked_n = excluded.procs_blocked_n,
      mem_free_min = excluded.mem_free_min, mem_free_max = excluded.mem_free_max, mem_free_sum = excluded.mem_free_sum, mem_free_n = excluded.mem_free_n,
      swap_total_min = excluded.swap_total_min, swap_total_max = excluded.swap_total_max, swap_total_sum = excluded.swap_total_sum, swap_total_n = excluded.swap_total_n,
      swap_used_min = excluded.swap_used_min, swap_used_max = excluded.swap_used_max, swap_used_sum = excluded.swap_used_sum, swap_used_n = excluded.swap_used_n,
      disk_util_min = excluded.disk_util_min, disk_util_max = excluded.disk_util_max, disk_util_sum = excluded.disk_util_sum, disk_util_n = excluded.disk_util_n,
      net_rx_errors_min = excluded.net_rx_errors_min, net_rx_errors_max = excluded.net_rx_errors_max, net_rx_errors_sum = excluded.net_rx_errors_sum, net_rx_errors_n = excluded.net_rx_errors_n,
      net_tx_errors_min = excluded.net_tx_errors_min, net_tx_errors_max = excluded.net_tx_errors_max, net_tx_errors_sum = excluded.net_tx_errors_sum, net_tx_errors_n = excluded.net_tx_errors_n,
      net_rx_drops_min = excluded.net_rx_drops_min, net_rx_drops_max = excluded.net_rx_drops_max, net_rx_drops_sum = excluded.net_rx_drops_sum, net_rx_drops_n = excluded.net_rx_drops_n,
      net_tx_drops_min = excluded.net_tx_drops_min, net_tx_drops_max = excluded.net_tx_drops_max, net_tx_drops_sum = excluded.net_tx_drops_sum, net_tx_drops_n = excluded.net_tx_drops_n,
      temperature_min = excluded.temperature_min, temperature_max = excluded.temperature_max, temperature_sum = excluded.temperature_sum, temperature_n = excluded.temperature_n;
  END LOOP;

  RETURN QUERY SELECT o.collector_id, o.resolution, o.bucket_start
    FROM unnest(p_collectors, p_latest) AS c (collector, latest)
    JOIN sample_rollups AS o ON o.collector_id = c.collector
    WHERE o.sketch IS NULL AND o.resolution >= 300
      AND o.bucket_start <= c.latest - make_interval(secs => o.resolution);
END
$fn$;
`,
};
