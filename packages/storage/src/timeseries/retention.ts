import type { Database } from '../database/database.js';
import { markSamplesChanged } from '../repositories/collector-repository.js';
import { tenantHandle } from '../tenancy/tenant-handle.js';
import { listTenants } from '../tenancy/tenants.js';
import { lockRollups, refreshRollups } from './rollup-maintenance.js';

export interface RetentionOptions {
  /** Rows deleted per statement: each statement is its own short transaction. 10,000 unless told. */
  readonly batchSize?: number | undefined;
  /** The clock, for tests. */
  readonly now?: Date | undefined;
}

export interface RetentionResult {
  readonly tenant: string;
  /** Rows older than this were deleted. */
  readonly cutoff: Date;
  /** Samples deleted, each with its devices. */
  readonly deleted: number;
  readonly statements: number;
}

const DAY_MS = 86_400_000;

/**
 * Deletes, in every tenant with a retention, the samples (each with its devices) older than now − retention.
 * It works per collector along the primary key (collector_id, ts), oldest first, in batches of batchSize rows,
 * each batch its own statement outside any transaction: no lock is held for long, ingest goes on meanwhile,
 * and an interrupted run leaves no gap (only a shorter tail to delete next time).
 */
export async function applyRetention(
  db: Database,
  options: RetentionOptions = {},
): Promise<RetentionResult[]> {
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 10_000));
  const now = options.now ?? new Date();
  const results: RetentionResult[] = [];
  for (const tenant of await listTenants(db)) {
    if (tenant.retentionDays === null) continue;
    const t = tenantHandle(db, tenant);
    const cutoff = new Date(now.getTime() - tenant.retentionDays * DAY_MS);
    const collectors = await t.query<{ id: string }>(`SELECT id FROM ${t.table('collectors')} ORDER BY id`);
    let deleted = 0;
    let statements = 0;
    /** Collectors that lost samples: their rollups to redo. */
    const changed = new Set<string>();
    const name = t.table('samples');
    for (const { id } of collectors) {
      for (;;) {
        const n = await t.execute(
          `DELETE FROM ${name} WHERE ctid = ANY(ARRAY(
             SELECT ctid FROM ${name} WHERE collector_id = $1 AND ts < $2 ORDER BY ts LIMIT ${batchSize}))`,
          [id, cutoff],
        );
        statements += 1;
        deleted += n;
        if (n > 0) changed.add(id);
        if (n < batchSize) break;
      }
    }
    // The rollups of what went: dropped, and the bucket cut by the cutoff recomputed, and the samples marked
    // changed: one short transaction per collector.
    for (const id of changed) {
      await t.transaction(async (tx) => {
        await lockRollups(tx, id);
        const [oldest] = await tx.query<{ start: Date | null }>(
          `SELECT min(bucket_start) AS start FROM ${tx.table('sample_rollups')} WHERE collector_id = $1`,
          [id],
        );
        if (oldest?.start != null) await refreshRollups(tx, id, oldest.start.getTime(), cutoff.getTime());
        await markSamplesChanged(tx, id);
      });
      statements += 1;
    }
    results.push({ tenant: tenant.name, cutoff, deleted, statements });
  }
  return results;
}
