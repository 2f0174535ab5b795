/**
 * The largest magnitude a chart draws: beyond any real host (a petabyte a second, 10^15 of anything), and far
 * inside what ECharts and resvg compute with. A value past it (a counter's glitch) is drawn at the limit; the
 * tables and findings keep the real figures.
 */
export const CHART_LIMIT = 1e15;

/** Values as a chart may draw them: missing or non-finite ones are gaps, the rest within ±CHART_LIMIT. */
export function chartValues(values: readonly (number | null)[]): (number | null)[] {
  return values.map((v) =>
    v === null || !Number.isFinite(v) ? null : Math.max(-CHART_LIMIT, Math.min(CHART_LIMIT, v)),
  );
}
