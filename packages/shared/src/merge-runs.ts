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
 * Shifts each run by its offset, snaps its times to the coarsest run's bucket grid (so aligned runs share
 * points instead of interleaving into gaps), and merges them onto the union of those times.
 */
export function mergeRuns(runs: readonly RunColumns[]): MergedRuns {
  const bucket = Math.max(1, ...runs.map((r) => r.bucketSeconds));
  const snap = (t: number) => Math.round(t / bucket) * bucket;
  const shifted = runs.map((r) => r.time.map((t) => snap(t - r.offset)));
  const time = [...new Set(shifted.flat())].sort((a, b) => a - b);
  const index = new Map(time.map((t, i) => [t, i]));
  const series = runs.map((run, r) => {
    const out: MergedRuns['series'][number] = {};
    const times = shifted[r] ?? [];
    for (const [metric, columns] of Object.entries(run.series)) {
      const blank = () => new Array<number | null>(time.length).fill(null);
      const target = { mean: blank(), min: blank(), max: blank() };
      times.forEach((t, i) => {
        const at = index.get(t);
        if (at === undefined) return;
        // Two buckets snapped onto one point: keep the first mean, widen min and max.
        if (target.mean[at] === null) target.mean[at] = columns.mean[i] ?? null;
        const low = columns.min[i] ?? null;
        const high = columns.max[i] ?? null;
        const curLow = target.min[at] ?? null;
        const curHigh = target.max[at] ?? null;
        target.min[at] = curLow === null ? low : low === null ? curLow : Math.min(curLow, low);
        target.max[at] = curHigh === null ? high : high === null ? curHigh : Math.max(curHigh, high);
      });
      out[metric] = target;
    }
    return out;
  });
  return { time, bucketSeconds: bucket, series };
}

/** CPU busy, 100 − idle, per point: the one number to compare first. */
export function busyFromIdle(idle: readonly (number | null)[]): (number | null)[] {
  return idle.map((v) => (v === null ? null : Math.max(0, 100 - v)));
}
