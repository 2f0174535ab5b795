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
 * The utilisation table of host rows that pass by in chunks (a host.csv or a capture read without a database),
 * in one pass and without keeping them, as utilisationTable computes it for the same rows once stored: exact
 * percentile_cont while the rows number at most `exactMaxSamples` (their values are kept until then),
 * otherwise from the same quantile sketch (whose buckets merge exactly, so the percentiles are the very ones
 * the rollups give). Count, mean, min and max are exact; non-finite values count as missing.
 */
export class UtilisationAccumulator {
  readonly #exactMax: number;
  #samples = 0;
  readonly #count = new Float64Array(METRICS);
  readonly #sum = new Float64Array(METRICS);
  readonly #min = new Float64Array(METRICS).fill(Number.POSITIVE_INFINITY);
  readonly #max = new Float64Array(METRICS).fill(Number.NEGATIVE_INFINITY);
  /** Every value of each metric, while the rows are few enough for exact percentiles. */
  #kept: Float64Array[] | undefined = HOST_METRIC_NAMES.map(() => new Float64Array(256));
  #sketches: SketchAccumulator | undefined;

  constructor(options: UtilisationOptions = {}) {
    this.#exactMax = options.exactMaxSamples ?? EXACT_MAX_SAMPLES;
  }

  /** `rows` rows of `values` (HostValues' layout: the host metrics of row i from i × metrics on). */
  add(values: Float64Array, rows: number): void {
    this.#samples += rows;
    if (this.#kept && this.#samples > this.#exactMax) this.#toSketches();
    const kept = this.#kept;
    const sketches = this.#sketches;
    const count = this.#count;
    const sum = this.#sum;
    const min = this.#min;
    const max = this.#max;
    for (let m = 0; m < METRICS; m += 1) {
      let n = count[m] as number;
      let s = sum[m] as number;
      let lo = min[m] as number;
      let hi = max[m] as number;
      let column = kept?.[m];
      if (column && column.length < n + rows) column = this.#grow(m, n + rows);
      for (let row = 0; row < rows; row += 1) {
        const v = values[row * METRICS + m] as number;
        if (!Number.isFinite(v)) continue;
        if (column) column[n] = v;
        else sketches?.addValue(m, v);
        n += 1;
        s += v;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      count[m] = n;
      sum[m] = s;
      min[m] = lo;
      max[m] = hi;
    }
  }

  table(): UtilisationTable {
    const sketches = this.#sketches;
    const kept = this.#kept ?? [];
    return {
      exact: sketches === undefined,
      samples: this.#samples,
      rows: HOST_METRIC_NAMES.map((metric, m): UtilisationRow => {
        const n = this.#count[m] as number;
        if (n === 0) return emptyRow(metric);
        const lo = this.#min[m] as number;
        const hi = this.#max[m] as number;
        let quantiles: number[];
        if (sketches) quantiles = sketches.quantiles(m, PERCENTILES, lo, hi);
        else {
          const column = Array.from((kept[m] as Float64Array).subarray(0, n).sort());
          quantiles = PERCENTILES.map((p) => percentileOfSorted(column, p * 100));
        }
        const [p50, p90, p95, p99] = quantiles as [number, number, number, number];
        return { metric, count: n, p50, p90, p95, p99, mean: (this.#sum[m] as number) / n, max: hi, min: lo };
      }),
    };
  }

  #grow(m: number, needed: number): Float64Array {
    const kept = this.#kept as Float64Array[];
    const old = kept[m] as Float64Array;
    const grown = new Float64Array(
      Math.min(Math.max(needed, old.length * 2), Math.max(needed, this.#exactMax)),
    );
    grown.set(old);
    kept[m] = grown;
    return grown;
  }

  /** Past exactMaxSamples rows: the values kept so far go into the sketches, and are let go. */
  #toSketches(): void {
    const sketches = new SketchAccumulator(METRICS);
    this.#kept?.forEach((column, m) => {
      const n = this.#count[m] as number;
      for (let i = 0; i < n; i += 1) sketches.addValue(m, column[i] as number);
    });
    this.#sketches = sketches;
    this.#kept = undefined;
  }
}

/** The utilisation table of host rows held in memory: UtilisationAccumulator over them at once. */
export function utilisationOfColumns(
  columns: HostValues,
  samples: number,
  options: UtilisationOptions = {},
): UtilisationTable {
  const accumulator = new UtilisationAccumulator(options);
  accumulator.add(columns.values, samples);
  return accumulator.table();
}
