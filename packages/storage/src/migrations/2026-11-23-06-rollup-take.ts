import type { Migration } from './migration.js';

/**
 * Rollup maintenance in fewer round trips: rollups_take, and open buckets at every sketch level. The 5-minute
 * sketches, like the hourly and daily ones, stay open (NULL) while data arrives in their bucket and are closed
 * by the first batch past its end, so that a small batch never rewrites a sketch.
 */
export const migration: Migration = {
  name: '2026-11-23-06-rollup-take',
  target: 'tenant',
  sql: `
DROP INDEX sample_rollups_open_idx;
CREATE INDEX sample_rollups_open_idx ON sample_rollups (collector_id, resolution, bucket_start)
  WHERE sketch IS NULL AND resolution >= 300;

-- What a batch does first to a collector's rollups, in one round trip and with plans cached by the session:
-- takes the collector's rollup lock, deletes and returns the rows of the buckets it will write back merged
-- (p_levels[i], p_starts[i]), then returns the open buckets of the sketch levels that it has gone past, to
-- close. Each DELETE names a whole primary key, so that its plan is an index scan whatever the statistics say.
CREATE FUNCTION rollups_take(
  p_collector uuid, p_lock_class integer, p_lock_key integer,
  p_levels integer[], p_starts timestamptz[], p_latest timestamptz
) RETURNS SETOF sample_rollups LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
DECLARE
  v_level integer;
BEGIN
  PERFORM pg_advisory_xact_lock(p_lock_class, p_lock_key);
  FOR v_level IN SELECT DISTINCT l FROM unnest(p_levels) AS l LOOP
    RETURN QUERY WITH taken AS (
      DELETE FROM sample_rollups
      WHERE collector_id = p_collector AND resolution = v_level
        AND bucket_start = ANY (ARRAY(SELECT k.s FROM unnest(p_levels, p_starts) AS k (l, s) WHERE k.l = v_level))
      RETURNING *)
    SELECT * FROM taken;
  END LOOP;
  RETURN QUERY SELECT * FROM sample_rollups
    WHERE collector_id = p_collector AND sketch IS NULL AND resolution >= 300
      AND bucket_start <= p_latest - make_interval(secs => resolution);
END
$fn$;
`,
};
