import { ThresholdCounter, UtilisationAccumulator } from '@perfanalysis/storage';
import { findingsOf, THRESHOLDS } from './findings.js';
import type { RowSink } from './host-rows.js';
import type { ReportHost, ReportModel } from './model.js';
import { CHART_POINTS } from './model-from-database.js';
import { ReportError } from './report-error.js';
import { SeriesBuckets } from './series-buckets.js';
import { CHART_METRICS } from './templates.js';
import { defaultTimeZone } from './time-zone.js';

/**
 * The report of host rows read from a file, with no database, made as the rows pass by (one pass, nothing of
 * them kept but their times): the same utilisation table and findings as the rows would give once stored
 * (UtilisationAccumulator, ThresholdCounter), and the chart series in the dashboard's buckets (SeriesBuckets).
 */
export class ReportRows implements RowSink {
  readonly #table = new UtilisationAccumulator();
  readonly #shares = new ThresholdCounter(THRESHOLDS);
  readonly #series = new SeriesBuckets(CHART_METRICS);
  /** The rows' times, for the median spacing (8 bytes a row). */
  #times = new Float64Array(4096);
  #count = 0;
  #first = Number.POSITIVE_INFINITY;
  #last = Number.NEGATIVE_INFINITY;

  add(times: Float64Array, values: Float64Array, rows: number): void {
    if (this.#count + rows > this.#times.length) {
      const grown = new Float64Array(Math.max(this.#times.length * 2, this.#count + rows));
      grown.set(this.#times.subarray(0, this.#count));
      this.#times = grown;
    }
    const kept = this.#times;
    const count = this.#count;
    let first = this.#first;
    let last = this.#last;
    for (let i = 0; i < rows; i += 1) {
      const t = times[i] as number;
      kept[count + i] = t;
      if (t < first) first = t;
      if (t > last) last = t;
    }
    this.#first = first;
    this.#last = last;
    this.#count += rows;
    this.#table.add(values, rows);
    this.#shares.add(values, rows);
    this.#series.add(times, values, rows);
  }

  model(host: ReportHost, source: string): ReportModel {
    if (this.#count === 0) throw new ReportError(`${source}: no samples`);
    const range = { from: new Date(this.#first), to: new Date(this.#last + 1) };
    const intervalSeconds = medianSpacingSeconds(this.#times, this.#count);
    return {
      host,
      source,
      range: { ...range, intervalSeconds },
      series: this.#series.series(range, intervalSeconds, CHART_POINTS),
      table: this.#table.table(),
      findings: findingsOf(this.#shares.shares()),
      generatedAt: new Date(),
      timeZone: defaultTimeZone(),
    };
  }
}

/**
 * The sampling interval of rows: the median spacing of their times, so that a gap (the agent stopped for an
 * hour) does not raise it as it raises the mean spacing; 1 s for a single row.
 */
export function medianSpacingSeconds(times: Float64Array, count: number): number {
  if (count < 2) return 1;
  const sorted = times.subarray(0, count);
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
