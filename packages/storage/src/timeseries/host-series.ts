import { type Column, HOST_METRICS, type HostMetricName } from '@perfanalysis/shared';
import { quoteIdent } from '../database/identifiers.js';
import type { TenantHandle } from '../tenancy/tenant-handle.js';
import { bucketCeil, bucketStart, HOST_METRIC_NAMES, metricColumns } from './rollup-tables.js';
import { plausibleFilter } from './sample-tables.js';
import { chooseGrid, type GridAlignment, type SeriesGrid, samplingInterval } from './series-grid.js';
import { assertCollectorId, assertTimeRange, type TimeRange } from './time-range.js';

/** One metric over the buckets: mean, min and max of each, null where a bucket has no value (a gap). */
export interface MetricSeries {
  readonly mean: (number | null)[];
  readonly min: (number | null)[];
  readonly max: (number | null)[];
}

/**
 * A downsampled series in uPlot's columnar form: `time` holds the buckets' starts in unix seconds, ascending,
 * and every array of `series` has one value per bucket.
 */
export interface HostSeries<M extends string = HostMetricName> {
  readonly bucketSeconds: number;
  readonly time: number[];
  readonly series: Record<M, MetricSeries>;
  /** Where it was read from: a rollup resolution in seconds, or 0 for the raw samples. */
  readonly resolution: number;
}

export interface SeriesOptions<M extends string> extends TimeRange {
  /** Buckets wanted (about one per pixel): the answer has at most this many, at least about half. */
  readonly points: number;
  readonly metrics: readonly M[];
  /** Forces the bucket width (as for comparing collectors on one time axis). */
  readonly bucketSeconds?: number | undefined;
  /** Buckets on multiples of their width since the epoch (default), or from the range's start. */
  readonly align?: GridAlignment | undefined;
}

export function assertHostMetrics(metrics: readonly string[]): asserts metrics is readonly HostMetricName[] {
  const known: ReadonlySet<string> = new Set(HOST_METRIC_NAMES);
  const unknown = metrics.filter((m) => !known.has(m));
  if (unknown.length > 0) throw new TypeError(`unknown host metrics: ${unknown.join(', ')}`);
}

/** Empty columns for a grid: every bucket a gap. */
export function emptySeries(count: number): MetricSeries {
  const nulls = (): (number | null)[] => new Array<number | null>(count).fill(null);
  return { mean: nulls(), min: nulls(), max: nulls() };
}

export const gridTimes = (grid: SeriesGrid): number[] =>
  Array.from({ length: grid.count }, (_, k) => grid.origin / 1000 + k * grid.bucketSeconds);

/**
 * A collector's host metrics over a range, downsampled in the database to about `points` buckets, each with
 * its mean, min and max (so a one-sample spike shows in max). Buckets cover whole rollup buckets: the first
 * and last may reach beyond the range. Long ranges read the rollups (a few thousand rows), short ones the raw
 * samples (date_bin); see chooseGrid.
 */
export async function hostSeries<M extends HostMetricName>(
  t: TenantHandle,
  collectorId: string,
  options: SeriesOptions<M>,
): Promise<HostSeries<M>> {
  return hostSeriesOnGrid(t, collectorId, options.metrics, await seriesGrid(t, collectorId, options));
}

/**
 * The grid hostSeries reads for these options: requests whose grids are equal get equal series (for the same
 * metrics and samples), so that they can share one computation. `interval`: the collector's sampling interval
 * over the range (samplingInterval, one small query), when the caller has it already.
 */
export async function seriesGrid<M extends HostMetricName>(
  t: TenantHandle,
  collectorId: string,
  options: SeriesOptions<M>,
  interval?: () => Promise<number>,
): Promise<SeriesGrid> {
  assertCollectorId(collectorId);
  assertTimeRange(options);
  assertHostMetrics(options.metrics);
  return chooseGrid(options, {
    points: options.points,
    intervalSeconds: await (interval ?? (() => samplingInterval(t, collectorId, options)))(),
    bucketSeconds: options.bucketSeconds,
    align: options.align,
  });
}

/**
 * The series on a given grid (see chooseGrid): for aligning several collectors on one. With `within`, only
 * the data of that range is read (to the rollup resolution), the rest of the grid left null.
 */
export async function hostSeriesOnGrid<M extends HostMetricName>(
  t: TenantHandle,
  collectorId: string,
  metrics: readonly M[],
  grid: SeriesGrid,
  within?: TimeRange,
): Promise<HostSeries<M>> {
  const unique = [...new Set(metrics)];
  const series = Object.fromEntries(unique.map((m) => [m, emptySeries(grid.count)])) as Record<
    M,
    MetricSeries
  >;
  const result = {
    bucketSeconds: grid.bucketSeconds,
    time: gridTimes(grid),
    series,
    resolution: grid.resolution,
  };
  if (unique.length === 0) return result;
  const step = Math.max(grid.resolution, 1);
  let start = grid.origin;
  let end = grid.origin + grid.count * grid.bucketSeconds * 1000;
  if (within !== undefined) {
    start = Math.max(start, bucketStart(within.from.getTime(), step));
    end = Math.min(end, bucketCeil(within.to.getTime(), step));
    if (start >= end) return result;
  }
  const columns =
    grid.resolution === 0
      ? unique.map((m) => {
          const c = quoteIdent(m);
          const f = plausibleFilter(HOST_METRICS.find((column) => column.name === m) as Column);
          return `avg(${c}) ${f} AS ${quoteIdent(`${m}:mean`)}, min(${c}) ${f} AS ${quoteIdent(`${m}:min`)}, max(${c}) ${f} AS ${quoteIdent(`${m}:max`)}`;
        })
      : unique.map((m) => {
          const c = metricColumns(m);
          const [sum, count, min, max] = [c.sum, c.count, c.min, c.max].map(quoteIdent);
          return `sum(${sum}) / nullif(sum(coalesce(${count}, n)), 0) AS ${quoteIdent(`${m}:mean`)},
            min(${min}) AS ${quoteIdent(`${m}:min`)}, max(${max}) AS ${quoteIdent(`${m}:max`)}`;
        });
  const [table, time, only] =
    grid.resolution === 0
      ? [t.table('samples'), 'ts', '']
      : [t.table('sample_rollups'), 'bucket_start', `AND resolution = ${grid.resolution}`];
  const rows = await t.query<{ b: Date } & Record<string, number | null>>(
    `SELECT date_bin($2::interval, ${time}, $3) AS b, ${columns.join(', ')}
     FROM ${table} WHERE collector_id = $1 ${only} AND ${time} >= $4 AND ${time} < $5
     GROUP BY 1 ORDER BY 1`,
    [collectorId, `${grid.bucketSeconds} seconds`, new Date(grid.origin), new Date(start), new Date(end)],
  );
  const widthMs = grid.bucketSeconds * 1000;
  // The column names once, not three new strings per metric and row (a thousand rows of eight metrics).
  const targets = unique.map((m) => ({ s: series[m], mean: `${m}:mean`, min: `${m}:min`, max: `${m}:max` }));
  for (const row of rows) {
    const k = Math.round((row.b.getTime() - grid.origin) / widthMs);
    if (k < 0 || k >= grid.count) continue;
    for (const { s, mean, min, max } of targets) {
      s.mean[k] = row[mean] ?? null;
      s.min[k] = row[min] ?? null;
      s.max[k] = row[max] ?? null;
    }
  }
  return result;
}
