import { STATS, type UtilisationRow } from '@perfanalysis/shared/utilisation-compare';

/** Three decimals: what the tables show and more, without float noise (41.300000000000004 → 41.3). */
const rounded = (value: number | null | undefined): number | string =>
  value === null || value === undefined ? '' : Math.round(value * 1000) / 1000;

/** The utilisation table as CSV: metric, unit, count, the statistics and min, rounded to three decimals. */
export function utilisationCsv(rows: readonly UtilisationRow[]): string {
  const head = ['metric', 'unit', 'count', ...STATS, 'min'].join(',');
  const body = rows.map((r) =>
    [r.metric, r.unit, r.count, ...STATS.map((s) => rounded(r[s])), rounded(r.min)].join(','),
  );
  return `${[head, ...body].join('\n')}\n`;
}
