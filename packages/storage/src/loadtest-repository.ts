import { figureProblem } from '@perfanalysis/shared';
import { ImplausibleValueError } from './errors.js';
import type { TenantHandle } from './tenant-handle.js';

/** A load-test step: the CPU work units a collector's machine delivered at one utilisation level. */
export interface LoadTestResult {
  readonly id: number;
  readonly collectorId: string;
  readonly name: string;
  readonly utilizationPct: number;
  readonly workUnits: number;
  readonly runAt: Date;
  readonly details: unknown;
}

interface LoadTestRow {
  id: number;
  collector_id: string;
  name: string;
  utilization_pct: number;
  work_units: number;
  run_at: Date;
  details: unknown;
}

const toResult = (row: LoadTestRow): LoadTestResult => ({
  id: row.id,
  collectorId: row.collector_id,
  name: row.name,
  utilizationPct: row.utilization_pct,
  workUnits: row.work_units,
  runAt: row.run_at,
  details: row.details,
});
const COLUMNS = 'id, collector_id, name, utilization_pct, work_units, run_at, details';

export interface LoadTestRepository {
  /** Stores a step; a level or work units outside their plausible range throw ImplausibleValueError. */
  create(input: Omit<LoadTestResult, 'id' | 'runAt'> & { runAt?: Date | undefined }): Promise<LoadTestResult>;
  list(options: {
    collectorId?: string | undefined;
    name?: string | undefined;
    limit: number;
    offset: number;
  }): Promise<{ results: LoadTestResult[]; total: number }>;
  /** The names of the load tests the collectors given have results of, in order. */
  testNames(collectorIds: readonly string[]): Promise<string[]>;
  /**
   * Per collector, the mean work units at each utilisation level of one load test (results of other tests
   * are never averaged in), and how many results each mean is of.
   */
  compare(
    collectorIds: readonly string[],
    name: string,
  ): Promise<{ collectorId: string; utilizationPct: number; workUnits: number; runs: number }[]>;
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
        `INSERT INTO ${loadtests} (collector_id, name, utilization_pct, work_units, run_at, details)
         VALUES ($1, $2, $3, $4, coalesce($5, now()), $6::jsonb) RETURNING ${COLUMNS}`,
        [
          input.collectorId,
          input.name,
          input.utilizationPct,
          input.workUnits,
          input.runAt ?? null,
          JSON.stringify(input.details ?? null),
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
    async compare(collectorIds, name) {
      const rows = await t.query<{
        collector_id: string;
        utilization_pct: number;
        work_units: number;
        runs: number;
      }>(
        // avg over numeric: a figure stored before the range was checked cannot overflow the mean.
        `SELECT collector_id, utilization_pct, avg(work_units::numeric)::float8 AS work_units, count(*)::int AS runs
         FROM ${loadtests} WHERE collector_id = ANY($1::uuid[]) AND name = $2
         GROUP BY collector_id, utilization_pct ORDER BY utilization_pct, collector_id`,
        [collectorIds, name],
      );
      return rows.map((r) => ({
        collectorId: r.collector_id,
        utilizationPct: r.utilization_pct,
        workUnits: r.work_units,
        runs: r.runs,
      }));
    },
  };
}
