/** The dashboard's time ranges: relative to the end of the collection's own data, or a zoomed window. */
export const RANGES = ['ALL', '1H', '6H', '24H', '7D'] as const;
export type RangeKey = (typeof RANGES)[number];

export function isRangeKey(value: string | null | undefined): value is RangeKey {
  return value !== null && value !== undefined && (RANGES as readonly string[]).includes(value);
}

/** ALL, a preset, or the last N minutes, hours or days of the data ("90m", "3h"), as the API takes it. */
export function isRelativeRange(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^(ALL|[1-9]\d{0,5}[mhdMHD])$/.test(value);
}

/** The range for "the last N minutes/hours", or undefined when N is not a whole number from 1. */
export function lastRange(count: number, unit: 'm' | 'h'): string | undefined {
  return Number.isInteger(count) && count >= 1 && count <= 999_999 ? `${count}${unit}` : undefined;
}

/** A window in unix seconds. */
export interface Window {
  readonly from: number;
  readonly to: number;
}

/** The query string a range (or a zoomed window, which wins) asks the API for. */
export function rangeParams(range: string, zoom: Window | undefined): Record<string, string> {
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

/** The window moved by half its width, earlier (-1) or later (+1). */
export function panned(window: Window, direction: -1 | 1): Window {
  const shift = Math.round(((window.to - window.from) / 2) * direction);
  return { from: window.from + shift, to: window.to + shift };
}

/** The window around the same centre, `factor` times as wide (½ zooms in, 2 out), at least 2 s wide. */
export function scaled(window: Window, factor: number): Window {
  const centre = (window.from + window.to) / 2;
  const half = Math.max(1, ((window.to - window.from) * factor) / 2);
  return { from: Math.floor(centre - half), to: Math.ceil(centre + half) };
}
