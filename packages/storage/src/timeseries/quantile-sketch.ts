/**
 * A relative-error quantile sketch (DDSketch's idea: logarithmic buckets), for percentiles over millions of
 * samples within 1 % without reading them. A value x is counted in the bucket of its code: 0 for |x| < 1e-9,
 * otherwise ±(k − K_MIN + 1) with k = ⌈log_γ |x|⌉, so that codes sort as the values do. A bucket's
 * representative value is within α = (γ − 1)/(γ + 1) ≈ 0.99 % of every value it holds, so each order statistic
 * read from the sketch is within α of the exact one, and so is an interpolation between two of the same sign.
 * Sketches merge by adding counts: exact, associative, independent of order.
 *
 * Stored as bytea, one blob per rollup bucket for every host metric (see encodeSketches): a version byte, the
 * number of metrics, then per metric its entry count and its entries (code delta, count) as LEB128 varints. A
 * blob may hold several such parts one after the other: they add up (appending is merging).
 */

export const SKETCH_GAMMA = 1.02;
/** The largest relative error of a value read from a sketch. */
export const SKETCH_RELATIVE_ACCURACY = (SKETCH_GAMMA - 1) / (SKETCH_GAMMA + 1);

const LN_GAMMA = Math.log(SKETCH_GAMMA);
const PER_LN_GAMMA = 1 / LN_GAMMA;
const MIN_MAGNITUDE = 1e-9;
const MAX_MAGNITUDE = 1e18;
const K_MIN = Math.ceil(Math.log(MIN_MAGNITUDE) / LN_GAMMA);
const K_MAX = Math.ceil(Math.log(MAX_MAGNITUDE) / LN_GAMMA);
/** Codes lie in [−MAX_CODE, MAX_CODE]. */
export const MAX_CODE = K_MAX - K_MIN + 1;
const VERSION = 1;

/** The bucket code of a finite value (values beyond ±1e18 share the outermost bucket). */
export function sketchCode(x: number): number {
  const magnitude = Math.abs(x);
  if (magnitude < MIN_MAGNITUDE) return 0;
  let k = Math.ceil(Math.log(magnitude) * PER_LN_GAMMA);
  if (k < K_MIN) k = K_MIN;
  else if (k > K_MAX) k = K_MAX;
  const code = k - K_MIN + 1;
  return x < 0 ? -code : code;
}

const REPRESENTATIVE = new Float64Array(MAX_CODE + 1);
for (let code = 1; code <= MAX_CODE; code += 1) {
  // Bucket (γ^(k−1), γ^k]: 2γ^k/(γ+1) is within α of both ends.
  REPRESENTATIVE[code] = (2 * SKETCH_GAMMA ** (code + K_MIN - 1)) / (SKETCH_GAMMA + 1);
}

/** The value a code stands for. */
export function sketchValue(code: number): number {
  const value = REPRESENTATIVE[Math.abs(code)] ?? 0;
  return code < 0 ? -value : value;
}

/** One metric's sketch: ascending distinct codes and their counts. */
export interface MetricSketch {
  readonly codes: readonly number[];
  readonly counts: readonly number[];
}

export const EMPTY_SKETCH: MetricSketch = { codes: [], counts: [] };

/** Counts by code, shared by every SketchBuilder (they run synchronously, one at a time). */
const SCRATCH = new Float64Array(2 * MAX_CODE + 1);

/**
 * Builds one sketch at a time from values: counts by code in a dense scratch array, then emits the codes seen
 * in order (no sort of the values themselves). Reusable: take() resets it.
 */
export class SketchBuilder {
  private seen: number[] = [];

  add(x: number): void {
    this.addCode(sketchCode(x));
  }

  addCode(code: number): void {
    const i = code + MAX_CODE;
    const c = SCRATCH[i] as number;
    if (c === 0) this.seen.push(i);
    SCRATCH[i] = c + 1;
  }

  take(): MetricSketch {
    const n = this.seen.length;
    if (n === 0) return EMPTY_SKETCH;
    const indexes = this.seen.sort((a, b) => a - b);
    const codes = new Array<number>(n);
    const counts = new Array<number>(n);
    for (let k = 0; k < n; k += 1) {
      const i = indexes[k] as number;
      codes[k] = i - MAX_CODE;
      counts[k] = SCRATCH[i] as number;
      SCRATCH[i] = 0;
    }
    this.seen = [];
    return { codes, counts };
  }
}

/** Two sketches as one (counts added). */
export function mergeSketch(a: MetricSketch, b: MetricSketch): MetricSketch {
  if (b.codes.length === 0) return a;
  if (a.codes.length === 0) return b;
  const codes: number[] = [];
  const counts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.codes.length && j < b.codes.length) {
    const ca = a.codes[i] as number;
    const cb = b.codes[j] as number;
    if (ca < cb) {
      codes.push(ca);
      counts.push(a.counts[i] as number);
      i += 1;
    } else if (cb < ca) {
      codes.push(cb);
      counts.push(b.counts[j] as number);
      j += 1;
    } else {
      codes.push(ca);
      counts.push((a.counts[i] as number) + (b.counts[j] as number));
      i += 1;
      j += 1;
    }
  }
  for (; i < a.codes.length; i += 1) {
    codes.push(a.codes[i] as number);
    counts.push(a.counts[i] as number);
  }
  for (; j < b.codes.length; j += 1) {
    codes.push(b.codes[j] as number);
    counts.push(b.counts[j] as number);
  }
  return { codes, counts };
}

/** Per metric, the merge of two lists of sketches. */
export function mergeSketches(a: readonly MetricSketch[], b: readonly MetricSketch[]): MetricSketch[] {
  const out: MetricSketch[] = [];
  for (let m = 0; m < Math.max(a.length, b.length); m += 1) {
    out.push(mergeSketch(a[m] ?? EMPTY_SKETCH, b[m] ?? EMPTY_SKETCH));
  }
  return out;
}

class ByteWriter {
  private bytes = new Uint8Array(256);
  private pos = 0;

  varint(value: number): void {
    if (this.pos + 10 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.pos] = (v % 0x80) | 0x80;
      this.pos += 1;
      v = Math.floor(v / 0x80);
    }
    this.bytes[this.pos] = v;
    this.pos += 1;
  }

  finish(): Uint8Array {
    return this.bytes.slice(0, this.pos);
  }
}

const zigzag = (n: number): number => (n < 0 ? -2 * n - 1 : 2 * n);
const unzigzag = (n: number): number => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);

/** The blob of one sketch per metric, in metric order. */
export function encodeSketches(sketches: readonly MetricSketch[]): Uint8Array {
  const out = new ByteWriter();
  out.varint(VERSION);
  out.varint(sketches.length);
  for (const { codes, counts } of sketches) {
    out.varint(codes.length);
    let previous = 0;
    for (let i = 0; i < codes.length; i += 1) {
      const code = codes[i] as number;
      out.varint(i === 0 ? zigzag(code) : code - previous);
      out.varint(counts[i] as number);
      previous = code;
    }
  }
  return out.finish();
}

/** Reads a blob, calling visit(metric, code, count) for every entry; returns the number of metrics. */
function readSketches(
  blob: Uint8Array,
  visit: (part: number, metric: number, code: number, count: number) => void,
): void {
  let pos = 0;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = blob[pos];
      if (byte === undefined) throw new RangeError('truncated sketch');
      pos += 1;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  };
  // Parts one after the other (a closed bucket's later samples are appended as parts).
  for (let part = 0; pos < blob.length; part += 1) {
    const version = varint();
    if (version !== VERSION) throw new RangeError(`unknown sketch version ${version}`);
    const metrics = varint();
    for (let m = 0; m < metrics; m += 1) {
      const entries = varint();
      let code = 0;
      for (let i = 0; i < entries; i += 1) {
        code = i === 0 ? unzigzag(varint()) : code + varint();
        visit(part, m, code, varint());
      }
    }
  }
}

/** A blob back as one sketch per metric (its parts merged). */
export function decodeSketches(blob: Uint8Array): MetricSketch[] {
  const parts: { codes: number[][]; counts: number[][] }[] = [];
  readSketches(blob, (p, m, code, count) => {
    while (parts.length <= p) parts.push({ codes: [], counts: [] });
    const part = parts[p] as { codes: number[][]; counts: number[][] };
    while (part.codes.length <= m) {
      part.codes.push([]);
      part.counts.push([]);
    }
    (part.codes[m] as number[]).push(code);
    (part.counts[m] as number[]).push(count);
  });
  let out: MetricSketch[] = [];
  for (const part of parts) {
    out = mergeSketches(
      out,
      part.codes.map((codes, m) => ({ codes, counts: part.counts[m] as number[] })),
    );
  }
  return out;
}

/**
 * Dense counts per metric, for merging many blobs and single values quickly, then reading quantiles.
 */
export class SketchAccumulator {
  private readonly counts: Float64Array[];
  private readonly totals: Float64Array;

  constructor(readonly metrics: number) {
    this.counts = Array.from({ length: metrics }, () => new Float64Array(2 * MAX_CODE + 1));
    this.totals = new Float64Array(metrics);
  }

  addBlob(blob: Uint8Array): void {
    readSketches(blob, (_, m, code, count) => {
      const counts = this.counts[m];
      if (counts === undefined) return;
      counts[code + MAX_CODE] = (counts[code + MAX_CODE] as number) + count;
      this.totals[m] = (this.totals[m] as number) + count;
    });
  }

  addValue(metric: number, x: number): void {
    const counts = this.counts[metric];
    if (counts === undefined || !Number.isFinite(x)) return;
    const i = sketchCode(x) + MAX_CODE;
    counts[i] = (counts[i] as number) + 1;
    this.totals[metric] = (this.totals[metric] as number) + 1;
  }

  count(metric: number): number {
    return this.totals[metric] ?? 0;
  }

  /** What was added, as one sketch per metric (a many-way merge). */
  sketches(): MetricSketch[] {
    return this.counts.map((counts) => {
      const codes: number[] = [];
      const out: number[] = [];
      for (let i = 0; i < counts.length; i += 1) {
        const c = counts[i] as number;
        if (c === 0) continue;
        codes.push(i - MAX_CODE);
        out.push(c);
      }
      return codes.length === 0 ? EMPTY_SKETCH : { codes, counts: out };
    });
  }

  /**
   * The p-quantiles (0–1) of a metric as percentile_cont defines them (interpolated between the closest
   * ranks), each within α of the exact value, then held within the exact [min, max] when given. NaN when
   * the metric has no values.
   */
  quantiles(metric: number, ps: readonly number[], min?: number, max?: number): number[] {
    const counts = this.counts[metric];
    const total = this.totals[metric] ?? 0;
    if (counts === undefined || total === 0) return ps.map(() => Number.NaN);
    // The order statistics wanted, ascending, found in one pass over the cumulative counts.
    const ranks = ps.flatMap((p) => {
      const r = Math.min(Math.max(p, 0), 1) * (total - 1);
      return [Math.floor(r), Math.ceil(r)];
    });
    const order = ranks.map((_, i) => i).sort((a, b) => (ranks[a] as number) - (ranks[b] as number));
    const values = new Float64Array(ranks.length);
    let seen = 0;
    let next = 0;
    for (let i = 0; i < counts.length && next < order.length; i += 1) {
      const c = counts[i] as number;
      if (c === 0) continue;
      seen += c;
      while (next < order.length && (ranks[order[next] as number] as number) < seen) {
        values[order[next] as number] = sketchValue(i - MAX_CODE);
        next += 1;
      }
    }
    return ps.map((p, q) => {
      const r = Math.min(Math.max(p, 0), 1) * (total - 1);
      // The extreme ranks are known exactly.
      const exact = (rank: number, estimate: number): number =>
        rank === 0 && min !== undefined ? min : rank === total - 1 && max !== undefined ? max : estimate;
      const low = exact(Math.floor(r), values[2 * q] as number);
      const high = exact(Math.ceil(r), values[2 * q + 1] as number);
      let v = low + (high - low) * (r - Math.floor(r));
      if (min !== undefined && v < min) v = min;
      if (max !== undefined && v > max) v = max;
      return v;
    });
  }
}
