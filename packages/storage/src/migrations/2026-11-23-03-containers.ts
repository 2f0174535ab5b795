import type { Migration } from './migration.js';

/**
 * Per-container samples: one row per collector, time and container, with the container's name as it was
 * then and the shared CONTAINER_METRICS (a test compares the columns with that list). mem_limit_mb is NULL
 * for a container without a memory limit; any metric is NULL where its cgroup file was missing.
 */
export const migration: Migration = {
  name: '2026-11-23-03-containers',
  target: 'tenant',
  sql: `
CREATE TABLE sample_containers (
  collector_id       uuid NOT NULL,
  ts                 timestamptz NOT NULL,
  container_id       text COLLATE "C" NOT NULL,
  container_name     text NOT NULL,
  cpu_percent        double precision,
  mem_usage_mb       double precision,
  mem_limit_mb       double precision,
  mem_rss_mb         double precision,
  mem_cache_mb       double precision,
  mem_working_set_mb double precision,
  blk_read_bytes     double precision,
  blk_write_bytes    double precision,
  blk_read_ops       double precision,
  blk_write_ops      double precision,
  net_rx_bytes       double precision,
  net_tx_bytes       double precision,
  net_rx_packets     double precision,
  net_tx_packets     double precision,
  net_rx_errors      double precision,
  net_tx_errors      double precision,
  net_rx_drops       double precision,
  net_tx_drops       double precision,
  pids               double precision,
  PRIMARY KEY (collector_id, ts, container_id)
);
`,
};
