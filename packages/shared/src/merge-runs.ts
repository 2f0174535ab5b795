/** Several runs' columns put on one time axis, for runs fetched one by one (captures of one collector). */
export interface RunColumns {
  /** Bucket times, unix seconds. */
  readonly time: readonly number[];
  readonly bucketSeconds: number;
  readonly series: Readonly<
    Record<
      string,
      { mean: readonly (number | null)[]; min: readonly (number | null)[]; max: readonly (number | null)[] }
    >
  >;
  /** Subtracted from the run's times: its start when aligned at t = 0, 0 on the clock. */
  readonly offset: number;
}

export interface MergedRuns {
  readonly time: number[];
  readonly bucketSeconds: number;
  /** Per run, per metric: mean, min and max on the shared axis; null where the run has no point. */
  readonly series: Record<
    string,
    { mean: (number | null)[]; min: (number | null)[]; max: (number | null)[] }
  >[];
}

/**
 * Shifts each run by its offset and puts it on the coarsest run's bucket grid, so that aligned runs share
 * points instead of interleaving into gaps. A finer run's buckets that fall in one coarse bucket are merged:
 * the mean of their means, the least min and the greatest max, as the server would have made that bucket
 * from the same samples (best of all, fetch the runs at the common width: then nothing is merged here).
 */
export function mergeRuns(runs: readonly RunColumns[]): MergedRuns {
  const bucket = Math.max(1, ...runs.map((r) => r.bucketSeconds));
  const snap = (t: number) => Math.floor(t / bucket) * bucket;
  const shifted = runs.map((r) => r.time.map((t) => snap(t - r.offset)));
  const time = [...new Set(shifted.flat())].sort((a, b) => a - b);
  const index = new Map(time.map((t, i) => [t, i]));
  const series = runs.map((run, r) => {
    const out: MergedRuns['series'][number] = {};
    const times = shifted[r] ?? [];
    for (const [metric, columns] of Object.entries(run.series)) {
      const blank = () => new Array<number | null>(time.length).fill(null);
      const target = { mean: blank(), min: blank(), max: blank() };
      const sums = new Array<number>(time.length).fill(0);
      const counts = new Array<number>(time.length).fill(0);
      times.forEach((t, i) => {
        const at = index.get(t);
        if (at === undefined) return;
        const mean = columns.mean[i] ?? null;
        if (mean !== null) {
          sums[at] = (sums[at] ?? 0) + mean;
          counts[at] = (counts[at] ?? 0) + 1;
        }
        target.min[at] = least(target.min[at] ?? null, columns.min[i] ?? null);
        target.max[at] = greatest(target.max[at] ?? null, columns.max[i] ?? null);
      });
      counts.forEach((n, at) => {
        if (n > 0) target.mean[at] = (sums[at] ?? 0) / n;
      });
      out[metric] = target;
    }
    return out;
  });
  return { time, bucketSeconds: bucket, series };
}

const least = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
const greatest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/** CPU busy, 100 − idle, per point: the one number to compare first. */
export function busyFromIdle(idle: readonly (number | null)[]): (number | null)[] {
  return idle.map((v) => (v === null ? null : Math.max(0, 100 - v)));
}
