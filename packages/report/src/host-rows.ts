import { HOST_METRICS } from '@perfanalysis/shared';

const METRICS = HOST_METRICS.length;
const NAMES: readonly string[] = HOST_METRICS.map((m) => m.name);

/** Rows of a chunk: enough to make the per-chunk work negligible, few enough to stay in the CPU's cache. */
export const CHUNK_ROWS = 2048;

/**
 * Where the rows of a file go, a chunk at a time: times (unix ms) and values in HostValues' layout. The arrays
 * are the reader's, filled again after the call: a sink keeps none of them.
 */
export interface RowSink {
  add(times: Float64Array, values: Float64Array, rows: number): void;
}

/**
 * One chunk of host rows read from a file, in flat columns (as storage's HostValues): a reader fills it row by
 * row and it is handed to the sink when full (and by `flush` at the end), so that a file of any length is read
 * in the same little memory.
 */
export class RowChunk {
  count = 0;
  readonly times = new Float64Array(CHUNK_ROWS);
  readonly values = new Float64Array(CHUNK_ROWS * METRICS);
  /** Rows handed to the sink so far, this chunk's not included. */
  flushed = 0;

  constructor(private readonly sink: RowSink) {}

  /** Room for one more row; returns its index (the caller fills times[i] and values[i × metrics …]). */
  next(): number {
    if (this.count === CHUNK_ROWS) this.flush();
    return this.count++;
  }

  /** Hands the rows of the chunk to the sink. */
  flush(): void {
    if (this.count === 0) return;
    this.sink.add(this.times, this.values, this.count);
    this.flushed += this.count;
    this.count = 0;
  }

  get metrics(): number {
    return METRICS;
  }

  /** The host metrics in column order. */
  get metricNames(): readonly string[] {
    return NAMES;
  }
}
