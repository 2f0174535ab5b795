import type { Migration } from './migration.js';

/**
 * rollups_add for several collectors in one call: what the ingest role's group commit needs to keep the rollups
 * of a whole group with one statement instead of one a collector (each a round trip). Collector i's entries are
 * the next p_counts[i] of the level, start, offset, length and closed arrays; the sketch offsets index the one
 * p_parts for all. Each collector's call takes its own rollup lock, in the order given (callers sort them).
 */
export const migration: Migration = {
  name: '2026-12-06-35-rollups-add-many',
  target: 'tenant',
  sql: `
CREATE FUNCTION rollups_add_many(
  p_collectors uuid[], p_lock_class integer, p_lock_keys integer[], p_counts integer[],
  p_levels integer[], p_starts timestamptz[],
  p_parts bytea, p_part_offsets integer[], p_part_lengths integer[], p_closed boolean[],
  p_latest timestamptz[]
) RETURNS TABLE (o_collector uuid, o_resolution integer, o_start timestamptz)
LANGUAGE plpgsql SET search_path FROM CURRENT
AS $fn$
DECLARE
  v_i integer;
  v_from integer := 1;
  v_to integer;
BEGIN
  FOR v_i IN 1 .. coalesce(array_length(p_collectors, 1), 0) LOOP
    v_to := v_from + p_counts[v_i] - 1;
    RETURN QUERY SELECT p_collectors[v_i], r.o_resolution, r.o_start
      FROM rollups_add(p_collectors[v_i], p_lock_class, p_lock_keys[v_i],
        p_levels[v_from:v_to], p_starts[v_from:v_to], p_parts, p_part_offsets[v_from:v_to],
        p_part_lengths[v_from:v_to], p_closed[v_from:v_to], p_latest[v_i]) AS r;
    v_from := v_to + 1;
  END LOOP;
END
$fn$;
`,
};
