/** The min, mean and max of a series over the points inside a window; the mean is of the points' means. Pure. */
export interface SeriesStats {
  readonly min: number | null;
  readonly mean: number | null;
  readonly max: number | null;
}

export function statsInWindow(
  time: readonly number[],
  values: readonly (number | null)[],
  from: number,
  to: number,
  /** Each point's bucket min and max, when it has them: the extremes the means smooth away. */
  low: readonly (number | null)[] = values,
  high: readonly (number | null)[] = values,
): SeriesStats {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < time.length; i++) {
    const t = time[i] ?? Number.NaN;
    if (t < from || t > to) continue;
    const v = values[i];
    if (v === null || v === undefined) continue;
    sum += v;
    count++;
    min = Math.min(min, low[i] ?? v);
    max = Math.max(max, high[i] ?? v);
  }
  return count === 0 ? { min: null, mean: null, max: null } : { min, mean: sum / count, max };
}
