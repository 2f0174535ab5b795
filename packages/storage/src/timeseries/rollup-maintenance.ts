import { columnList } from '../database/identifiers.js';
import type { TenantHandle } from '../tenancy/tenant-handle.js';
import { encodeSketches, type MetricSketch, SketchAccumulator, SketchBuilder } from './quantile-sketch.js';
import {
  aggregateOfRow,
  type BucketAggregate,
  parentAggregates,
  RollupBuilder,
  rollupCopy,
} from './rollup-builder.js';
import {
  bucketCeil,
  bucketStart,
  FINEST_SKETCH_SECONDS,
  HOST_METRIC_NAMES,
  ROLLUP_COLUMNS,
  ROLLUP_LEVELS,
} from './rollup-tables.js';
import { HOST_METRIC_COLUMNS } from './sample-tables.js';

/**
 * Keeping sample_rollups equal to what the raw samples say. Every writer of a collector's rollups takes the
 * collector's rollup lock first, inside its transaction, so that no read-merge-write loses a concurrent batch;
 * a collector sends its batches one after the other, so the lock is seldom waited for.
 */

/** Any fixed number: the first key of the two-key advisory locks that guard rollups. */
const ROLLUP_LOCK_CLASS = 70_453;

/** The second key: a 32-bit hash (FNV-1a) of the tenant's schema and the collector. */
function rollupLockKey(tx: TenantHandle, collectorId: string): number {
  let hash = 0x811c9dc5;
  for (const c of `${tx.tenant.schemaName}/${collectorId}`) {
    hash ^= c.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/**
 * How long after a bucket's end its collector closes it (from its lock key): up to a minute, spread over
 * collectors. Every agent samples on whole seconds, so a whole fleet crosses each 5-minute boundary within one
 * round; closing at once, each would read its bucket's raw rows back in the same few seconds.
 */
const CLOSE_SPREAD_MS = 60_000;
const closeDelayMs = (lockKey: number): number => (lockKey >>> 0) % CLOSE_SPREAD_MS;

/** Takes the collector's rollup lock until the transaction ends. */
export async function lockRollups(tx: TenantHandle, collectorId: string): Promise<void> {
  await tx.exec(`SELECT pg_advisory_xact_lock(${ROLLUP_LOCK_CLASS}, ${rollupLockKey(tx, collectorId)})`);
}

const iso = (ms: number): string => new Date(ms).toISOString();
/** Samples a batch brings to a new finest-level bucket from which it writes the bucket closed anyway. */
const CLOSE_NEW_FROM = 30;
const COARSE_LEVELS = ROLLUP_LEVELS.filter((l) => l.seconds > FINEST_SKETCH_SECONDS);
const SKETCH_LEVELS = ROLLUP_LEVELS.filter((l) => l.sketch).map((l) => l.seconds);

async function copyAggregates(tx: TenantHandle, collectorId: string, aggs: readonly BucketAggregate[]) {
  if (aggs.length > 0)
    await tx.copyFromBinary(tx.table('sample_rollups'), ROLLUP_COLUMNS, rollupCopy(collectorId, aggs));
}

/** One collector's arguments to rollups_add: its buckets, and its sketch parts from `offset` in the blob. */
interface RollupArgs {
  readonly levels: number[];
  readonly starts: string[];
  readonly parts: Uint8Array[];
  readonly offsets: number[];
  readonly lengths: number[];
  readonly closed: boolean[];
  /** Its newest sample (unix ms). */
  readonly latest: number;
  readonly bytes: number;
}

function rollupArgs(builder: RollupBuilder, offset: number): RollupArgs {
  const latest = builder.maxTimestamp;
  const aggs = builder.build({ statistics: false });
  const args: RollupArgs = {
    levels: aggs.map((a) => a.seconds),
    starts: aggs.map((a) => iso(a.start)),
    parts: [],
    offsets: [],
    lengths: [],
    closed: [],
    latest,
    bytes: 0,
  };
  let at = offset;
  for (const agg of aggs) {
    const end = agg.start + agg.seconds * 1000;
    if (agg.seconds < FINEST_SKETCH_SECONDS) {
      args.offsets.push(-1);
      args.lengths.push(0);
      args.closed.push(false);
      continue;
    }
    const part = encodeSketches(builder.sketchOver(agg.start, end));
    args.parts.push(part);
    args.offsets.push(at);
    args.lengths.push(part.length);
    at += part.length;
    // A new bucket is brought whole: closed when the data has gone past it, or when the batch brings much of
    // a finest-level bucket (a bulk load: the next batch appends to it instead of reading raw rows back); else
    // left open, so that a trickle of small batches rewrites no sketch.
    args.closed.push(end <= latest || (agg.seconds === FINEST_SKETCH_SECONDS && agg.n >= CLOSE_NEW_FROM));
  }
  return { ...args, bytes: at - offset };
}

/** Closes the open buckets a batch went past, finer levels first: an hour's 5 minutes before the hour. */
async function closeOpen(
  tx: TenantHandle,
  collectorId: string,
  open: readonly { o_resolution: number; o_start: Date }[],
): Promise<void> {
  for (const level of SKETCH_LEVELS) {
    for (const bucket of open) {
      if (bucket.o_resolution === level) await closeBucket(tx, collectorId, level, bucket.o_start.getTime());
    }
  }
}

/**
 * Adds newly stored host rows to the rollups: call in the transaction that stored them, with exactly the rows
 * stored (not the duplicates skipped). One call (rollups_add_many, in the migrations) takes the lock, recomputes
 * in the database the statistics of the buckets the batch touched (from the raw rows, and level by level) and
 * appends the batch's sketches, computed here from the values; then the open buckets the batch has gone past
 * by the collector's close delay (closeDelayMs) are closed (see rollup-tables.ts). A batch of a few samples
 * thus rewrites a few small rows and no sketch.
 */
export function addToRollups(tx: TenantHandle, collectorId: string, builder: RollupBuilder): Promise<void> {
  return addToRollupsOfMany(tx, [{ collectorId, builder }]);
}

/**
 * addToRollups for several collectors' new rows, in one call (rollups_add_many: one statement a step for all of
 * them, 2026-12-06-46): for a group of live batches. Each collector's lock is taken in the order given: give
 * them in one order everywhere (by id).
 */
export async function addToRollupsOfMany(
  tx: TenantHandle,
  entries: readonly { readonly collectorId: string; readonly builder: RollupBuilder }[],
): Promise<void> {
  const used = entries.filter((e) => e.builder.size > 0);
  if (used.length === 0) return;
  const keys = used.map((e) => rollupLockKey(tx, e.collectorId));
  let offset = 0;
  const all = used.map((e) => {
    const args = rollupArgs(e.builder, offset);
    offset += args.bytes;
    return args;
  });
  const open = await tx.query<{ o_collector: string; o_resolution: number; o_start: Date }>(
    `SELECT o_collector, o_resolution, o_start
     FROM ${tx.schema}.rollups_add_many($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      used.map((e) => e.collectorId),
      ROLLUP_LOCK_CLASS,
      keys,
      all.map((a) => a.levels.length),
      all.flatMap((a) => a.levels),
      all.flatMap((a) => a.starts),
      Buffer.concat(all.flatMap((a) => a.parts)),
      all.flatMap((a) => a.offsets),
      all.flatMap((a) => a.lengths),
      all.flatMap((a) => a.closed),
      // The open buckets to close: those that ended the collector's delay before its newest sample.
      all.map((a, i) => iso(a.latest - closeDelayMs(keys[i] as number))),
    ],
  );
  for (const { collectorId } of used) {
    const mine = open.filter((o) => o.o_collector === collectorId);
    if (mine.length > 0) await closeOpen(tx, collectorId, mine);
  }
}

/** The level below a coarse level. */
function childSeconds(seconds: number): number {
  const i = ROLLUP_LEVELS.findIndex((l) => l.seconds === seconds);
  const child = ROLLUP_LEVELS[i - 1];
  if (i <= 0 || child === undefined) throw new RangeError(`no level below ${seconds} s`);
  return child.seconds;
}

/**
 * Closes an open bucket: its sketch from the raw rows of its window at the finest sketch level, else merged
 * from its children's (left open when a child is still open).
 */
async function closeBucket(
  tx: TenantHandle,
  collectorId: string,
  seconds: number,
  start: number,
): Promise<void> {
  const table = tx.table('sample_rollups');
  const window = [iso(start), iso(start + seconds * 1000)];
  let sketch: MetricSketch[];
  if (seconds === FINEST_SKETCH_SECONDS) {
    const rows = await tx.query<Record<string, unknown>>(
      `SELECT ${columnList(HOST_METRIC_COLUMNS)} FROM ${tx.table('samples')}
       WHERE collector_id = $1 AND ts >= $2 AND ts < $3`,
      [collectorId, ...window],
    );
    const builder = new SketchBuilder();
    sketch = HOST_METRIC_NAMES.map((metric) => {
      for (const row of rows) {
        const v = row[metric];
        if (typeof v === 'number' && Number.isFinite(v)) builder.add(v);
      }
      return builder.take();
    });
  } else {
    const children = await tx.query<{ sketch: Uint8Array | null }>(
      `SELECT sketch FROM ${table} WHERE collector_id = $1 AND resolution = $2 AND bucket_start >= $3
       AND bucket_start < $4`,
      [collectorId, childSeconds(seconds), ...window],
    );
    const merged = new SketchAccumulator(HOST_METRIC_NAMES.length);
    for (const child of children) {
      if (child.sketch === null) return;
      merged.addBlob(child.sketch);
    }
    sketch = merged.sketches();
  }
  await tx.execute(
    `UPDATE ${table} SET sketch = $4 WHERE collector_id = $1 AND resolution = $2 AND bucket_start = $3`,
    [collectorId, seconds, iso(start), encodeSketches(sketch)],
  );
}

/** Rows of raw samples fed to one builder before its buckets are written (whole windows at a time). */
const REBUILD_ROWS = 20_000;
const RAW_PAGE = 5000;
/** Child rows read at a time when recomputing a coarse level. */
const CHILD_PAGE = 1000;

/**
 * Recomputes every rollup bucket that overlaps [from, to) from the raw samples: the levels up to the finest
 * sketch level from the raw rows of the windows around the range, the coarser ones from their children. Call
 * in a transaction holding the lock, after the raw rows changed (a delete) or to repair. Its cost is the raw
 * rows left in the range plus two edge windows, and a few rollup rows per level.
 */
export async function refreshRollups(
  tx: TenantHandle,
  collectorId: string,
  from: number,
  to: number,
): Promise<void> {
  if (!(to > from)) return;
  const table = tx.table('sample_rollups');
  // Up to the finest sketch level: straight from the raw rows.
  const lo = bucketStart(from, FINEST_SKETCH_SECONDS);
  const hi = bucketCeil(to, FINEST_SKETCH_SECONDS);
  await tx.execute(
    `DELETE FROM ${table} WHERE collector_id = $1 AND resolution <= $2 AND bucket_start >= $3 AND bucket_start < $4`,
    [collectorId, FINEST_SKETCH_SECONDS, iso(lo), iso(hi)],
  );
  let builder = new RollupBuilder(FINEST_SKETCH_SECONDS);
  let window = Number.NaN;
  for await (const row of rawRows(tx, collectorId, lo, hi)) {
    const ms = row.ts.getTime();
    const w = bucketStart(ms, FINEST_SKETCH_SECONDS);
    if (w !== window && builder.size >= REBUILD_ROWS) {
      await copyAggregates(tx, collectorId, builder.build());
      builder = new RollupBuilder(FINEST_SKETCH_SECONDS);
    }
    window = w;
    builder.add(ms, row);
  }
  await copyAggregates(tx, collectorId, builder.build());
  // Coarser levels: each from the level below, now up to date.
  for (const level of COARSE_LEVELS) {
    const child = childSeconds(level.seconds);
    const start = bucketStart(from, level.seconds);
    const end = bucketCeil(to, level.seconds);
    await tx.execute(
      `DELETE FROM ${table} WHERE collector_id = $1 AND resolution = $2 AND bucket_start >= $3 AND bucket_start < $4`,
      [collectorId, level.seconds, iso(start), iso(end)],
    );
    let children: BucketAggregate[] = [];
    let after = iso(start);
    for (;;) {
      const rows = await tx.query(
        `SELECT * FROM ${table} WHERE collector_id = $1 AND resolution = $2 AND bucket_start >= $3
         AND bucket_start < $4 ORDER BY bucket_start LIMIT ${CHILD_PAGE}`,
        [collectorId, child, after, iso(end)],
      );
      for (const row of rows) children.push(aggregateOfRow(row));
      const last = children.at(-1);
      const done = rows.length < CHILD_PAGE || last === undefined;
      // Write the parents that are complete (all of them at the end).
      const cut = done ? Number.POSITIVE_INFINITY : bucketStart(last.start, level.seconds);
      const complete = children.filter((c) => bucketStart(c.start, level.seconds) < cut);
      await copyAggregates(tx, collectorId, [...parentAggregates(complete, level).values()]);
      children = children.filter((c) => bucketStart(c.start, level.seconds) >= cut);
      if (done) break;
      after = iso(last.start + 1);
    }
  }
}

type RawRow = { ts: Date; key: string } & Record<string, unknown>;

/** The host rows with from ≤ ts < to, in time order, a page at a time (keyset on the primary key). */
async function* rawRows(
  tx: TenantHandle,
  collectorId: string,
  from: number,
  to: number,
): AsyncGenerator<RawRow> {
  // The key goes back as text: a Date would drop the microseconds.
  const sql = (op: string) =>
    `SELECT ts, ts::text AS key, ${columnList(HOST_METRIC_COLUMNS)} FROM ${tx.table('samples')}
     WHERE collector_id = $1 AND ts ${op} $2::timestamptz AND ts < $3 ORDER BY ts LIMIT ${RAW_PAGE}`;
  let rows = await tx.query<RawRow>(sql('>='), [collectorId, iso(from), iso(to)]);
  for (;;) {
    yield* rows;
    const last = rows.at(-1);
    if (rows.length < RAW_PAGE || last === undefined) return;
    rows = await tx.query<RawRow>(sql('>'), [collectorId, last.key, iso(to)]);
  }
}

/** Deletes all of a collector's rollups (its samples are gone). Call holding the lock. */
export async function dropRollups(tx: TenantHandle, collectorId: string): Promise<void> {
  await tx.execute(`DELETE FROM ${tx.table('sample_rollups')} WHERE collector_id = $1`, [collectorId]);
}

/**
 * Recomputes all of a collector's rollups from its raw samples, in one transaction (its ingest waits): for a
 * repair, or after changing the raw rows by other means than insertSamples and deleteSamples. Reads every raw
 * row once.
 */
export async function rebuildRollups(t: TenantHandle, collectorId: string): Promise<void> {
  await t.transaction(async (tx) => {
    await lockRollups(tx, collectorId);
    await dropRollups(tx, collectorId);
    const [bounds] = await tx.query<{ first: Date | null; last: Date | null }>(
      `SELECT min(ts) AS first, max(ts) AS last FROM ${tx.table('samples')} WHERE collector_id = $1`,
      [collectorId],
    );
    if (bounds?.first == null || bounds.last == null) return;
    await refreshRollups(tx, collectorId, bounds.first.getTime(), bounds.last.getTime() + 1);
  });
}
