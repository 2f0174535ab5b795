import type { LoadTestRun, LoadTestStep } from '@perfanalysis/shared';
import type { TenantHandle } from '../tenancy/tenant-handle.js';
import { type LoadTestResult, loadTestRepository } from './loadtest-repository.js';

/** A stored load-test run: what pcc posted, with its id and collector. */
export interface StoredLoadTestRun extends LoadTestRun {
  readonly id: number;
  readonly collectorId: string;
}

interface RunRow {
  id: string;
  collector_id: string;
  name: string;
  work_unit: string;
  work_unit_version: number;
  threads: number;
  levels: number[];
  step_duration_s: number;
  period_ms: number;
  hostname: string;
  cpu_model: string;
  cpu_count: number;
  kernel: string;
  started_at: Date;
  ended_at: Date;
}

export interface LoadTestRunRepository {
  /**
   * Stores a run and a level result for each of its steps, in one transaction; a figure outside its
   * plausible range throws ImplausibleValueError and stores nothing.
   */
  create(
    collectorId: string,
    run: LoadTestRun,
  ): Promise<{ run: StoredLoadTestRun; results: LoadTestResult[] }>;
  list(options: {
    collectorId?: string | undefined;
    name?: string | undefined;
    limit: number;
    offset: number;
  }): Promise<{ results: StoredLoadTestRun[]; total: number }>;
  get(id: number): Promise<StoredLoadTestRun | undefined>;
}

export function loadTestRunRepository(t: TenantHandle): LoadTestRunRepository {
  const runs = t.table('loadtest_runs');
  const loadtests = t.table('loadtests');
  /** The runs of these rows, each with its steps from its level results. */
  const withSteps = async (rows: RunRow[], q: TenantHandle = t): Promise<StoredLoadTestRun[]> => {
    if (rows.length === 0) return [];
    const levels = await q.query<{
      run_id: string;
      utilization_pct: number;
      work_units: number;
      details: unknown;
    }>(
      `SELECT run_id, utilization_pct, work_units, details FROM ${loadtests}
       WHERE run_id = ANY($1::bigint[]) ORDER BY id`,
      [rows.map((r) => r.id)],
    );
    return rows.map((row) => ({
      id: Number(row.id),
      collectorId: row.collector_id,
      name: row.name,
      hostname: row.hostname,
      cpu_model: row.cpu_model,
      cpu_count: row.cpu_count,
      kernel: row.kernel,
      work_unit: { name: row.work_unit, version: row.work_unit_version },
      threads: row.threads,
      levels: row.levels,
      step_duration_s: row.step_duration_s,
      period_ms: row.period_ms,
      started_at: row.started_at.toISOString(),
      ended_at: row.ended_at.toISOString(),
      steps: levels
        .filter((level) => level.run_id === row.id)
        .map((level) => ({
          ...(level.details as Omit<LoadTestStep, 'target_pct' | 'units_per_s'>),
          target_pct: level.utilization_pct,
          units_per_s: level.work_units,
        })),
    }));
  };
  return {
    create(collectorId, run) {
      return t.transaction(async (tx) => {
        const [row] = await tx.query<RunRow>(
          `INSERT INTO ${runs} (collector_id, name, work_unit, work_unit_version, threads, levels, step_duration_s,
             period_ms, hostname, cpu_model, cpu_count, kernel, started_at, ended_at)
           VALUES ($1, $2, $3, $4, $5, $6::float8[], $7, $8, $9, $10, $11, $12, $13, $14) RETURNING *`,
          [
            collectorId,
            run.name,
            run.work_unit.name,
            run.work_unit.version,
            run.threads,
            run.levels,
            run.step_duration_s,
            run.period_ms,
            run.hostname,
            run.cpu_model,
            run.cpu_count,
            run.kernel,
            run.started_at,
            run.ended_at,
          ],
        );
        if (row === undefined) throw new Error('INSERT … RETURNING returned no row');
        const levels = loadTestRepository(tx);
        const results: LoadTestResult[] = [];
        for (const { target_pct, units_per_s, ...details } of run.steps) {
          results.push(
            await levels.create({
              collectorId,
              name: run.name,
              utilizationPct: target_pct,
              workUnits: units_per_s,
              runAt: new Date(run.started_at),
              details,
              runId: Number(row.id),
              workUnitVersion: run.work_unit.version,
            }),
          );
        }
        const [stored] = await withSteps([row], tx);
        if (stored === undefined) throw new Error('the run just stored is missing');
        return { run: stored, results };
      });
    },
    async list({ collectorId, name, limit, offset }) {
      const params: unknown[] = [];
      const conditions: string[] = [];
      if (collectorId !== undefined) conditions.push(`collector_id = $${params.push(collectorId)}`);
      if (name !== undefined) conditions.push(`name = $${params.push(name)}`);
      const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
      const rows = await t.query<RunRow & { total: number }>(
        `SELECT *, count(*) OVER ()::int AS total FROM ${runs} ${where}
         ORDER BY started_at DESC, id DESC LIMIT $${params.push(limit)} OFFSET $${params.push(offset)}`,
        params,
      );
      return { results: await withSteps(rows), total: rows[0]?.total ?? 0 };
    },
    async get(id) {
      const rows = await t.query<RunRow>(`SELECT * FROM ${runs} WHERE id = $1`, [id]);
      return (await withSteps(rows))[0];
    },
  };
}
