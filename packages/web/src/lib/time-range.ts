/** The dashboard's time ranges: relative to the end of the collection's own data, or a zoomed window. */
export const RANGES = ['ALL', '1H', '6H', '24H', '7D'] as const;
export type RangeKey = (typeof RANGES)[number];

export function isRangeKey(value: string | null | undefined): value is RangeKey {
  return value !== null && value !== undefined && (RANGES as readonly string[]).includes(value);
}

/** A window in unix seconds. */
export interface Window {
  readonly from: number;
  readonly to: number;
}

/** The query string a range (or a zoomed window, which wins) asks the API for. */
export function rangeParams(range: RangeKey, zoom: Window | undefined): Record<string, string> {
  if (zoom)
    return { start: new Date(zoom.from * 1000).toISOString(), end: new Date(zoom.to * 1000).toISOString() };
  return { range };
}

/** About one point per pixel of chart width, within what the API accepts. */
export function pointsFor(widthPx: number): number {
  return Math.max(100, Math.min(4000, Math.round(widthPx)));
}

/** A zoom window from a dragged selection, at least `minSeconds` wide so a stray click does not zoom to nothing. */
export function zoomWindow(a: number, b: number, minSeconds = 2): Window | undefined {
  const from = Math.min(a, b);
  const to = Math.max(a, b);
  if (!(to - from >= minSeconds)) return undefined;
  return { from: Math.floor(from), to: Math.ceil(to) };
}
