import { isRelativeRange, type Window } from './time-range.js';

/**
 * The dashboard's time range in its address, so that a link shows the same data and Back returns to the
 * previous range: `range` (ALL, 1H…, 90m), a zoomed window `from`/`to` in unix seconds (which wins), and
 * `view`, the one chart shown full screen. Pure.
 */
export interface RangeState {
  readonly range: string;
  readonly zoom: Window | undefined;
  readonly view: string | undefined;
}

export function readRange(query: URLSearchParams): RangeState {
  const range = query.get('range');
  const from = Number(query.get('from'));
  const to = Number(query.get('to'));
  const zoomed =
    query.get('from') && query.get('to') && Number.isFinite(from) && Number.isFinite(to) && to > from;
  return {
    range: isRelativeRange(range) ? range : 'ALL',
    zoom: zoomed ? { from, to } : undefined,
    view: query.get('view') || undefined,
  };
}

/** The query changes that show a relative range (and drop any zoom). */
export function relativeQuery(range: string): Record<string, string | undefined> {
  return { range: range === 'ALL' ? undefined : range, from: undefined, to: undefined };
}

/** The query changes that show a window. */
export function windowQuery(window: Window): Record<string, string | undefined> {
  return { from: String(window.from), to: String(window.to) };
}

/** A chart's name in an address: "Busy per CPU" → "busy-per-cpu". */
export function chartSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A link to one chart over one window: this page's address with the window fixed and the chart full screen. */
export function chartLink(href: string, slug: string, window: Window | undefined): string {
  const url = new URL(href);
  url.searchParams.set('view', slug);
  if (window)
    for (const [key, value] of Object.entries(windowQuery(window))) url.searchParams.set(key, `${value}`);
  return url.toString();
}
