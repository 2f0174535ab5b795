import type { Migration } from './migration.js';

/**
 * Compact samples: each sample's per-device lists live in its samples row, one json column per kind (cpus,
 * disks, nets, filesystems, temperatures, containers), instead of one row per device in six tables with a
 * primary key each: a realistic sample (2 CPUs, 2 disks, 2 interfaces, 3 filesystems) took about 2,700 bytes on
 * disk with its indexes and rollups, and takes under 1,000. A list is `[[name…, value…], …]`: the device's
 * names (as the old table's name columns, in order), then its metrics in the shared list's order, trailing
 * NULLs left out; a value is written as the shortest text that reads back as the same double (what float8
 * output and JavaScript's String give), so nothing is lost; NaN and ±Infinity as strings, which float8 reads.
 * The json type keeps the text as written (jsonb would store every number as a wider numeric).
 *
 * The old tables' rows are moved in (a device list in name order) and the tables replaced by views of the same
 * names and columns, for reading (deviceSeries, tests); deleting a samples row deletes its devices.
 * The moved rows leave dead space in samples until VACUUM reclaims it (VACUUM FULL to give it back to the
 * file system).
 */
export const migration: Migration = {
  name: '2026-12-06-40-devices-in-samples',
  target: 'tenant',
  sql: `
SET extra_float_digits = 1;
ALTER TABLE samples
  ADD COLUMN cpus json,
  ADD COLUMN disks json,
  ADD COLUMN nets json,
  ADD COLUMN filesystems json,
  ADD COLUMN temperatures json,
  ADD COLUMN containers json;

UPDATE samples AS s SET cpus = d.list
FROM (
  SELECT collector_id, ts, ('[' || string_agg('[' || regexp_replace(concat_ws(',',
        to_json(cpu)::text,
        CASE WHEN "user" IS NULL THEN 'null' WHEN "user" IN ('NaN', 'Infinity', '-Infinity') THEN '"' || "user"::text || '"' ELSE "user"::text END,
        CASE WHEN nice IS NULL THEN 'null' WHEN nice IN ('NaN', 'Infinity', '-Infinity') THEN '"' || nice::text || '"' ELSE nice::text END,
        CASE WHEN system IS NULL THEN 'null' WHEN system IN ('NaN', 'Infinity', '-Infinity') THEN '"' || system::text || '"' ELSE system::text END,
        CASE WHEN idle IS NULL THEN 'null' WHEN idle IN ('NaN', 'Infinity', '-Infinity') THEN '"' || idle::text || '"' ELSE idle::text END,
        CASE WHEN iowait IS NULL THEN 'null' WHEN iowait IN ('NaN', 'Infinity', '-Infinity') THEN '"' || iowait::text || '"' ELSE iowait::text END,
        CASE WHEN irq IS NULL THEN 'null' WHEN irq IN ('NaN', 'Infinity', '-Infinity') THEN '"' || irq::text || '"' ELSE irq::text END,
        CASE WHEN softirq IS NULL THEN 'null' WHEN softirq IN ('NaN', 'Infinity', '-Infinity') THEN '"' || softirq::text || '"' ELSE softirq::text END,
        CASE WHEN steal IS NULL THEN 'null' WHEN steal IN ('NaN', 'Infinity', '-Infinity') THEN '"' || steal::text || '"' ELSE steal::text END,
        CASE WHEN guest IS NULL THEN 'null' WHEN guest IN ('NaN', 'Infinity', '-Infinity') THEN '"' || guest::text || '"' ELSE guest::text END,
        CASE WHEN guest_nice IS NULL THEN 'null' WHEN guest_nice IN ('NaN', 'Infinity', '-Infinity') THEN '"' || guest_nice::text || '"' ELSE guest_nice::text END,
        CASE WHEN mhz IS NULL THEN 'null' WHEN mhz IN ('NaN', 'Infinity', '-Infinity') THEN '"' || mhz::text || '"' ELSE mhz::text END
      ), '(,null)+$', '') || ']', ',' ORDER BY cpu) || ']')::json AS list
  FROM sample_cpus GROUP BY collector_id, ts
) AS d
WHERE s.collector_id = d.collector_id AND s.ts = d.ts;
DROP TABLE sample_cpus;

UPDATE samples AS s SET disks = d.list
FROM (
  SELECT collector_id, ts, ('[' || string_agg('[' || regexp_replace(concat_ws(',',
        to_json(device)::text,
        CASE WHEN read_bytes IS NULL THEN 'null' WHEN read_bytes IN ('NaN', 'Infinity', '-Infinity') THEN '"' || read_bytes::text || '"' ELSE read_bytes::text END,
        CASE WHEN write_bytes IS NULL THEN 'null' WHEN write_bytes IN ('NaN', 'Infinity', '-Infinity') THEN '"' || write_bytes::text || '"' ELSE write_bytes::text END,
        CASE WHEN read_ops IS NULL THEN 'null' WHEN read_ops IN ('NaN', 'Infinity', '-Infinity') THEN '"' || read_ops::text || '"' ELSE read_ops::text END,
        CASE WHEN write_ops IS NULL THEN 'null' WHEN write_ops IN ('NaN', 'Infinity', '-Infinity') THEN '"' || write_ops::text || '"' ELSE write_ops::text END,
        CASE WHEN util IS NULL THEN 'null' WHEN util IN ('NaN', 'Infinity', '-Infinity') THEN '"' || util::text || '"' ELSE util::text END,
        CASE WHEN await_ms IS NULL THEN 'null' WHEN await_ms IN ('NaN', 'Infinity', '-Infinity') THEN '"' || await_ms::text || '"' ELSE await_ms::text END
      ), '(,null)+$', '') || ']', ',' ORDER BY device) || ']')::json AS list
  FROM sample_disks GROUP BY collector_id, ts
) AS d
WHERE s.collector_id = d.collector_id AND s.ts = d.ts;
DROP TABLE sample_disks;

UPDATE samples AS s SET nets = d.list
FROM (
  SELECT collector_id, ts, ('[' || string_agg('[' || regexp_replace(concat_ws(',',
        to_json(iface)::text,
        CASE WHEN rx_bytes IS NULL THEN 'null' WHEN rx_bytes IN ('NaN', 'Infinity', '-Infinity') THEN '"' || rx_bytes::text || '"' ELSE rx_bytes::text END,
        CASE WHEN tx_bytes IS NULL THEN 'null' WHEN tx_bytes IN ('NaN', 'Infinity', '-Infinity') THEN '"' || tx_bytes::text || '"' ELSE tx_bytes::text END,
        CASE WHEN rx_packets IS NULL THEN 'null' WHEN rx_packets IN ('NaN', 'Infinity', '-Infinity') THEN '"' || rx_packets::text || '"' ELSE rx_packets::text END,
        CASE WHEN tx_packets IS NULL THEN 'null' WHEN tx_packets IN ('NaN', 'Infinity', '-Infinity') THEN '"' || tx_packets::text || '"' ELSE tx_packets::text END,
        CASE WHEN rx_errors IS NULL THEN 'null' WHEN rx_errors IN ('NaN', 'Infinity', '-Infinity') THEN '"' || rx_errors::text || '"' ELSE rx_errors::text END,
        CASE WHEN tx_errors IS NULL THEN 'null' WHEN tx_errors IN ('NaN', 'Infinity', '-Infinity') THEN '"' || tx_errors::text || '"' ELSE tx_errors::text END,
        CASE WHEN rx_drops IS NULL THEN 'null' WHEN rx_drops IN ('NaN', 'Infinity', '-Infinity') THEN '"' || rx_drops::text || '"' ELSE rx_drops::text END,
        CASE WHEN tx_drops IS NULL THEN 'null' WHEN tx_drops IN ('NaN', 'Infinity', '-Infinity') THEN '"' || tx_drops::text || '"' ELSE tx_drops::text END
      ), '(,null)+$', '') || ']', ',' ORDER BY iface) || ']')::json AS list
  FROM sample_nets GROUP BY collector_id, ts
) AS d
WHERE s.collector_id = d.collector_id AND s.ts = d.ts;
DROP TABLE sample_nets;

UPDATE samples AS s SET filesystems = d.list
FROM (
  SELECT collector_id, ts, ('[' || string_agg('[' || regexp_replace(concat_ws(',',
        to_json(mount)::text,
        to_json(fstype)::text,
        to_json(source)::text,
        CASE WHEN size_mb IS NULL THEN 'null' WHEN size_mb IN ('NaN', 'Infinity', '-Infinity') THEN '"' || size_mb::text || '"' ELSE size_mb::text END,
        CASE WHEN used_mb IS NULL THEN 'null' WHEN used_mb IN ('NaN', 'Infinity', '-Infinity') THEN '"' || used_mb::text || '"' ELSE used_mb::text END,
        CASE WHEN avail_mb IS NULL THEN 'null' WHEN avail_mb IN ('NaN', 'Infinity', '-Infinity') THEN '"' || avail_mb::text || '"' ELSE avail_mb::text END,
        CASE WHEN used_pct IS NULL THEN 'null' WHEN used_pct IN ('NaN', 'Infinity', '-Infinity') THEN '"' || used_pct::text || '"' ELSE used_pct::text END,
        CASE WHEN inodes_total IS NULL THEN 'null' WHEN inodes_total IN ('NaN', 'Infinity', '-Infinity') THEN '"' || inodes_total::text || '"' ELSE inodes_total::text END,
        CASE WHEN inodes_used IS NULL THEN 'null' WHEN inodes_used IN ('NaN', 'Infinity', '-Infinity') THEN '"' || inodes_used::text || '"' ELSE inodes_used::text END
      ), '(,null)+$', '') || ']', ',' ORDER BY mount) || ']')::json AS list
  FROM sample_filesystems GROUP BY collector_id, ts
) AS d
WHERE s.collector_id = d.collector_id AND s.ts = d.ts;
DROP TABLE sample_filesystems;

UPDATE samples AS s SET temperatures = d.list
FROM (
  SELECT collector_id, ts, ('[' || string_agg('[' || regexp_replace(concat_ws(',',
        to_json(sensor)::text,
        CASE WHEN celsius IS NULL THEN 'null' WHEN celsius IN ('NaN', 'Infinity', '-Infinity') THEN '"' || celsius::text || '"' ELSE celsius::text END
      ), '(,null)+$', '') || ']', ',' ORDER BY sensor) || ']')::json AS list
  FROM sample_temperatures GROUP BY collector_id, ts
) AS d
WHERE s.collector_id = d.collector_id AND s.ts = d.ts;
DROP TABLE sample_temperatures;

UPDATE samples AS s SET containers = d.list
FROM (
  SELECT collector_id, ts, ('[' || string_agg('[' || regexp_replace(concat_ws(',',
        to_json(container_id)::text,
        to_json(container_name)::text,
        CASE WHEN cpu_percent IS NULL THEN 'null' WHEN cpu_percent IN ('NaN', 'Infinity', '-Infinity') THEN '"' || cpu_percent::text || '"' ELSE cpu_percent::text END,
        CASE WHEN mem_usage_mb IS NULL THEN 'null' WHEN mem_usage_mb IN ('NaN', 'Infinity', '-Infinity') THEN '"' || mem_usage_mb::text || '"' ELSE mem_usage_mb::text END,
        CASE WHEN mem_limit_mb IS NULL THEN 'null' WHEN mem_limit_mb IN ('NaN', 'Infinity', '-Infinity') THEN '"' || mem_limit_mb::text || '"' ELSE mem_limit_mb::text END,
        CASE WHEN mem_rss_mb IS NULL THEN 'null' WHEN mem_rss_mb IN ('NaN', 'Infinity', '-Infinity') THEN '"' || mem_rss_mb::text || '"' ELSE mem_rss_mb::text END,
        CASE WHEN mem_cache_mb IS NULL THEN 'null' WHEN mem_cache_mb IN ('NaN', 'Infinity', '-Infinity') THEN '"' || mem_cache_mb::text || '"' ELSE mem_cache_mb::text END,
        CASE WHEN mem_working_set_mb IS NULL THEN 'null' WHEN mem_working_set_mb IN ('NaN', 'Infinity', '-Infinity') THEN '"' || mem_working_set_mb::text || '"' ELSE mem_working_set_mb::text END,
        CASE WHEN blk_read_bytes IS NULL THEN 'null' WHEN blk_read_bytes IN ('NaN', 'Infinity', '-Infinity') THEN '"' || blk_read_bytes::text || '"' ELSE blk_read_bytes::text END,
        CASE WHEN blk_write_bytes IS NULL THEN 'null' WHEN blk_write_bytes IN ('NaN', 'Infinity', '-Infinity') THEN '"' || blk_write_bytes::text || '"' ELSE blk_write_bytes::text END,
        CASE WHEN blk_read_ops IS NULL THEN 'null' WHEN blk_read_ops IN ('NaN', 'Infinity', '-Infinity') THEN '"' || blk_read_ops::text || '"' ELSE blk_read_ops::text END,
        CASE WHEN blk_write_ops IS NULL THEN 'null' WHEN blk_write_ops IN ('NaN', 'Infinity', '-Infinity') THEN '"' || blk_write_ops::text || '"' ELSE blk_write_ops::text END,
        CASE WHEN net_rx_bytes IS NULL THEN 'null' WHEN net_rx_bytes IN ('NaN', 'Infinity', '-Infinity') THEN '"' || net_rx_bytes::text || '"' ELSE net_rx_bytes::text END,
        CASE WHEN net_tx_bytes IS NULL THEN 'null' WHEN net_tx_bytes IN ('NaN', 'Infinity', '-Infinity') THEN '"' || net_tx_bytes::text || '"' ELSE net_tx_bytes::text END,
        CASE WHEN net_rx_packets IS NULL THEN 'null' WHEN net_rx_packets IN ('NaN', 'Infinity', '-Infinity') THEN '"' || net_rx_packets::text || '"' ELSE net_rx_packets::text END,
        CASE WHEN net_tx_packets IS NULL THEN 'null' WHEN net_tx_packets IN ('NaN', 'Infinity', '-Infinity') THEN '"' || net_tx_packets::text || '"' ELSE net_tx_packets::text END,
        CASE WHEN net_rx_errors IS NULL THEN 'null' WHEN net_rx_errors IN ('NaN', 'Infinity', '-Infinity') THEN '"' || net_rx_errors::text || '"' ELSE net_rx_errors::text END,
        CASE WHEN net_tx_errors IS NULL THEN 'null' WHEN net_tx_errors IN ('NaN', 'Infinity', '-Infinity') THEN '"' || net_tx_errors::text || '"' ELSE net_tx_errors::text END,
        CASE WHEN net_rx_drops IS NULL THEN 'null' WHEN net_rx_drops IN ('NaN', 'Infinity', '-Infinity') THEN '"' || net_rx_drops::text || '"' ELSE net_rx_drops::text END,
        CASE WHEN net_tx_drops IS NULL THEN 'null' WHEN net_tx_drops IN ('NaN', 'Infinity', '-Infinity') THEN '"' || net_tx_drops::text || '"' ELSE net_tx_drops::text END,
        CASE WHEN pids IS NULL THEN 'null' WHEN pids IN ('NaN', 'Infinity', '-Infinity') THEN '"' || pids::text || '"' ELSE pids::text END
      ), '(,null)+$', '') || ']', ',' ORDER BY container_id) || ']')::json AS list
  FROM sample_containers GROUP BY collector_id, ts
) AS d
WHERE s.collector_id = d.collector_id AND s.ts = d.ts;
DROP TABLE sample_containers;

CREATE VIEW sample_cpus AS
SELECT
  s.collector_id,
  s.ts,
  (d.e ->> 0) COLLATE "C" AS cpu,
  (d.e ->> 1)::double precision AS "user",
  (d.e ->> 2)::double precision AS nice,
  (d.e ->> 3)::double precision AS system,
  (d.e ->> 4)::double precision AS idle,
  (d.e ->> 5)::double precision AS iowait,
  (d.e ->> 6)::double precision AS irq,
  (d.e ->> 7)::double precision AS softirq,
  (d.e ->> 8)::double precision AS steal,
  (d.e ->> 9)::double precision AS guest,
  (d.e ->> 10)::double precision AS guest_nice,
  (d.e ->> 11)::double precision AS mhz,
  s.upload_id
FROM samples AS s CROSS JOIN LATERAL json_array_elements(s.cpus) AS d (e);

CREATE VIEW sample_disks AS
SELECT
  s.collector_id,
  s.ts,
  (d.e ->> 0) COLLATE "C" AS device,
  (d.e ->> 1)::double precision AS read_bytes,
  (d.e ->> 2)::double precision AS write_bytes,
  (d.e ->> 3)::double precision AS read_ops,
  (d.e ->> 4)::double precision AS write_ops,
  (d.e ->> 5)::double precision AS util,
  (d.e ->> 6)::double precision AS await_ms,
  s.upload_id
FROM samples AS s CROSS JOIN LATERAL json_array_elements(s.disks) AS d (e);

CREATE VIEW sample_nets AS
SELECT
  s.collector_id,
  s.ts,
  (d.e ->> 0) COLLATE "C" AS iface,
  (d.e ->> 1)::double precision AS rx_bytes,
  (d.e ->> 2)::double precision AS tx_bytes,
  (d.e ->> 3)::double precision AS rx_packets,
  (d.e ->> 4)::double precision AS tx_packets,
  (d.e ->> 5)::double precision AS rx_errors,
  (d.e ->> 6)::double precision AS tx_errors,
  (d.e ->> 7)::double precision AS rx_drops,
  (d.e ->> 8)::double precision AS tx_drops,
  s.upload_id
FROM samples AS s CROSS JOIN LATERAL json_array_elements(s.nets) AS d (e);

CREATE VIEW sample_filesystems AS
SELECT
  s.collector_id,
  s.ts,
  (d.e ->> 0) COLLATE "C" AS mount,
  d.e ->> 1 AS fstype,
  d.e ->> 2 AS source,
  (d.e ->> 3)::double precision AS size_mb,
  (d.e ->> 4)::double precision AS used_mb,
  (d.e ->> 5)::double precision AS avail_mb,
  (d.e ->> 6)::double precision AS used_pct,
  (d.e ->> 7)::double precision AS inodes_total,
  (d.e ->> 8)::double precision AS inodes_used,
  s.upload_id
FROM samples AS s CROSS JOIN LATERAL json_array_elements(s.filesystems) AS d (e);

CREATE VIEW sample_temperatures AS
SELECT
  s.collector_id,
  s.ts,
  (d.e ->> 0) COLLATE "C" AS sensor,
  (d.e ->> 1)::double precision AS celsius,
  s.upload_id
FROM samples AS s CROSS JOIN LATERAL json_array_elements(s.temperatures) AS d (e);

CREATE VIEW sample_containers AS
SELECT
  s.collector_id,
  s.ts,
  (d.e ->> 0) COLLATE "C" AS container_id,
  d.e ->> 1 AS container_name,
  (d.e ->> 2)::double precision AS cpu_percent,
  (d.e ->> 3)::double precision AS mem_usage_mb,
  (d.e ->> 4)::double precision AS mem_limit_mb,
  (d.e ->> 5)::double precision AS mem_rss_mb,
  (d.e ->> 6)::double precision AS mem_cache_mb,
  (d.e ->> 7)::double precision AS mem_working_set_mb,
  (d.e ->> 8)::double precision AS blk_read_bytes,
  (d.e ->> 9)::double precision AS blk_write_bytes,
  (d.e ->> 10)::double precision AS blk_read_ops,
  (d.e ->> 11)::double precision AS blk_write_ops,
  (d.e ->> 12)::double precision AS net_rx_bytes,
  (d.e ->> 13)::double precision AS net_tx_bytes,
  (d.e ->> 14)::double precision AS net_rx_packets,
  (d.e ->> 15)::double precision AS net_tx_packets,
  (d.e ->> 16)::double precision AS net_rx_errors,
  (d.e ->> 17)::double precision AS net_tx_errors,
  (d.e ->> 18)::double precision AS net_rx_drops,
  (d.e ->> 19)::double precision AS net_tx_drops,
  (d.e ->> 20)::double precision AS pids,
  s.upload_id
FROM samples AS s CROSS JOIN LATERAL json_array_elements(s.containers) AS d (e);
`,
};
