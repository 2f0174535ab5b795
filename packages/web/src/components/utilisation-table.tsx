import { shortLabel } from '@perfanalysis/shared/metric-catalog';
import { formatValue } from '@perfanalysis/shared/units';
import { groupRows, STAT_LABELS, STATS, type UtilisationRow } from '@perfanalysis/shared/utilisation-compare';
import { saveBlob } from '../api/save-file.js';

/** P50, P90, P95, P99, mean and max of every metric over the range, grouped, numbers right-aligned. */
export function UtilisationTable({
  rows,
  hideZero = false,
}: {
  rows: readonly UtilisationRow[];
  hideZero?: boolean;
}) {
  const groups = groupRows(rows.filter((r) => r.count > 0 && !(hideZero && alwaysZero(r))));
  return (
    <table class="table table-stats" aria-label="Utilisation percentiles">
      <thead>
        <tr>
          <th>Metric</th>
          {STATS.map((s) => (
            <th class="num" key={s}>
              {STAT_LABELS[s]}
            </th>
          ))}
          <th class="num">Samples</th>
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group.group}>
          <tr class="group-row">
            <th colSpan={STATS.length + 2}>{group.group}</th>
          </tr>
          {group.rows.map((row) => (
            <tr key={row.metric} data-metric={row.metric}>
              <td title={row.description}>
                <span class="metric-name">{row.metric}</span>
                <span class="metric-desc">{row.description || shortLabel(row.metric)}</span>
              </td>
              {STATS.map((s) => (
                <td class="num" key={s}>
                  {formatValue(row[s], row.unit)}
                </td>
              ))}
              <td class="num muted">{row.count.toLocaleString('en')}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

/** A metric that was 0 throughout the range (guest time on bare metal, errors on a healthy link). */
export function alwaysZero(row: UtilisationRow): boolean {
  return row.max === 0 && (row.min === 0 || row.min === null);
}

/** The table as CSV, for a report or a spreadsheet. */
export function saveText(name: string, text: string, type = 'text/csv'): void {
  saveBlob(name, new Blob([text], { type }));
}
