import { ConflictError } from '../database/errors.js';
import type { TenantHandle } from '../tenancy/tenant-handle.js';

/**
 * A run: a named window of a collector's data. Named runs are made and edited by people; load-test runs are
 * what `pcc loadtest` posted (loadtest_runs), read alongside them and never edited here.
 */
export interface Run {
  readonly kind: 'run' | 'loadtest';
  readonly id: number;
  /** Unique across both kinds: "r12" for a named run, "lt3" for a load-test run. */
  readonly key: string;
  readonly collectorId: string;
  readonly name: string;
  readonly note: string;
  readonly start: Date;
  readonly end: Date;
  /** Who made it (a named run whose user still exists); null for load tests. */
  readonly createdBy: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** Counts edits of a named run; an edit names the version it was made on. Always 1 for load tests. */
  readonly version: number;
}

export interface RunInput {
  readonly name: string;
  readonly note?: string | undefined;
  readonly start: Date;
  readonly end: Date;
}

export interface RunRepository {
  create(collectorId: string, input: RunInput, userId: number | null): Promise<Run>;
  /** A named run (never a load test: those are the load-test repository's). */
  get(id: number): Promise<Run | undefined>;
  /**
   * Changes a named run that is still at `version`: the run as it now is, undefined when there is no such
   * run, ConflictError when someone else changed it since `version` was read.
   */
  update(
    id: number,
    version: number,
    changes: { readonly [K in keyof RunInput]?: RunInput[K] | undefined },
  ): Promise<Run | undefined>;
  delete(id: number): Promise<boolean>;
  /** A page of a collector's named runs and load-test runs, by start (oldest first), and how many in all. */
  list(
    collectorId: string,
    page?: { readonly limit: number; readonly offset: number },
  ): Promise<{ results: Run[]; total: number }>;
  /** One of a collector's runs of either kind, by its key. */
  byKey(collectorId: string, key: string): Promise<Run | undefined>;
}

interface RunRow {
  kind: 'run' | 'loadtest';
  id: string;
  collector_id: string;
  name: string;
  note: string;
  started_at: Date;
  ended_at: Date;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

const toRun = (row: RunRow): Run => ({
  kind: row.kind,
  id: Number(row.id),
  key: `${row.kind === 'loadtest' ? 'lt' : 'r'}${row.id}`,
  collectorId: row.collector_id,
  name: row.name,
  note: row.note,
  start: row.started_at,
  end: row.ended_at,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

export function runRepository(t: TenantHandle): RunRepository {
  const runs = t.table('runs');
  const users = t.table('users');
  const named = `SELECT 'run' AS kind, r.id, r.collector_id, r.name, r.note, r.started_at, r.ended_at,
      u.username AS created_by, r.created_at, r.updated_at, r.version
    FROM ${runs} r LEFT JOIN ${users} u ON u.id = r.created_by`;
  const get = async (id: number) => {
    const [row] = await t.query<RunRow>(`${named} WHERE r.id = $1`, [id]);
    return row === undefined ? undefined : toRun(row);
  };
  const all = `${named} WHERE r.collector_id = $1
    UNION ALL
    SELECT 'loadtest', id, collector_id, name, '', started_at, ended_at, NULL, created_at, created_at, 1
      FROM ${t.table('loadtest_runs')} WHERE collector_id = $1`;
  return {
    async list(collectorId, page = { limit: 1000, offset: 0 }) {
      const rows = await t.query<RunRow & { total: number }>(
        `SELECT *, count(*) OVER ()::int AS total FROM (${all}) runs
         ORDER BY started_at, kind, id LIMIT $2 OFFSET $3`,
        [collectorId, page.limit, page.offset],
      );
      return { results: rows.map(toRun), total: rows[0]?.total ?? 0 };
    },
    async byKey(collectorId, key) {
      const [, prefix, id] = /^(r|lt)([1-9][0-9]{0,14})$/.exec(key) ?? [];
      if (id === undefined) return undefined;
      const [row] = await t.query<RunRow>(`SELECT * FROM (${all}) runs WHERE kind = $2 AND id = $3`, [
        collectorId,
        prefix === 'lt' ? 'loadtest' : 'run',
        id,
      ]);
      return row === undefined ? undefined : toRun(row);
    },
    async create(collectorId, input, userId) {
      const [row] = await t.query<{ id: string }>(
        `INSERT INTO ${runs} (collector_id, name, note, started_at, ended_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [collectorId, input.name, input.note ?? '', input.start, input.end, userId],
      );
      const run = row && (await get(Number(row.id)));
      if (run === undefined) throw new Error('the run just stored is missing');
      return run;
    },
    get,
    async update(id, version, changes) {
      const [row] = await t.query<{ id: string }>(
        `UPDATE ${runs} SET name = coalesce($3, name), note = coalesce($4, note),
           started_at = coalesce($5, started_at), ended_at = coalesce($6, ended_at),
           version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING id`,
        [id, version, changes.name ?? null, changes.note ?? null, changes.start ?? null, changes.end ?? null],
      );
      const now = await get(id);
      if (row === undefined && now !== undefined)
        throw new ConflictError(
          `Run ${id} was changed by someone else (it is at version ${now.version}, the edit was made on ` +
            `version ${version}): load it again and redo the change`,
        );
      return now;
    },
    async delete(id) {
      return (await t.execute(`DELETE FROM ${runs} WHERE id = $1`, [id])) > 0;
    },
  };
}
