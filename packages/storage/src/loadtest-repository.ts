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
  list(options: { collectorId?: string | undefined; limit: number; offset: number }): Promise<{
    results: LoadTestResult[];
    total: number;
  }>;
  /** Per collector, the mean work units at each utilisation level, for the collectors given. */
  compare(
    collectorIds: readonly string[],
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
    async list({ collectorId, limit, offset }) {
      const params: unknown[] = collectorId === undefined ? [] : [collectorId];
      const where = collectorId === undefined ? '' : 'WHERE collector_id = $1';
      const rows = await t.query<LoadTestRow & { total: number }>(
        `SELECT ${COLUMNS}, count(*) OVER ()::int AS total FROM ${loadtests} ${where}
         ORDER BY run_at DESC, id DESC LIMIT $${params.push(limit)} OFFSET $${params.push(offset)}`,
        params,
      );
      return { results: rows.map(toResult), total: rows[0]?.total ?? 0 };
    },
    async compare(collectorIds) {
      const rows = await t.query<{
        collector_id: string;
        utilization_pct: number;
        work_units: number;
        runs: number;
      }>(
        // avg over numeric: a figure stored before the range was checked cannot overflow the mean.
        `SELECT collector_id, utilization_pct, avg(work_units::numeric)::float8 AS work_units, count(*)::int AS runs
         FROM ${loadtests} WHERE collector_id = ANY($1::uuid[])
         GROUP BY collector_id, utilization_pct ORDER BY utilization_pct, collector_id`,
        [collectorIds],
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
