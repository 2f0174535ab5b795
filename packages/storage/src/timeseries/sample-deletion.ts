import { isCollectorId, markSamplesChanged } from '../repositories/collector-repository.js';
import type { TenantHandle } from '../tenancy/tenant-handle.js';
import { lockRollups, refreshRollups } from './rollup-maintenance.js';
import { UPLOAD_COLUMN } from './sample-tables.js';

/** The time range an upload's rows lie in: its first and last sample read (both included). */
export interface UploadSpan {
  readonly first: Date;
  readonly last: Date;
}

/**
 * Deletes a collector's samples with from ≤ time < to — host values and devices — in one transaction,
 * with the rollups of that range (those of the buckets cut by its ends recomputed from the rows left);
 * returns how many host rows went.
 */
export async function deleteSamples(
  t: TenantHandle,
  collectorId: string,
  range: { readonly from: Date; readonly to: Date },
): Promise<number> {
  if (!isCollectorId(collectorId)) return 0;
  return deleteRows(t, collectorId, 'ts >= $2 AND ts < $3', [range.from, range.to]);
}

/**
 * Deletes exactly the rows an upload stored — the samples rows that name it in UPLOAD_COLUMN — in one
 * transaction, and recomputes the rollups of the buckets they were in from the rows left; returns how many
 * host rows went. Rows of the same instants stored by live ingest or by another upload stay.
 */
export async function deleteUploadSamples(
  t: TenantHandle,
  collectorId: string,
  uploadId: string,
  span: UploadSpan,
): Promise<number> {
  if (!isCollectorId(collectorId) || !isCollectorId(uploadId)) return 0;
  return deleteRows(t, collectorId, UPLOAD_ROWS, uploadParams(uploadId, span));
}

/** How many host rows that an upload stored are still kept: what deleteUploadSamples would delete now. */
export async function countUploadSamples(
  t: TenantHandle,
  collectorId: string,
  uploadId: string,
  span: UploadSpan,
): Promise<number> {
  if (!isCollectorId(collectorId) || !isCollectorId(uploadId)) return 0;
  const [row] = await t.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${t.table('samples')} WHERE collector_id = $1 AND ${UPLOAD_ROWS}`,
    [collectorId, ...uploadParams(uploadId, span)],
  );
  return row?.n ?? 0;
}

/**
 * An upload's rows: read along the primary key over its time range (no index on the upload column). The span's
 * ends are milliseconds, a row's time may have microseconds: hence `< last + 1 ms`.
 */
const UPLOAD_ROWS = `ts >= $2 AND ts < $3 AND ${UPLOAD_COLUMN} = $4`;
const uploadParams = (uploadId: string, span: UploadSpan): unknown[] => [
  span.first,
  new Date(span.last.getTime() + 1),
  uploadId,
];

/** What a DELETE took from one table: how many rows, and the first and last time among them. */
type Gone = { n: number; first: Date | null; last: Date | null };

/**
 * Deletes the collector's rows matching `where` (parameters from $2), their devices with them, in one transaction
 * holding the rollup lock; recomputes the rollups between the first and last host row deleted and marks the
 * samples changed. Returns how many host rows went.
 */
async function deleteRows(
  t: TenantHandle,
  collectorId: string,
  where: string,
  params: readonly unknown[],
): Promise<number> {
  return t.transaction(async (tx) => {
    await lockRollups(tx, collectorId);
    const [host] = await tx.query<Gone>(
      `WITH gone AS (DELETE FROM ${tx.table('samples')} WHERE collector_id = $1 AND ${where} RETURNING ts)
       SELECT count(*)::int AS n, min(ts) AS first, max(ts) AS last FROM gone`,
      [collectorId, ...params],
    );
    // The last row's time may have microseconds that its Date drops: 1 ms more reaches past it.
    if (host?.first != null && host.last != null)
      await refreshRollups(tx, collectorId, host.first.getTime(), host.last.getTime() + 1);
    if ((host?.n ?? 0) > 0) await markSamplesChanged(tx, collectorId);
    return host?.n ?? 0;
  });
}
