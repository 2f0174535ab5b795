import { HOST_METRICS, type HostMetricName } from '@perfanalysis/shared';
import { chooseGrid, emptySeries, gridTimes, type MetricSeries, type TimeRange } from '@perfanalysis/storage';
import type { ReportModel } from './model.js';

const METRICS = HOST_METRICS.length;
const INDEX = new Map<string, number>(HOST_METRICS.map((m, i) => [m.name, i]));

/**
 * Widths of the fine buckets in seconds, each a multiple of the one before (so that coarsening merges whole
 * buckets) and of the ones the dashboard's grids use most: the rollup levels' 30 s, 5 min, 1 h and 1 day.
 */
const WIDTHS = [1, 2, 10, 30, 60, 300, 600, 1800, 3600, 7200, 21_600, 43_200, 86_400];
/** Fine buckets kept: far more than a chart's points, so that the chart's buckets are whole fine ones. */
export const FINE_BUCKETS = 8192;

const nextWidth = (seconds: number): number => WIDTHS.find((w) => w > seconds) ?? seconds * 2;

/**
 * Chart series of host rows that pass by in chunks, downsampled on the fly: the rows go into fine buckets on
 * multiples of their width since the epoch (sum, count, min and max per metric), at most FINE_BUCKETS of them;
 * when the rows span more, the width grows and neighbours merge. At the end the dashboard's grid (chooseGrid
 * over the range and interval) is made of whole fine buckets: the same buckets as the dashboard's series
 * whenever the fine width divides the grid's, otherwise a grid as wide as the next multiple of it.
 */
export class SeriesBuckets {
  readonly #names: readonly HostMetricName[];
  readonly #columns: readonly number[];
  /** Fine bucket width in seconds. */
  #width = WIDTHS[0] as number;
  /** The index (start ÷ width) of slot 0, and the highest index used; undefined before any row. */
  #lo: number | undefined;
  #hi = 0;
  #sum: Float64Array;
  #n: Float64Array;
  #min: Float64Array;
  #max: Float64Array;

  constructor(metrics: readonly HostMetricName[]) {
    this.#names = metrics;
    this.#columns = metrics.map((name) => INDEX.get(name) as number);
    [this.#sum, this.#n, this.#min, this.#max] = this.#arrays();
  }

  /** `rows` rows: their times (unix ms) and values (HostValues' layout). */
  add(times: Float64Array, values: Float64Array, rows: number): void {
    const columns = this.#columns;
    const k = columns.length;
    for (let row = 0; row < rows; row += 1) {
      const t = times[row] as number;
      let index = Math.floor(t / (this.#width * 1000));
      if (this.#lo === undefined || index < this.#lo || index >= this.#lo + FINE_BUCKETS) {
        this.#fit(index);
        index = Math.floor(t / (this.#width * 1000));
      }
      if (index > this.#hi) this.#hi = index;
      const slot = (index - (this.#lo as number)) * k;
      for (let j = 0; j < k; j += 1) {
        const v = values[row * METRICS + (columns[j] as number)] as number;
        if (!Number.isFinite(v)) continue;
        const at = slot + j;
        this.#sum[at] = (this.#sum[at] as number) + v;
        this.#n[at] = (this.#n[at] as number) + 1;
        if (v < (this.#min[at] as number)) this.#min[at] = v;
        if (v > (this.#max[at] as number)) this.#max[at] = v;
      }
    }
  }

  /** The fine width in seconds (tests). */
  get fineSeconds(): number {
    return this.#width;
  }

  /** The series on the dashboard's grid of about `points` buckets over `range`. */
  series(range: TimeRange, intervalSeconds: number, points: number): ReportModel['series'] {
    let grid = chooseGrid(range, { points, intervalSeconds });
    if (grid.bucketSeconds % this.#width !== 0) {
      const bucketSeconds = Math.ceil(grid.bucketSeconds / this.#width) * this.#width;
      grid = chooseGrid(range, { points, intervalSeconds, bucketSeconds });
    }
    const k = this.#columns.length;
    const sum = new Float64Array(grid.count * k);
    const n = new Float64Array(grid.count * k);
    const min = new Float64Array(grid.count * k).fill(Number.POSITIVE_INFINITY);
    const max = new Float64Array(grid.count * k).fill(Number.NEGATIVE_INFINITY);
    const lo = this.#lo ?? 0;
    const width = grid.bucketSeconds * 1000;
    for (let index = lo; this.#lo !== undefined && index <= this.#hi; index += 1) {
      const b = Math.floor((index * this.#width * 1000 - grid.origin) / width);
      if (b < 0 || b >= grid.count) continue;
      for (let j = 0; j < k; j += 1) {
        const from = (index - lo) * k + j;
        const c = this.#n[from] as number;
        if (c === 0) continue;
        const to = b * k + j;
        sum[to] = (sum[to] as number) + (this.#sum[from] as number);
        n[to] = (n[to] as number) + c;
        if ((this.#min[from] as number) < (min[to] as number)) min[to] = this.#min[from] as number;
        if ((this.#max[from] as number) > (max[to] as number)) max[to] = this.#max[from] as number;
      }
    }
    const series = Object.fromEntries(
      this.#names.map((name, j) => {
        const s: MetricSeries = emptySeries(grid.count);
        for (let b = 0; b < grid.count; b += 1) {
          const c = n[b * k + j] as number;
          if (c === 0) continue;
          s.mean[b] = (sum[b * k + j] as number) / c;
          s.min[b] = min[b * k + j] as number;
          s.max[b] = max[b * k + j] as number;
        }
        return [name, s];
      }),
    );
    return { bucketSeconds: grid.bucketSeconds, time: gridTimes(grid), series };
  }

  #arrays(): [Float64Array, Float64Array, Float64Array, Float64Array] {
    const size = FINE_BUCKETS * this.#columns.length;
    return [
      new Float64Array(size),
      new Float64Array(size),
      new Float64Array(size).fill(Number.POSITIVE_INFINITY),
      new Float64Array(size).fill(Number.NEGATIVE_INFINITY),
    ];
  }

  /** Room for a row in fine bucket `index`: the slots moved to start lower, and the width grown as needed. */
  #fit(index: number): void {
    if (this.#lo === undefined) {
      this.#lo = index;
      this.#hi = index;
      return;
    }
    const startMs = Math.min(this.#lo, index) * this.#width * 1000;
    const endMs = Math.max(this.#hi, index) * this.#width * 1000;
    let width = this.#width;
    while (Math.floor(endMs / (width * 1000)) - Math.floor(startMs / (width * 1000)) >= FINE_BUCKETS)
      width = nextWidth(width);
    const lo = Math.floor(startMs / (width * 1000));
    const k = this.#columns.length;
    const [sum, n, min, max] = this.#arrays();
    for (let old = this.#lo; old <= this.#hi; old += 1) {
      const slot = (Math.floor((old * this.#width) / width) - lo) * k;
      const from = (old - this.#lo) * k;
      for (let j = 0; j < k; j += 1) {
        sum[slot + j] = (sum[slot + j] as number) + (this.#sum[from + j] as number);
        n[slot + j] = (n[slot + j] as number) + (this.#n[from + j] as number);
        if ((this.#min[from + j] as number) < (min[slot + j] as number))
          min[slot + j] = this.#min[from + j] as number;
        if ((this.#max[from + j] as number) > (max[slot + j] as number))
          max[slot + j] = this.#max[from + j] as number;
      }
    }
    this.#hi = Math.floor((this.#hi * this.#width) / width);
    this.#lo = lo;
    this.#width = width;
    [this.#sum, this.#n, this.#min, this.#max] = [sum, n, min, max];
  }
}
