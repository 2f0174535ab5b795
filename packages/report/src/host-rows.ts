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
    if (this.count === this.columns.times.length) {
      const grown = hostValuesFor(this.count * 2);
      grown.times.set(this.columns.times);
      grown.values.set(this.columns.values);
      this.columns = grown;
    }
    return this.count++;
  }

  get metrics(): number {
    return METRICS;
  }

  /** The host metrics in column order. */
  get metricNames(): readonly string[] {
    return NAMES;
  }
}
