import { type Column, HOST_METRICS, type HostMetricName, isPlausible } from '@perfanalysis/shared';
import { columnList, quoteIdent } from '../database/identifiers.js';
import type { TenantHandle } from '../tenancy/tenant-handle.js';
import { SketchAccumulator } from './quantile-sketch.js';
import { aggregateOfRow, emptyAggregate, mergeStats } from './rollup-builder.js';
import {
  bucketCeil,
  bucketStart,
  FINEST_SKETCH_SECONDS,
  HOST_METRIC_NAMES,
  metricColumns,
  ROLLUP_LEVELS,
} from './rollup-tables.js';
import { plausibleFilter } from './sample-tables.js';
import { assertCollectorId, assertTimeRange, type TimeRange } from './time-range.js';

/** One host metric over a range. Everything but the percentiles is exact; all are null without values. */
export interface UtilisationRow {
  readonly metric: HostMetricName;
  /** Samples with a value for this metric. */
  readonly count: number;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly p95: number | null;
  readonly p99: number | null;
  readonly mean: number | null;
  readonly max: number | null;
  readonly min: number | null;
}

export interface UtilisationTable {
  /**
   * true: percentiles by percentile_cont over the raw samples; false: from the rollups' sketches, each within
   * 1 % of percentile_cont's (SKETCH_RELATIVE_ACCURACY).
   */
  readonly exact: boolean;
  /** Samples in the range. */
  readonly samples: number;
  /** Every host metric, in HOST_METRICS order. */
  readonly rows: UtilisationRow[];
}

export interface UtilisationOptions {
  /**
   * Ranges with at most this many samples get exact percentiles (percentile_cont over the raw rows: about 8 µs
   * a sample for all metrics, measured); longer ones are read from the sketches. 10,000 unless told.
   */
  readonly exactMaxSamples?: number | undefined;
}

/** The percentiles of the table, as fractions. */
export const PERCENTILES = [0.5, 0.9, 0.95, 0.99] as const;
export const EXACT_MAX_SAMPLES = 10_000;
const METRICS = HOST_METRIC_NAMES.length;
const SKETCH_LEVELS = ROLLUP_LEVELS.filter((l) => l.sketch)
  .map((l) => l.seconds)
  .sort((a, b) => b - a);

/** Aligned rollup buckets covering part of a range: resolution, and bucket starts in [from, to). */
interface Piece {
  readonly seconds: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Splits [from, to) into the fewest whole sketch-level buckets (days, then hours, then 5 minutes at the edges)
 * and the raw edges shorter than the finest sketch level.
 */
export function decomposeRange(from: number, to: number): { pieces: Piece[]; raw: [number, number][] } {
  const lo = bucketCeil(from, FINEST_SKETCH_SECONDS);
  const hi = bucketStart(to, FINEST_SKETCH_SECONDS);
  if (lo >= hi) return { pieces: [], raw: [[from, to]] };
  const pieces: Piece[] = [];
  const cover = (a: number, b: number, level: number): void => {
    const seconds = SKETCH_LEVELS[level];
    if (seconds === undefined || a >= b) return;
    const s = bucketCeil(a, seconds);
    const e = bucketStart(b, seconds);
    if (s < e) {
      pieces.push({ seconds, from: s, to: e });
      cover(a, s, level + 1);
      cover(e, b, level + 1);
    } else cover(a, b, level + 1);
  };
  cover(lo, hi, 0);
  const raw: [number, number][] = [];
  if (from < lo) raw.push([from, lo]);
  if (hi < to) raw.push([hi, to]);
  return { pieces, raw };
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * For every host metric over a range: P50, P90, P95, P99, mean, max and min, computed from the raw samples
 * (never from downsampled points): exactly by percentile_cont for short ranges, from the rollups' quantile
 * sketches for long ones (whole rollup buckets inside the range, and the raw rows of its edges), where mean,
 * min, max and count stay exact. Values outside their metric's plausible range (non-finite ones too) count as
 * missing.
 */
export async function utilisationTable(
  t: TenantHandle,
  collectorId: string,
  range: TimeRange,
  options: UtilisationOptions = {},
): Promise<UtilisationTable> {
  assertCollectorId(collectorId);
  assertTimeRange(range);
  const from = range.from.getTime();
  const to = range.to.getTime();
  const { pieces, raw } = decomposeRange(from, to);
  const rollups = t.table('sample_rollups');
  const join = `FROM ${rollups} r JOIN unnest($2::int[], $3::timestamptz[], $4::timestamptz[]) AS p (res, lo, hi)
    ON r.resolution = p.res AND r.bucket_start >= p.lo AND r.bucket_start < p.hi WHERE r.collector_id = $1`;
  const pieceParams = (list: readonly Piece[]) => [
    collectorId,
    list.map((p) => p.seconds),
    list.map((p) => iso(p.from)),
    list.map((p) => iso(p.to)),
  ];
  const statColumns = HOST_METRIC_NAMES.flatMap((m) => Object.values(metricColumns(m)));
  const [stored, edges] = await Promise.all([
    pieces.length === 0
      ? []
      : t.query(
          `SELECT r.resolution, r.bucket_start, r.n, ${columnList(statColumns)} ${join}`,
          pieceParams(pieces),
        ),
    rawRows(t, collectorId, raw),
  ]);
  const total = emptyAggregate(0, from);
  for (const row of stored) mergeStats(total, aggregateOfRow(row));
  const exactMax = options.exactMaxSamples ?? EXACT_MAX_SAMPLES;
  if (total.n + edges.length <= exactMax) return exactTable(t, collectorId, range);

  const sketches = new SketchAccumulator(METRICS);
  const edge = emptyAggregate(0, from);
  edge.n = edges.length;
  for (const row of edges) {
    for (let m = 0; m < METRICS; m += 1) {
      const v = row[HOST_METRIC_NAMES[m] as string];
      if (typeof v !== 'number' || !isPlausible(HOST_METRICS[m] as Column, v)) continue;
      edge.count[m] = (edge.count[m] as number) + 1;
      edge.sum[m] = (edge.sum[m] as number) + v;
      if (v < (edge.min[m] as number)) edge.min[m] = v;
      if (v > (edge.max[m] as number)) edge.max[m] = v;
      sketches.addValue(m, v);
    }
  }
  mergeStats(total, edge);
  // The sketches of the pieces: an open bucket's come from its children, level by level, and from the raw
  // rows of its window at the finest level (their counts and extremes are in the rollups already).
  let pending: Piece[] = pieces;
  const windows: [number, number][] = [];
  while (pending.length > 0) {
    const rows = await t.query<{ resolution: number; bucket_start: Date; sketch: Uint8Array | null }>(
      `SELECT r.resolution, r.bucket_start, r.sketch ${join}`,
      pieceParams(pending),
    );
    const next: Piece[] = [];
    for (const row of rows) {
      if (row.sketch !== null) {
        sketches.addBlob(row.sketch);
        continue;
      }
      const start = row.bucket_start.getTime();
      const end = start + row.resolution * 1000;
      const child = SKETCH_LEVELS[SKETCH_LEVELS.indexOf(row.resolution) + 1];
      if (child === undefined) windows.push([start, end]);
      else next.push({ seconds: child, from: start, to: end });
    }
    pending = next;
  }
  for (const row of await rawRows(t, collectorId, windows)) {
    for (let m = 0; m < METRICS; m += 1) {
      const v = row[HOST_METRIC_NAMES[m] as string];
      if (typeof v === 'number' && isPlausible(HOST_METRICS[m] as Column, v)) sketches.addValue(m, v);
    }
  }
  return {
    exact: false,
    samples: total.n,
    rows: HOST_METRIC_NAMES.map((metric, m) => {
      const count = total.count[m] as number;
      if (count === 0) return emptyRow(metric);
      const min = total.min[m] as number;
      const max = total.max[m] as number;
      const [p50, p90, p95, p99] = sketches.quantiles(m, PERCENTILES, min, max) as [
        number,
        number,
        number,
        number,
      ];
      return { metric, count, p50, p90, p95, p99, mean: (total.sum[m] as number) / count, max, min };
    }),
  };
}

/** The host metrics of the raw rows in some time windows (none: no query). */
async function rawRows(
  t: TenantHandle,
  collectorId: string,
  windows: readonly [number, number][],
): Promise<Record<string, number | null>[]> {
  if (windows.length === 0) return [];
  return t.query<Record<string, number | null>>(
    `SELECT ${columnList(HOST_METRIC_NAMES)} FROM ${t.table('samples')} WHERE collector_id = $1
     AND (${windows.map((_, i) => `(ts >= $${2 * i + 2} AND ts < $${2 * i + 3})`).join(' OR ')})`,
    [collectorId, ...windows.flatMap(([a, b]) => [iso(a), iso(b)])],
  );
}

/** A metric's row when the range holds none of its values. */
export const emptyRow = (metric: HostMetricName): UtilisationRow => ({
  metric,
  count: 0,
  p50: null,
  p90: null,
  p95: null,
  p99: null,
  mean: null,
  max: null,
  min: null,
});

/** percentile_cont, avg, min, max and count of every metric over the raw rows of the range, in one scan. */
async function exactTable(t: TenantHandle, collectorId: string, range: TimeRange): Promise<UtilisationTable> {
  const aggregates = HOST_METRICS.map((column, i) => {
    const c = quoteIdent(column.name);
    const f = plausibleFilter(column);
    return `percentile_cont(ARRAY[${PERCENTILES.join(', ')}]) WITHIN GROUP (ORDER BY ${c}) ${f} AS p${i},
      avg(${c}) ${f} AS mean${i}, min(${c}) ${f} AS min${i}, max(${c}) ${f} AS max${i}, count(${c}) ${f} AS n${i}`;
  });
  const [row] = await t.query<Record<string, unknown>>(
    `SELECT count(*) AS samples, ${aggregates.join(', ')} FROM ${t.table('samples')}
     WHERE collector_id = $1 AND ts >= $2 AND ts < $3`,
    [collectorId, range.from, range.to],
  );
  const get = (key: string) => row?.[key] ?? null;
  return {
    exact: true,
    samples: Number(get('samples') ?? 0),
    rows: HOST_METRIC_NAMES.map((metric, i) => {
      const count = Number(get(`n${i}`) ?? 0);
      if (count === 0) return emptyRow(metric);
      const [p50, p90, p95, p99] = get(`p${i}`) as [number, number, number, number];
      return {
        metric,
        count,
        p50,
        p90,
        p95,
        p99,
        mean: get(`mean${i}`) as number,
        max: get(`max${i}`) as number,
        min: get(`min${i}`) as number,
      };
    }),
  };
}
