import type { Migration } from './migration.js';

/**
 * rollups_add_many set-based: one statement a step for all the collectors of a group, instead of rollups_add
 * (eight statements or more) for each. The steps and their SQL are rollups_add's (2026-11-23-08): the
 * collectors' rollup locks, in the order given; the batch's sketch parts appended to the closed buckets it adds
 * to; the 30 s buckets it touched recomputed from the raw rows; each coarser level from the level below; and
 * the open buckets that the collectors' data has gone past, to close. Every bucket's children are still read
 * by a LATERAL subquery whose range is the index condition, now with the collector taken from the entry.
 */
export const migration: Migration = {
  name: '2026-12-06-46-rollups-add-set',
  target: 'tenant',
  sql: `
CREATE OR REPLACE FUNCTION rollups_add_many(
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
