import type { Migration } from './migration.js';

/**
 * Compact samples: each sample's per-device values live in its samples row, one json column per kind (cpus,
 * disks, nets, filesystems, temperatures, containers), and the devices' names once per distinct set in
 * sample_device_names, which the row names (device_names), instead of one row per device in six tables with a
 * primary key each. A realistic sample (2 CPUs, 2 disks, 2 interfaces, 3 filesystems) took about 2,700 bytes
 * on disk with its indexes and rollups, and takes under 1,000. The lists' format is sample-devices.ts'; a
 * value is written as the shortest text that reads back as the same double (float8's output, with
 * extra_float_digits ≥ 1), so nothing is lost. The json type keeps the text as written (jsonb would store
 * every number as a wider numeric).
 *
 * The old tables' rows are moved in (each list in name order) and the tables replaced by views of the same
 * names and columns, for reading (deviceSeries, tests); deleting a samples row deletes its devices. The rows
 * rewritten leave dead space in samples until VACUUM reclaims it (VACUUM FULL gives it back to the file system).
 */
export const migration: Migration = {
  name: '2026-12-06-40-devices-in-samples',
  target: 'tenant',
  sql: `
SET extra_float_digits = 1;
ALTER TABLE samples
  ADD COLUMN device_names uuid,
  ADD COLUMN cpus json,
  ADD COLUMN disks json,
  ADD COLUMN nets json,
  ADD COLUMN filesystems json,
  ADD COLUMN temperatures json,
  ADD COLUMN containers json;

CREATE TABLE sample_device_names (
  id    uuid PRIMARY KEY,
  names json NOT NULL
);

CREATE TEMPORARY TABLE pa_devices AS
SELECT collector_id, ts, 0 AS kind,
  '"cpus":[' || string_agg('[' || to_json(cpu)::text || ']', ',' ORDER BY cpu) || ']' AS names,
  '[' || string_agg('[' || substr(regexp_replace(',' || concat_ws(',',
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
    ), '(,null)+$', ''), 2) || ']', ',' ORDER BY cpu) || ']' AS list
FROM sample_cpus GROUP BY collector_id, ts
UNION ALL
SELECT collector_id, ts, 1 AS kind,
  '"disks":[' || string_agg('[' || to_json(device)::text || ']', ',' ORDER BY device) || ']' AS names,
  '[' || string_agg('[' || substr(regexp_replace(',' || concat_ws(',',
      CASE WHEN read_bytes IS NULL THEN 'null' WHEN read_bytes IN ('NaN', 'Infinity', '-Infinity') THEN '"' || read_bytes::text || '"' ELSE read_bytes::text END,
      CASE WHEN write_bytes IS NULL THEN 'null' WHEN write_bytes IN ('NaN', 'Infinity', '-Infinity') THEN '"' || write_bytes::text || '"' ELSE write_bytes::text END,
      CASE WHEN read_ops IS NULL THEN 'null' WHEN read_ops IN ('NaN', 'Infinity', '-Infinity') THEN '"' || read_ops::text || '"' ELSE read_ops::text END,
      CASE WHEN write_ops IS NULL THEN 'null' WHEN write_ops IN ('NaN', 'Infinity', '-Infinity') THEN '"' || write_ops::text || '"' ELSE write_ops::text END,
      CASE WHEN util IS NULL THEN 'null' WHEN util IN ('NaN', 'Infinity', '-Infinity') THEN '"' || util::text || '"' ELSE util::text END,
      CASE WHEN await_ms IS NULL THEN 'null' WHEN await_ms IN ('NaN', 'Infinity', '-Infinity') THEN '"' || await_ms::text || '"' ELSE await_ms::text END
    ), '(,null)+$', ''), 2) || ']', ',' ORDER BY device) || ']' AS list
FROM sample_disks GROUP BY collector_id, ts
UNION ALL
SELECT collector_id, ts, 2 AS kind,
  '"nets":[' || string_agg('[' || to_json(iface)::text || ']', ',' ORDER BY iface) || ']' AS names,
  '[' || string_agg('[' || substr(regexp_replace(',' || concat_ws(',',
      CASE WHEN rx_bytes IS NULL THEN 'null' WHEN rx_bytes IN ('NaN', 'Infinity', '-Infinity') THEN '"' || rx_bytes::text || '"' ELSE rx_bytes::text END,
      CASE WHEN tx_bytes IS NULL THEN 'null' WHEN tx_bytes IN ('NaN', 'Infinity', '-Infinity') THEN '"' || tx_bytes::text || '"' ELSE tx_bytes::text END,
      CASE WHEN rx_packets IS NULL THEN 'null' WHEN rx_packets IN ('NaN', 'Infinity', '-Infinity') THEN '"' || rx_packets::text || '"' ELSE rx_packets::text END,
      CASE WHEN tx_packets IS NULL THEN 'null' WHEN tx_packets IN ('NaN', 'Infinity', '-Infinity') THEN '"' || tx_packets::text || '"' ELSE tx_packets::text END,
      CASE WHEN rx_errors IS NULL THEN 'null' WHEN rx_errors IN ('NaN', 'Infinity', '-Infinity') THEN '"' || rx_errors::text || '"' ELSE rx_errors::text END,
      CASE WHEN tx_errors IS NULL THEN 'null' WHEN tx_errors IN ('NaN', 'Infinity', '-Infinity') THEN '"' || tx_errors::text || '"' ELSE tx_errors::text END,
      CASE WHEN rx_drops IS NULL THEN 'null' WHEN rx_drops IN ('NaN', 'Infinity', '-Infinity') THEN '"' || rx_drops::text || '"' ELSE rx_drops::text END,
      CASE WHEN tx_drops IS NULL THEN 'null' WHEN tx_drops IN ('NaN', 'Infinity', '-Infinity') THEN '"' || tx_drops::text || '"' ELSE tx_drops::text END
    ), '(,null)+$', ''), 2) || ']', ',' ORDER BY iface) || ']' AS list
FROM sample_nets GROUP BY collector_id, ts
UNION ALL
SELECT collector_id, ts, 3 AS kind,
  '"filesystems":[' || string_agg('[' || to_json(mount)::text || ',' || to_json(fstype)::text || ',' || to_json(source)::text || ']', ',' ORDER BY mount) || ']' AS names,
  '[' || string_agg('[' || substr(regexp_replace(',' || concat_ws(',',
      CASE WHEN size_mb IS NULL THEN 'null' WHEN size_mb IN ('NaN', 'Infinity', '-Infinity') THEN '"' || size_mb::text || '"' ELSE size_mb::text END,
      CASE WHEN used_mb IS NULL THEN 'null' WHEN used_mb IN ('NaN', 'Infinity', '-Infinity') THEN '"' || used_mb::text || '"' ELSE used_mb::text END,
      CASE WHEN avail_mb IS NULL THEN 'null' WHEN avail_mb IN ('NaN', 'Infinity', '-Infinity') THEN '"' || avail_mb::text || '"' ELSE avail_mb::text END,
      CASE WHEN used_pct IS NULL THEN 'null' WHEN used_pct IN ('NaN', 'Infinity', '-Infinity') THEN '"' || used_pct::text || '"' ELSE used_pct::text END,
      CASE WHEN inodes_total IS NULL THEN 'null' WHEN inodes_total IN ('NaN', 'Infinity', '-Infinity') THEN '"' || inodes_total::text || '"' ELSE inodes_total::text END,
      CASE WHEN inodes_used IS NULL THEN 'null' WHEN inodes_used IN ('NaN', 'Infinity', '-Infinity') THEN '"' || inodes_used::text || '"' ELSE inodes_used::text END
    ), '(,null)+$', ''), 2) || ']', ',' ORDER BY mount) || ']' AS list
FROM sample_filesystems GROUP BY collector_id, ts
UNION ALL
SELECT collector_id, ts, 4 AS kind,
  '"temperatures":[' || string_agg('[' || to_json(sensor)::text || ']', ',' ORDER BY sensor) || ']' AS names,
  '[' || string_agg('[' || substr(regexp_replace(',' || concat_ws(',',
      CASE WHEN celsius IS NULL THEN 'null' WHEN celsius IN ('NaN', 'Infinity', '-Infinity') THEN '"' || celsius::text || '"' ELSE celsius::text END
    ), '(,null)+$', ''), 2) || ']', ',' ORDER BY sensor) || ']' AS list
FROM sample_temperatures GROUP BY collector_id, ts
UNION ALL
SELECT collector_id, ts, 5 AS kind,
  '"containers":[' || string_agg('[' || to_json(container_id)::text || ',' || to_json(container_name)::text || ']', ',' ORDER BY container_id) || ']' AS names,
  '[' || string_agg('[' || substr(regexp_replace(',' || concat_ws(',',
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
    ), '(,null)+$', ''), 2) || ']', ',' ORDER BY container_id) || ']' AS list
FROM sample_containers GROUP BY collector_id, ts;

CREATE TEMPORARY TABLE pa_sample_devices AS
SELECT collector_id, ts, '{' || string_agg(names, ',' ORDER BY kind) || '}' AS names,
  max(list) FILTER (WHERE kind = 0) AS cpus,
  max(list) FILTER (WHERE kind = 1) AS disks,
  max(list) FILTER (WHERE kind = 2) AS nets,
  max(list) FILTER (WHERE kind = 3) AS filesystems,
  max(list) FILTER (WHERE kind = 4) AS temperatures,
  max(list) FILTER (WHERE kind = 5) AS containers
FROM pa_devices GROUP BY collector_id, ts;

INSERT INTO sample_device_names (id, names)
SELECT md5(names)::uuid, min(names)::json FROM pa_sample_devices GROUP BY 1;

UPDATE samples AS s SET device_names = md5(d.names)::uuid,
  cpus = d.cpus::json, disks = d.disks::json, nets = d.nets::json, filesystems = d.filesystems::json, temperatures = d.temperatures::json, containers = d.containers::json
FROM pa_sample_devices AS d
WHERE s.collector_id = d.collector_id AND s.ts = d.ts;

DROP TABLE pa_devices, pa_sample_devices, sample_cpus, sample_disks, sample_nets, sample_filesystems, sample_temperatures, sample_containers;

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
`,
};
