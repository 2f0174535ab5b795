import { GROUP_ORDER, HOST_METRIC_NAMES, metricGroup } from './metric-catalog.js';
import { formatNumber, relativeChange } from './units.js';

/** One row of a utilisation table, as the API answers it. */
export interface UtilisationRow {
  readonly metric: string;
  readonly unit: string;
  readonly description: string;
  readonly count: number;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly p95: number | null;
  readonly p99: number | null;
  readonly mean: number | null;
  readonly max: number | null;
  readonly min: number | null;
}

export const STATS = ['p50', 'p90', 'p95', 'p99', 'mean', 'max'] as const;
export type Stat = (typeof STATS)[number];
export const STAT_LABELS: Readonly<Record<Stat, string>> = {
  p50: 'P50',
  p90: 'P90',
  p95: 'P95',
  p99: 'P99',
  mean: 'Mean',
  max: 'Max',
};

/** Rows with data, in the vocabulary's order, grouped (CPU, Memory, Disk, Network, System, Temperature). */
export function groupRows<T extends { metric: string }>(rows: readonly T[]): { group: string; rows: T[] }[] {
  const order = new Map(HOST_METRIC_NAMES.map((name, i) => [name, i]));
  const sorted = [...rows].sort(
    (a, b) => (order.get(a.metric) ?? 1e6) - (order.get(b.metric) ?? 1e6) || a.metric.localeCompare(b.metric),
  );
  return GROUP_ORDER.map((group) => ({
    group,
    rows: sorted.filter((r) => metricGroup(r.metric) === group),
  })).filter((g) => g.rows.length > 0);
}

/** How strongly a difference stands out: 0 (within 5 %), 1 (5–20 %), 2 (20–50 %), 3 (over 50 %). */
export function changeLevel(change: number | undefined): 0 | 1 | 2 | 3 {
  if (change === undefined) return 0;
  const abs = Math.abs(change);
  if (abs < 5) return 0;
  if (abs < 20) return 1;
  if (abs < 50) return 2;
  return 3;
}

/**
 * Differences this small are noise, whatever their percentage: CPU shares under half a point, counts under
 * one, so that 0.1 % vs 0.2 % idle steal is not painted as +100 %.
 */
function negligible(unit: string, base: number, value: number): boolean {
  const delta = Math.abs(value - base);
  if (unit === '%') return delta < 0.5;
  if (unit === '' || unit === '/s' || unit === 'ops/s' || unit === 'pkt/s') return delta < 1;
  if (unit === 'MB') return delta < 1;
  if (unit === 'bytes/s') return delta < 1024;
  return false;
}

export interface ComparedCell {
  readonly value: number | null;
  /**
   * Percent change from the baseline run; ±Infinity from a baseline of 0; undefined for the baseline itself
   * or when not comparable.
   */
  readonly change: number | undefined;
  readonly level: 0 | 1 | 2 | 3;
}

export interface ComparedRow {
  readonly metric: string;
  readonly unit: string;
  readonly description: string;
  readonly cells: ComparedCell[];
}

/**
 * The utilisation tables of several runs, side by side on one statistic, each cell with its change from the
 * baseline run. Metrics that no run has data for are left out.
 */
export function compareTables(
  tables: readonly (readonly UtilisationRow[])[],
  stat: Stat,
  baseline: number,
): ComparedRow[] {
  const metrics = new Map<string, { unit: string; description: string }>();
  for (const table of tables)
    for (const row of table)
      if (row.count > 0) metrics.set(row.metric, { unit: row.unit, description: row.description });
  const rows: ComparedRow[] = [];
  for (const [metric, meta] of metrics) {
    const values = tables.map((table) => table.find((r) => r.metric === metric)?.[stat] ?? null);
    const base = values[baseline] ?? null;
    rows.push({
      metric,
      unit: meta.unit,
      description: meta.description,
      cells: values.map((value, i) => {
        if (i === baseline || value === null || base === null) return { value, change: undefined, level: 0 };
        if (negligible(meta.unit, base, value))
          return { value, change: relativeChange(base, value), level: 0 };
        // From nothing to something (steal time where there was none): as large a difference as there is.
        if (base === 0)
          return { value, change: value > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY, level: 3 };
        const change = relativeChange(base, value);
        return { value, change, level: changeLevel(change) };
      }),
    });
  }
  return rows;
}

/** A difference worth reading first: a metric, the run it is on, and its cell. */
export interface Difference {
  readonly row: ComparedRow;
  readonly run: number;
  readonly cell: ComparedCell;
}

/**
 * "Where they differ": the largest changes from the baseline (20 % or more, not negligible), largest first,
 * at most `limit` of them.
 */
export function biggestDifferences(rows: readonly ComparedRow[], limit = 6): Difference[] {
  return rows
    .flatMap((row) => row.cells.map((cell, run) => ({ row, cell, run })))
    .filter((x) => x.cell.level >= 2 && x.cell.change !== undefined)
    .sort(
      (a, b) =>
        Math.abs(b.cell.change ?? 0) - Math.abs(a.cell.change ?? 0) ||
        a.row.metric.localeCompare(b.row.metric),
    )
    .slice(0, limit);
}

/** A change as shown beside a value: "+12.5 %", "−3 %", "from 0". */
export function changeText(change: number | undefined): string {
  if (change === undefined || Number.isNaN(change)) return '';
  if (change === Number.POSITIVE_INFINITY) return 'from 0';
  if (change === Number.NEGATIVE_INFINITY) return 'from 0';
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(change), 2)} %`;
}
