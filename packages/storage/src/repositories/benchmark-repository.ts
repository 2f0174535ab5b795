import { figureProblem } from '@perfanalysis/shared';
import { ImplausibleValueError } from '../database/errors.js';
import type { TenantHandle } from '../tenancy/tenant-handle.js';

export interface Benchmark {
  readonly id: number;
  readonly collectorId: string;
  readonly name: string;
  readonly score: number;
  readonly unit: string;
  readonly runAt: Date;
  readonly details: unknown;
}

export interface BenchmarkStats {
  readonly name: string;
  readonly collectorId: string;
  readonly count: number;
  readonly mean: number;
  readonly min: number;
  readonly max: number;
  /** Sample standard deviation; 0 for a single run. */
  readonly stddev: number;
}

interface BenchmarkRow {
  id: number;
  collector_id: string;
  name: string;
  score: number;
  unit: string;
  run_at: Date;
  details: unknown;
}

const toBenchmark = (row: BenchmarkRow): Benchmark => ({
  id: row.id,
  collectorId: row.collector_id,
  name: row.name,
  score: row.score,
  unit: row.unit,
  runAt: row.run_at,
  details: row.details,
});

/** Benchmark runs (a score per run and collector) and their statistics per benchmark name and collector. */
export interface BenchmarkRepository {
  /** Stores a run; a score outside its plausible range throws ImplausibleValueError. */
  create(input: Omit<Benchmark, 'id' | 'runAt'> & { runAt?: Date | undefined }): Promise<Benchmark>;
  list(options: {
    collectorId?: string | undefined;
    name?: string | undefined;
    limit: number;
    offset: number;
  }): Promise<{
    results: Benchmark[];
    total: number;
  }>;
  stats(options: { name?: string | undefined }): Promise<BenchmarkStats[]>;
}

export function benchmarkRepository(t: TenantHandle): BenchmarkRepository {
  const benchmarks = t.table('benchmarks');
  const filter = (collectorId?: string, name?: string): { where: string; params: unknown[] } => {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (collectorId !== undefined) clauses.push(`collector_id = $${params.push(collectorId)}`);
    if (name !== undefined) clauses.push(`name = $${params.push(name)}`);
    return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
  };
  return {
    async create(input) {
      const problem = figureProblem('score', input.score, (input.runAt ?? new Date()).getTime());
      if (problem !== undefined) throw new ImplausibleValueError(problem);
      const [row] = await t.query<BenchmarkRow>(
        `INSERT INTO ${benchmarks} (collector_id, name, score, unit, run_at, details)
         VALUES ($1, $2, $3, $4, coalesce($5, now()), $6::jsonb)
         RETURNING id, collector_id, name, score, unit, run_at, details`,
        [
          input.collectorId,
          input.name,
          input.score,
          input.unit,
          input.runAt ?? null,
          JSON.stringify(input.details ?? null),
        ],
      );
      if (row === undefined) throw new Error('INSERT … RETURNING returned no row');
      return toBenchmark(row);
    },
    async list({ collectorId, name, limit, offset }) {
      const { where, params } = filter(collectorId, name);
      const rows = await t.query<BenchmarkRow & { total: number }>(
        `SELECT id, collector_id, name, score, unit, run_at, details, count(*) OVER ()::int AS total
         FROM ${benchmarks} ${where} ORDER BY run_at DESC, id DESC LIMIT $${params.push(limit)} OFFSET $${params.push(offset)}`,
        params,
      );
      return { results: rows.map(toBenchmark), total: rows[0]?.total ?? 0 };
    },
    async stats({ name }) {
      const { where, params } = filter(undefined, name);
      const rows = await t.query<{
        name: string;
        collector_id: string;
        count: number;
        mean: number;
        min: number;
        max: number;
        stddev: number | null;
      }>(
        // Over numeric: scores stored before the range was checked cannot overflow the sums of squares.
        `SELECT name, collector_id, count(*)::int AS count, avg(score::numeric)::float8 AS mean, min(score) AS min,
                max(score) AS max, least(coalesce(stddev_samp(score::numeric), 0), ${Number.MAX_VALUE})::float8 AS stddev
         FROM ${benchmarks} ${where} GROUP BY name, collector_id ORDER BY name, mean DESC`,
        params,
      );
      return rows.map((r) => ({
        name: r.name,
        collectorId: r.collector_id,
        count: r.count,
        mean: r.mean,
        min: r.min,
        max: r.max,
        stddev: r.stddev ?? 0,
      }));
    },
  };
}
