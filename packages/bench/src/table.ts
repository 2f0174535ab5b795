import type { Row, Target } from './benchmark.js';

/** A figure for people: thousands separated above 1,000, three significant digits below 100. */
export function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const size = Math.abs(value);
  if (size >= 1000) return Math.round(value).toLocaleString('en-US');
  if (size >= 100) return value.toFixed(1);
  if (size === 0) return '0';
  return value.toPrecision(3);
}

function formatTarget(target: Target, unit: string): string {
  const limit = target.limit.toLocaleString('en-US');
  return target.of === 'ratio' ? `ratio ${target.op} ${limit}` : `${target.op} ${limit} ${unit}`.trim();
}

/**
 * Lays out text cells in columns: the first left-aligned, the rest right-aligned, a rule under the header.
 * A line of two cells is a note: its second cell runs on from the second column without setting its width.
 */
export function layoutTable(header: readonly string[], cells: readonly (readonly string[])[]): string {
  const full = cells.filter((line) => line.length > 2);
  const widths = header.map((title, column) =>
    Math.max(
      title.length,
      ...full.map((line) => (line[column] ?? '').length),
      ...(column === 0 ? cells.map((line) => (line[0] ?? '').length) : []),
    ),
  );
  const line = (values: readonly string[]): string =>
    values.length === 2
      ? `${(values[0] ?? '').padEnd(widths[0] ?? 0)}  ${values[1]}`
      : values
          .map((value, column) => {
            const width = widths[column] ?? 0;
            return column === 0 ? value.padEnd(width) : value.padStart(width);
          })
          .join('  ')
          .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...cells.map(line)].join('\n');
}

/** The benchmark report: one line per row, ratios as `0.42×`, verdicts as `ok` or `MISSED`. */
export function formatRows(rows: readonly Row[]): string {
  const cells = rows.map((r) =>
    typeof r.value === 'string'
      ? [r.name, r.value]
      : [
          r.name,
          formatFigure(r.value),
          r.unit,
          r.baseline === undefined ? '' : formatFigure(r.baseline),
          r.ratio === undefined ? '' : `${formatFigure(r.ratio)}×`,
          r.target === undefined ? '' : formatTarget(r.target, r.unit),
          r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED',
        ],
  );
  return layoutTable(['benchmark', 'value', 'unit', 'baseline', 'ratio', 'target', 'ok'], cells);
}
