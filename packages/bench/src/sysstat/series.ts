/** Per-interval values of named metrics: metric key → (interval end, unix seconds → value). */
export type Series = Map<string, Map<number, number>>;

/** Records one interval's value of a metric. */
export function addPoint(series: Series, key: string, second: number, value: number): void {
  let points = series.get(key);
  if (points === undefined) {
    points = new Map();
    series.set(key, points);
  }
  points.set(second, value);
}

/** The devices named in keys of the form `<prefix>.<device>.<field>`, in order of appearance. */
export function devicesOf(series: Series, prefix: 'disk' | 'net'): string[] {
  const devices = new Set<string>();
  for (const key of series.keys()) {
    const [kind, device] = key.split('.');
    if (kind === prefix && device !== undefined) devices.add(device);
  }
  return [...devices];
}
