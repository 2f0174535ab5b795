import { BinaryCopyWriter, uuidBytes } from '../database/copy-binary.js';
import {
  decodeSketches,
  EMPTY_SKETCH,
  encodeSketches,
  type MetricSketch,
  mergeSketches,
  SketchBuilder,
  sketchCode,
} from './quantile-sketch.js';
import {
  bucketStart,
  FINEST_SKETCH_SECONDS,
  HOST_METRIC_NAMES,
  metricColumns,
  ROLLUP_COLUMNS,
  ROLLUP_LEVELS,
  type RollupLevel,
} from './rollup-tables.js';
import type { HostValues } from './sample-copy.js';

const METRICS = HOST_METRIC_NAMES.length;

/** One rollup bucket in memory: what a sample_rollups row holds. */
export interface BucketAggregate {
  readonly seconds: number;
  /** Unix milliseconds. */
  readonly start: number;
  n: number;
  /** Per metric, in HOST_METRICS order; min/max/sum are meaningless where count is 0. */
  readonly min: number[];
  readonly max: number[];
  readonly sum: number[];
  readonly count: number[];
  /** Per metric; undefined where the row has none (a level without sketches, or an open bucket). */
  sketch: MetricSketch[] | undefined;
}

export function emptyAggregate(seconds: number, start: number): BucketAggregate {
  return {
    seconds,
    start,
    n: 0,
    min: new Array<number>(METRICS).fill(Number.POSITIVE_INFINITY),
    max: new Array<number>(METRICS).fill(Number.NEGATIVE_INFINITY),
    sum: new Array<number>(METRICS).fill(0),
    count: new Array<number>(METRICS).fill(0),
    sketch: undefined,
  };
}

/** Adds b's counts, sums and extremes to a's (sketches are the caller's business). */
export function mergeStats(a: BucketAggregate, b: BucketAggregate): void {
  a.n += b.n;
  for (let m = 0; m < METRICS; m += 1) {
    if (b.count[m] === 0) continue;
    a.count[m] = (a.count[m] as number) + (b.count[m] as number);
    a.sum[m] = (a.sum[m] as number) + (b.sum[m] as number);
    if ((b.min[m] as number) < (a.min[m] as number)) a.min[m] = b.min[m] as number;
    if ((b.max[m] as number) > (a.max[m] as number)) a.max[m] = b.max[m] as number;
  }
}

/**
 * The parents, at `level`, of aggregates of the level below, merged. At a sketch level a parent's sketch is
 * the merge of its children's, or undefined (open) when a child has none.
 */
export function parentAggregates(
  children: Iterable<BucketAggregate>,
  level: RollupLevel,
): Map<number, BucketAggregate> {
  const parents = new Map<number, BucketAggregate>();
  const open = new Set<number>();
  for (const child of children) {
    const start = bucketStart(child.start, level.seconds);
    let parent = parents.get(start);
    if (parent === undefined) {
      parent = emptyAggregate(level.seconds, start);
      parents.set(start, parent);
    }
    mergeStats(parent, child);
    if (!level.sketch || open.has(start)) continue;
    if (child.sketch === undefined) {
      open.add(start);
      parent.sketch = undefined;
    } else
      parent.sketch = parent.sketch === undefined ? child.sketch : mergeSketches(parent.sketch, child.sketch);
  }
  // A parent whose children all had empty sketches still has one (of empty sketches).
  if (level.sketch) {
    for (const [start, parent] of parents) {
      if (!open.has(start)) parent.sketch ??= HOST_METRIC_NAMES.map(() => EMPTY_SKETCH);
    }
  }
  return parents;
}

/** The time a row was stored with: PostgreSQL keeps microseconds, and rounds to them. */
const storedMs = (ms: number): number => Math.round(ms * 1000) / 1000;

/**
 * Aggregates host rows (in any order) into buckets at every rollup level, or at the levels up to `maxSeconds`.
 * Non-finite values are left out, as nulls are. Sketches are built from the values at the finest sketch level
 * only; coarser buckets come out without (see sketchOver). Rows are kept as flat columns until build().
 */
export class RollupBuilder {
  private readonly levels: readonly RollupLevel[];
  /** Each row's time (unix ms, as given), and its values row after row (NaN for null); `rows` of them used. */
  private times: Float64Array = new Float64Array(0);
  private values: Float64Array = new Float64Array(0);
  private rows = 0;
  private latest = Number.NEGATIVE_INFINITY;
  /** After build: the sketches of the rows added, per finest-sketch-level bucket (whatever callers do to the aggregates). */
  private sketched = new Map<number, MetricSketch[]>();

  constructor(maxSeconds = Number.POSITIVE_INFINITY) {
    this.levels = ROLLUP_LEVELS.filter((l) => l.seconds <= maxSeconds);
  }

  /** Rows added. */
  get size(): number {
    return this.rows;
  }

  /** The latest time added (unix ms). */
  get maxTimestamp(): number {
    return storedMs(this.latest);
  }

  private reserve(rows: number): void {
    if (this.rows + rows <= this.times.length) return;
    const capacity = Math.max(256, this.times.length * 2, this.rows + rows);
    const times = new Float64Array(capacity);
    times.set(this.times.subarray(0, this.rows));
    this.times = times;
    const values = new Float64Array(capacity * METRICS);
    values.set(this.values.subarray(0, this.rows * METRICS));
    this.values = values;
  }

  /** Rows given as flat columns (see hostRowsCopy), in HOST_METRICS order, NaN for null: taken, not copied. */
  addColumns(columns: HostValues): void {
    const { times, values } = columns;
    for (const t of times) if (t > this.latest) this.latest = t;
    if (this.rows === 0) {
      this.times = times;
      this.values = values;
    } else {
      this.reserve(times.length);
      this.times.set(times, this.rows);
      this.values.set(values, this.rows * METRICS);
    }
    this.rows += times.length;
  }

  add(timestampMs: number, record: Readonly<Record<string, unknown>>): void {
    this.reserve(1);
    this.times[this.rows] = timestampMs;
    if (timestampMs > this.latest) this.latest = timestampMs;
    const base = this.rows * METRICS;
    for (let m = 0; m < METRICS; m += 1) {
      const v = record[HOST_METRIC_NAMES[m] as string];
      this.values[base + m] = typeof v === 'number' ? v : Number.NaN;
    }
    this.rows += 1;
  }

  /**
   * Every bucket touched, finest level first; sketches at the finest sketch level only. Without `statistics`,
   * only n is counted (for a caller that has the database compute the rest).
   */
  build({ statistics = true }: { readonly statistics?: boolean } = {}): BucketAggregate[] {
    const finest = this.levels[0];
    if (finest === undefined || this.rows === 0) return [];
    const { values, times } = this;
    const fine = new Map<number, BucketAggregate>();
    for (let r = 0; r < this.rows; r += 1) {
      const start = bucketStart(storedMs(times[r] as number), finest.seconds);
      let agg = fine.get(start);
      if (agg === undefined) {
        agg = emptyAggregate(finest.seconds, start);
        fine.set(start, agg);
      }
      agg.n += 1;
      if (!statistics) continue;
      const { min, max, sum, count } = agg;
      const base = r * METRICS;
      for (let m = 0; m < METRICS; m += 1) {
        const v = values[base + m] as number;
        if (!Number.isFinite(v)) continue; // null, or not a number to aggregate
        count[m] = (count[m] as number) + 1;
        sum[m] = (sum[m] as number) + v;
        if (v < (min[m] as number)) min[m] = v;
        if (v > (max[m] as number)) max[m] = v;
      }
    }
    const out: BucketAggregate[] = [];
    let below: Map<number, BucketAggregate> | undefined;
    for (const level of this.levels) {
      const current =
        below === undefined
          ? fine
          : parentAggregates(below.values(), { seconds: level.seconds, sketch: false });
      if (level.seconds === FINEST_SKETCH_SECONDS) {
        this.buildSketches(current);
        this.sketched = new Map([...current].map(([start, agg]) => [start, agg.sketch ?? []]));
      }
      out.push(...current.values());
      below = current;
    }
    return out;
  }

  /** Each bucket's sketches from the codes of its rows' values. */
  private buildSketches(buckets: Map<number, BucketAggregate>): void {
    const rowsOf = new Map<number, number[]>();
    for (let r = 0; r < this.rows; r += 1) {
      const start = bucketStart(storedMs(this.times[r] as number), FINEST_SKETCH_SECONDS);
      let list = rowsOf.get(start);
      if (list === undefined) {
        list = [];
        rowsOf.set(start, list);
      }
      list.push(r);
    }
    const sketch = new SketchBuilder();
    const { values } = this;
    for (const [start, agg] of buckets) {
      const rows = rowsOf.get(start) ?? [];
      const sketches: MetricSketch[] = [];
      for (let m = 0; m < METRICS; m += 1) {
        // Metrics often repeat a value (zeros, totals): its code is computed once.
        let last = Number.NaN;
        let code = 0;
        for (let i = 0; i < rows.length; i += 1) {
          const v = values[(rows[i] as number) * METRICS + m] as number;
          if (!Number.isFinite(v)) continue;
          if (v !== last) {
            last = v;
            code = sketchCode(v);
          }
          sketch.addCode(code);
        }
        sketches.push(sketch.take());
      }
      agg.sketch = sketches;
    }
  }

  /** After build: the merged sketches of the rows added with start ≤ time < end. */
  sketchOver(start: number, end: number): MetricSketch[] {
    let out: MetricSketch[] = HOST_METRIC_NAMES.map(() => EMPTY_SKETCH);
    for (const [s, sketch] of this.sketched) {
      if (s >= start && s < end) out = mergeSketches(out, sketch);
    }
    return out;
  }
}

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** Aggregates as binary COPY data for sample_rollups (every column, in table order). */
export function rollupCopy(collectorId: string, aggs: readonly BucketAggregate[]): Uint8Array {
  const id = uuidBytes(collectorId);
  const out = new BinaryCopyWriter(aggs.length * (64 + METRICS * 44) + 1024);
  for (const agg of aggs) {
    out.row(ROLLUP_COLUMNS.length);
    out.uuid(id);
    out.int4(agg.seconds);
    out.timestamp(agg.start);
    out.int4(agg.n);
    for (let m = 0; m < METRICS; m += 1) {
      const count = agg.count[m] as number;
      out.float8(count === 0 ? null : finite(agg.min[m] as number));
      out.float8(count === 0 ? null : finite(agg.max[m] as number));
      out.float8(count === 0 ? null : finite(agg.sum[m] as number));
      out.int4(count === agg.n ? null : count);
    }
    out.bytea(agg.sketch === undefined ? null : encodeSketches(agg.sketch));
  }
  return out.finish();
}

/** A sample_rollups row back in memory. */
export function aggregateOfRow(row: Readonly<Record<string, unknown>>): BucketAggregate {
  const seconds = Number(row.resolution);
  const start = (row.bucket_start as Date).getTime();
  const agg = emptyAggregate(seconds, start);
  agg.n = Number(row.n);
  for (let m = 0; m < METRICS; m += 1) {
    const c = metricColumns(HOST_METRIC_NAMES[m] as string);
    const count = row[c.count] === null ? agg.n : Number(row[c.count]);
    agg.count[m] = count;
    if (count === 0) continue;
    agg.min[m] = (row[c.min] as number | null) ?? Number.POSITIVE_INFINITY;
    agg.max[m] = (row[c.max] as number | null) ?? Number.NEGATIVE_INFINITY;
    agg.sum[m] = (row[c.sum] as number | null) ?? Number.NaN;
  }
  const sketch = row.sketch;
  if (sketch instanceof Uint8Array) {
    const decoded = decodeSketches(sketch);
    agg.sketch = HOST_METRIC_NAMES.map((_, m) => decoded[m] ?? EMPTY_SKETCH);
  }
  return agg;
}
