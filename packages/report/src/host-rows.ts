import { HOST_METRICS } from '@perfanalysis/shared';
import { type HostValues, hostValuesFor } from '@perfanalysis/storage';

const METRICS = HOST_METRICS.length;
const NAMES: readonly string[] = HOST_METRICS.map((m) => m.name);

/** Host rows read from a file into flat columns (as storage's HostValues), growing as rows arrive. */
export class HostRows {
  count = 0;
  columns: HostValues = hostValuesFor(4096);

  /** Room for one more row; returns its index (the caller fills times[i] and values[i × metrics …]). */
  next(): number {
    if (this.count === this.columns.times.length) this.reserve(this.count * 2);
    return this.count++;
  }

  /**
   * Room for `rows` rows in all, in one step: a reader that can tell how many rows are coming (from the file's
   * size) asks for them at once rather than growing by doubling, which copies every row several times.
   */
  reserve(rows: number): void {
    if (rows <= this.columns.times.length) return;
    const grown = hostValuesFor(rows);
    grown.times.set(this.columns.times.subarray(0, this.count));
    grown.values.set(this.columns.values.subarray(0, this.count * METRICS));
    this.columns = grown;
  }

  get metrics(): number {
    return METRICS;
  }

  /** The host metrics in column order. */
  get metricNames(): readonly string[] {
    return NAMES;
  }
}
