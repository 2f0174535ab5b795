import { HOST_METRICS, type HostMetrics, hostValuesProblem, type Sample } from '@perfanalysis/shared';
import { ImplausibleValueError, isUniqueViolation } from '../database/errors.js';
import { columnList, qualify } from '../database/identifiers.js';
import { markSamplesChanged } from '../repositories/collector-repository.js';
import type { TenantHandle, TenantTable } from '../tenancy/tenant-handle.js';
import { RollupBuilder } from './rollup-builder.js';
import { addToRollups } from './rollup-maintenance.js';
import { borrowHostValues, type HostValues, hostRowsCopy, hostValuesOf } from './sample-copy.js';
import { sampleDevices, storeDeviceNames } from './sample-devices.js';
import { type CheckedBatch, checkedBatch } from './sample-group-insert.js';
import { HOST_INSERT_COLUMNS, HOST_METRIC_COLUMNS } from './sample-tables.js';
import { assertCollectorId } from './time-range.js';

/** One host-level row of the samples table. */
export type HostRow = { readonly timestamp: number } & HostMetrics;

export interface InsertResult {
  /** Samples stored now. */
  readonly stored: number;
  /** Samples already stored (same collector and timestamp), left as they were. */
  readonly duplicates: number;
}

export interface InsertOptions {
  /**
   * The upload storing these samples: the rows inserted now are marked as its own (a duplicate skipped keeps
   * its owner), and deleting the upload deletes them. None for live ingest and command-line imports.
   */
  readonly uploadId?: string | undefined;
}

export interface TimeBounds {
  readonly first: Date | null;
  readonly last: Date | null;
  readonly count: number;
}

export interface SampleRepository {
  /**
   * Stores samples, host rows and per-device rows, in one transaction. Idempotent: a sample whose
   * (collector, timestamp) is already stored is skipped, its devices too, and counted as a duplicate. A value
   * outside its metric's plausible range refuses the whole batch (ImplausibleValueError).
   */
  insertSamples(
    collectorId: string,
    samples: readonly Sample[],
    options?: InsertOptions,
  ): Promise<InsertResult>;
  /** insertSamples of live samples checkedBatch found storable (group commit's): not checked again. */
  insertCheckedBatch(batch: CheckedBatch): Promise<InsertResult>;
  /** Stores host rows given as flat columns (no devices), as insertSamples does: for bulk loads. */
  insertHostRows(collectorId: string, rows: HostValues, options?: InsertOptions): Promise<InsertResult>;
  /**
   * The collector's host rows with from ≤ time < to, in time order, read page by page (keyset on the
   * primary key), so that a million rows never sit in memory at once.
   */
  sampleRange(
    collectorId: string,
    from?: Date | number,
    to?: Date | number,
    options?: { readonly pageSize?: number },
  ): AsyncIterable<HostRow>;
  timeBounds(collectorId: string): Promise<TimeBounds>;
}

const DEFAULT_PAGE_SIZE = 5000;

/** Stores a checked batch's samples: insertSamples. */
async function insertBatch(
  t: TenantHandle,
  { collectorId, samples }: CheckedBatch,
  uploadId: string | null,
): Promise<InsertResult> {
  if (samples.length === 0) return { stored: 0, duplicates: 0 };
  const buffer = borrowHostValues(samples.length);
  try {
    hostValuesOf(samples, buffer.values);
    return await insertRows(t, collectorId, buffer.values, samples, uploadId);
  } finally {
    buffer.release();
  }
}

export function sampleRepository(t: TenantHandle): SampleRepository {
  return {
    async insertSamples(collectorId, samples, options = {}) {
      return insertBatch(t, checkedBatch({ collectorId, samples }), options.uploadId ?? null);
    },

    insertCheckedBatch(batch) {
      return insertBatch(t, batch, null);
    },

    async insertHostRows(collectorId, rows, options = {}) {
      assertCollectorId(collectorId);
      if (rows.times.length === 0) return { stored: 0, duplicates: 0 };
      const problem = hostValuesProblem(rows.times, rows.values);
      if (problem !== undefined) throw new ImplausibleValueError(problem);
      return insertRows(t, collectorId, rows, [], options.uploadId ?? null);
    },

    async *sampleRange(collectorId, from, to, options = {}) {
      assertCollectorId(collectorId);
      const pageSize = Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE));
      const table = t.table('samples');
      const columns = `ts, ${columnList(HOST_METRIC_COLUMNS)}`;
      const until = to === undefined ? '' : 'AND ts < $3';
      let after: Date | undefined;
      for (;;) {
        // The first page starts at `from` (inclusive), each next one just after the last row seen.
        const op = after === undefined ? '>=' : '>';
        const bound = after ?? (from === undefined ? '-infinity' : new Date(from));
        const params: unknown[] = [collectorId, bound];
        if (to !== undefined) params.push(new Date(to));
        const rows = await t.query<{ ts: Date } & HostMetrics>(
          `SELECT ${columns} FROM ${table} WHERE collector_id = $1 AND ts ${op} $2 ${until}
           ORDER BY ts LIMIT ${pageSize}`,
          params,
        );
        for (const row of rows) yield toHostRow(row);
        const last = rows.at(-1);
        if (rows.length < pageSize || last === undefined) return;
        after = last.ts;
      }
    },

    async timeBounds(collectorId) {
      assertCollectorId(collectorId);
      const [row] = await t.query<{ first: Date | null; last: Date | null; count: number }>(
        `SELECT min(ts) AS first, max(ts) AS last, count(*) AS count FROM ${t.table('samples')}
         WHERE collector_id = $1`,
        [collectorId],
      );
      return { first: row?.first ?? null, last: row?.last ?? null, count: row?.count ?? 0 };
    },
  };
}

/**
 * Stores samples rows, each with its devices, in one transaction. The common case, new rows: COPY straight
 * into the table, and add them all to the rollups. A resent row makes the COPY fail on the primary key, and
 * only then are the rows staged and inserted ON CONFLICT DO NOTHING, and only the rows inserted added to the
 * rollups. Every row inserted names `uploadId` (its provenance); a row
 * skipped keeps the owner it has.
 */
async function insertRows(
  t: TenantHandle,
  collectorId: string,
  rows: HostValues,
  samples: readonly Sample[],
  uploadId: string | null,
): Promise<InsertResult> {
  const count = rows.times.length;
  const devices = samples.map(sampleDevices);
  const host = hostRowsCopy(collectorId, rows, devices, uploadId);
  const rollup = new RollupBuilder();
  rollup.addColumns(rows);
  try {
    const stored = await t.transaction(async (tx) => {
      await storeDeviceNames(tx, devices);
      const n = await tx.copyFromBinary(tx.table('samples'), HOST_INSERT_COLUMNS, host);
      await addToRollups(tx, collectorId, rollup);
      await markSamplesChanged(tx, collectorId);
      return n;
    });
    return { stored, duplicates: count - stored };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return t.transaction(async (tx) => {
    await storeDeviceNames(tx, devices);
    const inserted = await copyIgnoringDuplicates(
      tx,
      'samples',
      HOST_INSERT_COLUMNS,
      host,
      HOST_METRIC_COLUMNS,
    );
    // The rows as stored: of two rows with one timestamp in a batch, only one was.
    const added = new RollupBuilder();
    for (const row of inserted) added.add(row.ts.getTime(), row);
    await addToRollups(tx, collectorId, added);
    if (inserted.length > 0) await markSamplesChanged(tx, collectorId);
    return { stored: inserted.length, duplicates: count - inserted.length };
  });
}

function toHostRow(row: { ts: Date } & HostMetrics): HostRow {
  const out: Record<string, number | null> = { timestamp: row.ts.getTime() };
  for (const column of HOST_METRICS) out[column.name] = row[column.name];
  return out as HostRow;
}

/**
 * COPY into a temporary staging table shaped like the target, then INSERT … SELECT … ON CONFLICT DO NOTHING:
 * returns the rows inserted, their timestamp and the columns asked for. Runs inside the caller's transaction.
 */
async function copyIgnoringDuplicates(
  tx: TenantHandle,
  table: TenantTable,
  columns: readonly string[],
  data: Uint8Array,
  returning: readonly string[] = [],
): Promise<({ ts: Date } & Record<string, unknown>)[]> {
  const stageName = `pa_stage_${table}`;
  const stage = qualify('pg_temp', stageName);
  const list = columnList(columns);
  await tx.exec(
    `CREATE TEMPORARY TABLE ${qualify('pg_temp', stageName)} (LIKE ${tx.table(table)}) ON COMMIT DROP`,
  );
  await tx.copyFromBinary(stage, columns, data);
  const rows = await tx.query<{ ts: Date } & Record<string, unknown>>(
    `INSERT INTO ${tx.table(table)} (${list}) SELECT ${list} FROM ${stage} ON CONFLICT DO NOTHING
     RETURNING ${columnList(['ts', ...returning])}`,
  );
  await tx.exec(`DROP TABLE ${stage}`);
  return rows;
}
