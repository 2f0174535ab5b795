import { shortLabel } from '@perfanalysis/shared/metric-catalog';
import { formatValue } from '@perfanalysis/shared/units';
import {
  biggestDifferences,
  type ComparedRow,
  changeText,
  compareTables,
  groupRows,
  STAT_LABELS,
  type STATS,
  type Stat,
  type UtilisationRow,
} from '@perfanalysis/shared/utilisation-compare';
import { themedColor } from '../charts/theme-colors.js';
import { Swatch } from '../components/swatch.js';

import { formatDuration, formatInstant } from '../lib/durations.js';
import type { CompareRun } from './compare-data.js';

/** The runs: colour, name, span, and which one is the baseline. */
export function RunSummary({
  runs,
  tables,
  baseline,
  onBaseline,
  onRemove,
}: {
  runs: readonly CompareRun[];
  tables: readonly (readonly UtilisationRow[])[];
  baseline: number;
  onBaseline: (index: number) => void;
  onRemove: (key: string) => void;
}) {
  return (
    <table class="table" aria-label="Runs">
      <thead>
        <tr>
          <th>Run</th>
          <th>Start</th>
          <th class="num">Length</th>
          <th class="num">Samples</th>
          <th>Baseline</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {runs.map((run, i) => (
          <tr key={run.key}>
            <td>
              <Swatch color={run.color} /> <span class="strong">{run.label}</span>
              {run.detail && <span class="muted"> · {run.detail}</span>}
            </td>
            <td>{formatInstant(run.from)}</td>
            <td class="num">{formatDuration((Date.parse(run.to) - Date.parse(run.from)) / 1000)}</td>
            <td class="num">
              {(tables[i]?.find((r) => r.metric === 'cpu_user')?.count ?? 0).toLocaleString('en')}
            </td>
            <td>
              <input
                type="radio"
                name="baseline"
                checked={i === baseline}
                onChange={() => onBaseline(i)}
                aria-label={`Use ${run.label} as the baseline`}
              />
            </td>
            <td class="row-actions">
              <button type="button" class="button button-small" onClick={() => onRemove(run.key)}>
                Remove
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The largest differences from the baseline, in a sentence each: where to look first. */
export function BiggestDifferences({
  rows,
  runs,
  stat,
  baseline,
}: {
  baseline: number;
  rows: readonly ComparedRow[];
  runs: readonly CompareRun[];
  stat: Stat;
}) {
  const items = biggestDifferences(
    rows.map((row) => ({ ...row, cells: row.cells.slice(0, runs.length) })),
  ).map(({ row, cell, run }) => ({ row, cell, run: runs[run] }));
  if (items.length === 0)
    return <p class="muted">No metric differs from the baseline by 20 % or more at {STAT_LABELS[stat]}.</p>;
  return (
    <ul class="differences">
      {items.map(({ row, cell, run }) => (
        <li key={`${row.metric}-${run?.key}`}>
          <span class={`delta ${(cell.change ?? 0) > 0 ? 'up' : 'down'} level-${cell.level}`}>
            {changeText(cell.change)}
          </span>{' '}
          <strong>{row.metric}</strong> {STAT_LABELS[stat]} on{' '}
          <span style={{ color: run ? themedColor(run.color) : undefined }}>{run?.label}</span>:{' '}
          {formatValue(cell.value, row.unit)}
          <span class="muted"> against {formatValue(row.cells[baseline]?.value, row.unit)}</span>
        </li>
      ))}
    </ul>
  );
}

/** Utilisation tables side by side on one statistic, each cell's change from the baseline highlighted. */
export function CompareTable({
  runs,
  tables,
  stat,
  baseline,
  onlyDifferent,
}: {
  runs: readonly CompareRun[];
  tables: readonly (readonly UtilisationRow[])[];
  stat: Stat;
  baseline: number;
  onlyDifferent: boolean;
}) {
  const rows = compareTables(tables, stat, baseline).filter(
    (r) => !onlyDifferent || r.cells.some((c) => c.level > 0),
  );
  const groups = groupRows(rows);
  return (
    <table class="table table-stats table-compare" aria-label="Utilisation compared">
      <thead>
        <tr>
          <th>Metric ({STAT_LABELS[stat]})</th>
          {runs.map((run, i) => (
            <th class="num" key={run.key}>
              <Swatch color={run.color} /> {run.label}
              {i === baseline && <span class="baseline-tag">baseline</span>}
            </th>
          ))}
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group.group}>
          <tr class="group-row">
            <th colSpan={runs.length + 1}>{group.group}</th>
          </tr>
          {group.rows.map((row) => (
            <tr key={row.metric} data-metric={row.metric}>
              <td title={row.description}>
                <span class="metric-name">{row.metric}</span>
                <span class="metric-desc">{row.description || shortLabel(row.metric)}</span>
              </td>
              {row.cells.map((cell, i) => (
                <td
                  key={runs[i]?.key ?? i}
                  title={
                    cell.change === undefined
                      ? `${runs[i]?.label}: ${formatValue(cell.value, row.unit)}`
                      : `${runs[i]?.label}: ${formatValue(cell.value, row.unit)}, ${changeText(cell.change)} against ${runs[baseline]?.label} (${formatValue(row.cells[baseline]?.value, row.unit)})`
                  }
                  class={`num diff ${cell.level > 0 ? `${(cell.change ?? 0) > 0 ? 'up' : 'down'} level-${cell.level}` : ''}`}
                >
                  <span class="cell-value">{formatValue(cell.value, row.unit)}</span>
                  {cell.change !== undefined && <span class="cell-change">{changeText(cell.change)}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

export type { STATS };
