import { figureProblem } from '@perfanalysis/shared';
import { ImplausibleValueError } from '../database/errors.js';
import type { TenantHandle } from '../tenancy/tenant-handle.js';

/** A load-test step: the CPU work units a collector's machine delivered at one utilisation level. */
export interface LoadTestResult {
  readonly id: number;
  readonly collectorId: string;
  readonly name: string;
  readonly utilizationPct: number;
  readonly workUnits: number;
  readonly runAt: Date;
  readonly details: unknown;
  /** The run (`pcc loadtest`) the level belongs to; null for a level posted on its own. */
  readonly runId: number | null;
  /** The work unit's version of that run; null for a level posted on its own. */
  readonly workUnitVersion: number | null;
}

interface LoadTestRow {
  id: number;
  collector_id: string;
  name: string;
  utilization_pct: number;
  work_units: number;
  run_at: Date;
  details: unknown;
  run_id: string | null;
  work_unit_version: number | null;
}

const toResult = (row: LoadTestRow): LoadTestResult => ({
  id: row.id,
  collectorId: row.collector_id,
  name: row.name,
  utilizationPct: row.utilization_pct,
  workUnits: row.work_units,
  runAt: row.run_at,
  details: row.details,
  runId: row.run_id === null ? null : Number(row.run_id),
  workUnitVersion: row.work_unit_version,
});
const COLUMNS =
  'id, collector_id, name, utilization_pct, work_units, run_at, details, run_id, work_unit_version';

export interface LoadTestRepository {
  /** Stores a step; a level or work units outside their plausible range throw ImplausibleValueError. */
  create(
    input: Omit<LoadTestResult, 'id' | 'runAt' | 'runId' | 'workUnitVersion'> & {
      runAt?: Date | undefined;
      runId?: number | undefined;
      workUnitVersion?: number | undefined;
    },
  ): Promise<LoadTestResult>;
  list(options: {
    collectorId?: string | undefined;
    name?: string | undefined;
    limit: number;
    offset: number;
  }): Promise<{ results: LoadTestResult[]; total: number }>;
  /** The names of the load tests the collectors given have results of, in order. */
  testNames(collectorIds: readonly string[]): Promise<string[]>;
  /** The work-unit versions one load test's results of these collectors have (null: levels posted alone). */
  versions(collectorIds: readonly string[], name: string): Promise<(number | null)[]>;
  /**
   * Per collector, the mean work units at each utilisation level of one load test and work-unit version
   * (results of other tests or versions are never averaged in), how many results each mean is of, and the
   * runs they came from.
   */
  compare(
    collectorIds: readonly string[],
    name: string,
    version: number | null,
  ): Promise<
    { collectorId: string; utilizationPct: number; workUnits: number; runs: number; runIds: number[] }[]
  >;
}

export function loadTestRepository(t: TenantHandle): LoadTestRepository {
  const loadtests = t.table('loadtests');
  return {
    async create(input) {
      const at = (input.runAt ?? new Date()).getTime();
      const problem =
        figureProblem('utilization_pct', input.utilizationPct, at) ??
        figureProblem('work_units', input.workUnits, at);
      if (problem !== undefined) throw new ImplausibleValueError(problem);
      const [row] = await t.query<LoadTestRow>(
        `INSERT INTO ${loadtests}
           (collector_id, name, utilization_pct, work_units, run_at, details, run_id, work_unit_version)
         VALUES ($1, $2, $3, $4, coalesce($5, now()), $6::jsonb, $7, $8) RETURNING ${COLUMNS}`,
        [
          input.collectorId,
          input.name,
          input.utilizationPct,
          input.workUnits,
          input.runAt ?? null,
          JSON.stringify(input.details ?? null),
          input.runId ?? null,
          input.workUnitVersion ?? null,
        ],
      );
      if (row === undefined) throw new Error('INSERT … RETURNING returned no row');
      return toResult(row);
    },
    async list({ collectorId, name, limit, offset }) {
      const params: unknown[] = [];
      const conditions: string[] = [];
      if (collectorId !== undefined) conditions.push(`collector_id = $${params.push(collectorId)}`);
      if (name !== undefined) conditions.push(`name = $${params.push(name)}`);
      const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
      const rows = await t.query<LoadTestRow & { total: number }>(
        `SELECT ${COLUMNS}, count(*) OVER ()::int AS total FROM ${loadtests} ${where}
         ORDER BY run_at DESC, id DESC LIMIT $${params.push(limit)} OFFSET $${params.push(offset)}`,
        params,
      );
      return { results: rows.map(toResult), total: rows[0]?.total ?? 0 };
    },
    async testNames(collectorIds) {
      const rows = await t.query<{ name: string }>(
        `SELECT DISTINCT name FROM ${loadtests} WHERE collector_id = ANY($1::uuid[]) ORDER BY name`,
        [collectorIds],
      );
      return rows.map((r) => r.name);
    },
    async versions(collectorIds, name) {
      const rows = await t.query<{ work_unit_version: number | null }>(
        `SELECT DISTINCT work_unit_version FROM ${loadtests}
         WHERE collector_id = ANY($1::uuid[]) AND name = $2 ORDER BY work_unit_version`,
        [collectorIds, name],
      );
      return rows.map((r) => r.work_unit_version);
    },
    async compare(collectorIds, name, version) {
      const rows = await t.query<{
        collector_id: string;
        utilization_pct: number;
        work_units: number;
        runs: number;
        run_ids: string[];
      }>(
        // avg over numeric: a figure stored before the range was checked cannot overflow the mean.
        `SELECT collector_id, utilization_pct, avg(work_units::numeric)::float8 AS work_units, count(*)::int AS runs,
                coalesce(array_agg(DISTINCT run_id) FILTER (WHERE run_id IS NOT NULL), '{}') AS run_ids
         FROM ${loadtests}
         WHERE collector_id = ANY($1::uuid[]) AND name = $2 AND work_unit_version IS NOT DISTINCT FROM $3::int
         GROUP BY collector_id, utilization_pct ORDER BY utilization_pct, collector_id`,
        [collectorIds, name, version],
      );
      return rows.map((r) => ({
        collectorId: r.collector_id,
        utilizationPct: r.utilization_pct,
        workUnits: r.work_units,
        runs: r.runs,
        runIds: r.run_ids.map(Number),
      }));
    },
  };
}
