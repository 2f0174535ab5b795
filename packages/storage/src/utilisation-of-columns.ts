import { percentileOfSorted } from '@perfanalysis/shared';
import { SketchAccumulator } from './quantile-sketch.js';
import { HOST_METRIC_NAMES } from './rollup-tables.js';
import type { HostValues } from './sample-copy.js';
import {
  EXACT_MAX_SAMPLES,
  emptyRow,
  PERCENTILES,
  type UtilisationOptions,
  type UtilisationRow,
  type UtilisationTable,
} from './utilisation-table.js';

const METRICS = HOST_METRIC_NAMES.length;

/**
 * The utilisation table of host rows held in memory (a host.csv or a capture read without a database), as
 * utilisationTable computes it for the same rows once stored: exact percentile_cont up to `exactMaxSamples`
 * rows, otherwise from the same quantile sketch (whose buckets merge exactly, so the percentiles are the very
 * ones the rollups give). Count, mean, min and max are exact; non-finite values count as missing.
 */
export function utilisationOfColumns(
  columns: HostValues,
  samples: number,
  options: UtilisationOptions = {},
): UtilisationTable {
  const exact = samples <= (options.exactMaxSamples ?? EXACT_MAX_SAMPLES);
  const { values } = columns;
  const count = new Float64Array(METRICS);
  const sum = new Float64Array(METRICS);
  const min = new Float64Array(METRICS).fill(Number.POSITIVE_INFINITY);
  const max = new Float64Array(METRICS).fill(Number.NEGATIVE_INFINITY);
  const sketches = exact ? undefined : new SketchAccumulator(METRICS);
  const sorted = exact ? HOST_METRIC_NAMES.map(() => new Float64Array(samples)) : [];
  for (let row = 0; row < samples; row += 1) {
    const base = row * METRICS;
    for (let m = 0; m < METRICS; m += 1) {
      const v = values[base + m] as number;
      if (!Number.isFinite(v)) continue;
      const n = count[m] as number;
      if (sketches) sketches.addValue(m, v);
      else (sorted[m] as Float64Array)[n] = v;
      count[m] = n + 1;
      sum[m] = (sum[m] as number) + v;
      if (v < (min[m] as number)) min[m] = v;
      if (v > (max[m] as number)) max[m] = v;
    }
  }
  return {
    exact,
    samples,
    rows: HOST_METRIC_NAMES.map((metric, m): UtilisationRow => {
      const n = count[m] as number;
      if (n === 0) return emptyRow(metric);
      const lo = min[m] as number;
      const hi = max[m] as number;
      let quantiles: number[];
      if (sketches) quantiles = sketches.quantiles(m, PERCENTILES, lo, hi);
      else {
        const column = Array.from((sorted[m] as Float64Array).subarray(0, n).sort());
        quantiles = PERCENTILES.map((p) => percentileOfSorted(column, p * 100));
      }
      const [p50, p90, p95, p99] = quantiles as [number, number, number, number];
      return { metric, count: n, p50, p90, p95, p99, mean: (sum[m] as number) / n, max: hi, min: lo };
    }),
  };
}
