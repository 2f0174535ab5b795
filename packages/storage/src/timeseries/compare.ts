import type { HostMetricName } from '@perfanalysis/shared';
import type { TenantHandle } from '../tenancy/tenant-handle.js';
import { assertHostMetrics, hostSeriesOnGrid, type MetricSeries } from './host-series.js';
import { bucketCeil, bucketStart } from './rollup-tables.js';
import { chooseGrid, type SeriesGrid, samplingInterval } from './series-grid.js';
import { assertCollectorId, assertTimeRange, type TimeRange } from './time-range.js';
import { type UtilisationTable, utilisationTable } from './utilisation-table.js';

/** One collection to compare: a collector and its range (see resolveRange). */
export interface CompareItem extends TimeRange {
  readonly collectorId: string;
}

export interface CompareOptions<M extends HostMetricName> {
  readonly points: number;
  readonly metrics: readonly M[];
  /**
   * `start`: time counts seconds from each collection's start (t = 0), for runs recorded at different times;
   * `clock`: unix seconds, every collection on the same clock.
   */
  readonly align: 'start' | 'clock';
}

export interface ComparedCollection<M extends HostMetricName> extends CompareItem {
  readonly series: Record<M, MetricSeries>;
  readonly table: UtilisationTable;
}

/** Several collections on one time axis: one `time` column for all their series (uPlot's multi-series form). */
export interface Comparison<M extends HostMetricName> {
  readonly align: 'start' | 'clock';
  readonly bucketSeconds: number;
  readonly time: number[];
  readonly collections: ComparedCollection<M>[];
}

/**
 * Several collectors' series on shared buckets, and each one's utilisation table over its own range. Aligned
 * at the start, each collection's buckets begin at its start (rounded down to the rollup resolution read, so
 * t = 0 is the bucket holding the first sample) and the axis is as long as the longest collection; on the
 * clock, the axis spans all of them and a collection is null outside its range.
 */
export async function compareCollections<M extends HostMetricName>(
  t: TenantHandle,
  items: readonly CompareItem[],
  options: CompareOptions<M>,
): Promise<Comparison<M>> {
  for (const item of items) {
    assertCollectorId(item.collectorId);
    assertTimeRange(item);
  }
  assertHostMetrics(options.metrics);
  if (items.length === 0) return { align: options.align, bucketSeconds: 0, time: [], collections: [] };
  const intervals = await Promise.all(items.map((item) => samplingInterval(t, item.collectorId, item)));
  const intervalSeconds = Math.max(...intervals);
  const grids: SeriesGrid[] = [];
  let time: number[];
  if (options.align === 'clock') {
    const from = Math.min(...items.map((i) => i.from.getTime()));
    const to = Math.max(...items.map((i) => i.to.getTime()));
    const grid = chooseGrid(
      { from: new Date(from), to: new Date(to) },
      { points: options.points, intervalSeconds },
    );
    for (const _ of items) grids.push(grid);
    time = Array.from({ length: grid.count }, (_, k) => grid.origin / 1000 + k * grid.bucketSeconds);
  } else {
    const longest = Math.max(...items.map((i) => i.to.getTime() - i.from.getTime()));
    const shape = chooseGrid(
      { from: new Date(0), to: new Date(longest) },
      { points: options.points, intervalSeconds, align: 'start' },
    );
    const step = Math.max(shape.resolution, 1);
    const widthMs = shape.bucketSeconds * 1000;
    let count = 1;
    for (const item of items) {
      const origin = bucketStart(item.from.getTime(), step);
      count = Math.max(count, Math.ceil((bucketCeil(item.to.getTime(), step) - origin) / widthMs));
      grids.push({ ...shape, origin });
    }
    for (let i = 0; i < grids.length; i += 1) grids[i] = { ...(grids[i] as SeriesGrid), count };
    time = Array.from({ length: count }, (_, k) => k * shape.bucketSeconds);
  }
  const collections = await Promise.all(
    items.map(async (item, i) => {
      const [series, table] = await Promise.all([
        hostSeriesOnGrid(t, item.collectorId, options.metrics, grids[i] as SeriesGrid, item),
        utilisationTable(t, item.collectorId, item),
      ]);
      return { ...item, series: series.series, table };
    }),
  );
  const first = grids[0] as SeriesGrid;
  return { align: options.align, bucketSeconds: first.bucketSeconds, time, collections };
}
