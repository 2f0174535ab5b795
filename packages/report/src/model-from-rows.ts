import { HOST_METRICS } from '@perfanalysis/shared';
import {
  chooseGrid,
  emptySeries,
  gridTimes,
  type MetricSeries,
  thresholdSharesOfColumns,
  utilisationOfColumns,
} from '@perfanalysis/storage';
import { findingsOf, THRESHOLDS } from './findings.js';
import type { HostRows } from './host-rows.js';
import type { ReportHost, ReportModel } from './model.js';
import { CHART_POINTS } from './model-from-database.js';
import { ReportError } from './report-error.js';
import { CHART_METRICS } from './templates.js';
import { defaultTimeZone } from './time-zone.js';

const METRICS = HOST_METRICS.length;
const INDEX = new Map<string, number>(HOST_METRICS.map((m, i) => [m.name, i]));

/**
 * The report of host rows read from a file, with no database: the same buckets as the dashboard's series
 * (chooseGrid over the rows' range and spacing), the same utilisation table and findings as the rows would
 * give once stored (utilisationOfColumns, thresholdSharesOfColumns).
 */
export function reportFromRows(rows: HostRows, host: ReportHost, source: string): ReportModel {
  const { count, columns } = rows;
  if (count === 0) throw new ReportError(`${source}: no samples`);
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i += 1) {
    const t = columns.times[i] as number;
    if (t < first) first = t;
    if (t > last) last = t;
  }
  const range = { from: new Date(first), to: new Date(last + 1) };
  const intervalSeconds = medianSpacingSeconds(columns.times, count);
  return {
    host,
    source,
    range: { ...range, intervalSeconds },
    series: seriesOfRows(rows, range, intervalSeconds),
    table: utilisationOfColumns(columns, count),
    findings: findingsOf(thresholdSharesOfColumns(columns, count, THRESHOLDS)),
    generatedAt: new Date(),
    timeZone: defaultTimeZone(),
  };
}

/** The chart metrics of the rows in the grid's buckets: mean, min and max of each, null where none. */
function seriesOfRows(
  rows: HostRows,
  range: { from: Date; to: Date },
  intervalSeconds: number,
): ReportModel['series'] {
  const grid = chooseGrid(range, { points: CHART_POINTS, intervalSeconds });
  const buckets = grid.count;
  const width = grid.bucketSeconds * 1000;
  const metrics = CHART_METRICS.map((name) => INDEX.get(name) as number);
  const sum = new Float64Array(buckets * metrics.length);
  const n = new Float64Array(buckets * metrics.length);
  const min = new Float64Array(buckets * metrics.length).fill(Number.POSITIVE_INFINITY);
  const max = new Float64Array(buckets * metrics.length).fill(Number.NEGATIVE_INFINITY);
  const { times, values } = rows.columns;
  for (let i = 0; i < rows.count; i += 1) {
    const k = Math.floor(((times[i] as number) - grid.origin) / width);
    if (k < 0 || k >= buckets) continue;
    for (let j = 0; j < metrics.length; j += 1) {
      const v = values[i * METRICS + (metrics[j] as number)] as number;
      if (!Number.isFinite(v)) continue;
      const at = k * metrics.length + j;
      sum[at] = (sum[at] as number) + v;
      n[at] = (n[at] as number) + 1;
      if (v < (min[at] as number)) min[at] = v;
      if (v > (max[at] as number)) max[at] = v;
    }
  }
  const series = Object.fromEntries(
    CHART_METRICS.map((name, j) => {
      const s: MetricSeries = emptySeries(buckets);
      for (let k = 0; k < buckets; k += 1) {
        const at = k * metrics.length + j;
        const c = n[at] as number;
        if (c === 0) continue;
        s.mean[k] = (sum[at] as number) / c;
        s.min[k] = min[at] as number;
        s.max[k] = max[at] as number;
      }
      return [name, s];
    }),
  );
  return { bucketSeconds: grid.bucketSeconds, time: gridTimes(grid), series };
}

/**
 * The sampling interval of rows: the median spacing of their times, so that a gap (the agent stopped for an
 * hour) does not raise it as it raises the mean spacing; 1 s for a single row.
 */
export function medianSpacingSeconds(times: Float64Array, count: number): number {
  if (count < 2) return 1;
  const sorted = times.slice(0, count);
  let ordered = true;
  for (let i = 1; i < count && ordered; i += 1) ordered = (sorted[i] as number) >= (sorted[i - 1] as number);
  if (!ordered) sorted.sort();
  const spacing = new Float64Array(count - 1);
  for (let i = 1; i < count; i += 1) spacing[i - 1] = (sorted[i] as number) - (sorted[i - 1] as number);
  spacing.sort();
  const middle = (count - 1) >> 1;
  const median =
    (count - 1) % 2 === 1
      ? (spacing[middle] as number)
      : ((spacing[middle - 1] as number) + (spacing[middle] as number)) / 2;
  return median > 0 ? median / 1000 : 1;
}
