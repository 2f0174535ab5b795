import { HOST_METRICS, type HostMetricName } from '@perfanalysis/shared';

/**
 * The sample_rollups table: its resolutions and columns. Each resolution nests in the next (30 s in 5 min in
 * 1 h in 1 day), buckets start at multiples of their length since the Unix epoch (UTC), so a bucket is exactly
 * the union of its children and everything in it merges exactly: n, min, max, sum, count, sketch.
 *
 * Sketches: a bucket of a sketch level is *open* (sketch NULL) while data still arrives in it, so that batches
 * do not rewrite a blob each time; the first batch past its end (by up to a minute, spread over collectors)
 * *closes* it (its sketch built from the raw rows of its window at the finest sketch level, merged from its
 * children above), and a batch that brings a bucket whole and goes past it writes it closed at once. A batch
 * that adds to a closed bucket (late data) merges its values into the sketch. A reader descends from an open
 * bucket to its children, and to the raw rows below the finest sketch level; in practice only each
 * collector's newest buckets are open.
 */
export interface RollupLevel {
  readonly seconds: number;
  /** Whether its rows carry a quantile sketch of every metric. */
  readonly sketch: boolean;
}

export const ROLLUP_LEVELS: readonly RollupLevel[] = [
  { seconds: 30, sketch: false },
  { seconds: 300, sketch: true },
  { seconds: 3600, sketch: true },
  { seconds: 86_400, sketch: true },
];

/** The finest level that carries sketches: raw rows fill in what its buckets do not cover. */
export const FINEST_SKETCH_SECONDS = 300;

export const HOST_METRIC_NAMES: readonly HostMetricName[] = HOST_METRICS.map((m) => m.name);

/** The four columns of one metric: min, max, sum, and count (NULL when it equals the bucket's n). */
export const metricColumns = (metric: string) =>
  ({ min: `${metric}_min`, max: `${metric}_max`, sum: `${metric}_sum`, count: `${metric}_n` }) as const;

/** Every column, in table order. */
export const ROLLUP_COLUMNS: readonly string[] = [
  'collector_id',
  'resolution',
  'bucket_start',
  'n',
  ...HOST_METRIC_NAMES.flatMap((m) => Object.values(metricColumns(m))),
  'sketch',
];

/** Bucket start (unix ms) of a time in unix ms at a resolution in seconds. */
export const bucketStart = (ms: number, seconds: number): number => {
  const size = seconds * 1000;
  return Math.floor(ms / size) * size;
};

/** The first bucket boundary at or after a time. */
export const bucketCeil = (ms: number, seconds: number): number => -bucketStart(-ms, seconds);
