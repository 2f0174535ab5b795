import { CHARTS, type ChartDef } from '@perfanalysis/shared/compare-charts';
import { busyFromIdle } from '@perfanalysis/shared/merge-runs';
import { formatValue } from '@perfanalysis/shared/units';
import {
  changeText,
  compareTables,
  STAT_LABELS,
  STATS,
  type Stat,
} from '@perfanalysis/shared/utilisation-compare';
import { TimeChart } from '../charts/time-chart.js';
import { ButtonGroup } from '../components/button-group.js';
import { formatDuration } from '../lib/durations.js';
import { setQuery } from '../router.js';
import type { CompareModel } from './compare-data.js';
import { BiggestDifferences, CompareTable } from './compare-table.js';

export const FETCHED = [...new Set(CHARTS.map((c) => c.metric))];

/** Compare: two or more collectors, or captures of one, overlaid from t = 0 or on the clock, with tables. */

/** What a comparison shows: where the runs differ, their charts overlaid, and their tables side by side. */
export function CompareBody({
  model,
  charts,
  stat,
  baseline,
  onlyDifferent,
  setOnlyDifferent,
  xZoom,
  setXZoom,
  toggleChart,
}: {
  model: CompareModel;
  charts: readonly string[];
  stat: Stat;
  baseline: number;
  onlyDifferent: boolean;
  setOnlyDifferent: (v: boolean) => void;
  xZoom: [number, number] | undefined;
  setXZoom: (v: [number, number] | undefined) => void;
  toggleChart: (key: string) => void;
}) {
  const base = Math.min(baseline, model.runs.length - 1);
  const rows = compareTables(model.tables, stat, base);
  const xMode = model.align === 'start' ? 'elapsed' : 'clock';
  return (
    <>
      <section class="card">
        <div class="card-head">
          <h2>Where they differ</h2>
          <span class="muted">
            {STAT_LABELS[stat]}, against {model.runs[base]?.label}
          </span>
        </div>
        <BiggestDifferences rows={rows} runs={model.runs} stat={stat} baseline={base} />
      </section>
      <ButtonGroup class="chip-bar" label="Charts">
        {CHARTS.map((c) => (
          <button
            type="button"
            key={c.key}
            class={charts.includes(c.key) ? 'chip on' : 'chip'}
            aria-pressed={charts.includes(c.key)}
            onClick={() => toggleChart(c.key)}
          >
            {c.title}
          </button>
        ))}
      </ButtonGroup>
      <div class="chart-grid" data-testid="compare-charts">
        {CHARTS.filter((c) => charts.includes(c.key)).map((c) => (
          <TimeChart
            key={c.key}
            title={c.title}
            unit={c.unit}
            {...(c.yMax ? { yMax: c.yMax } : {})}
            time={model.time}
            xMode={xMode}
            xRange={xZoom}
            syncKey="compare"
            regions={model.regions}
            subtitle={model.bucketSeconds ? `${formatDuration(model.bucketSeconds)} per point` : ''}
            onZoom={(from, to) => to - from > 1 && setXZoom([from, to])}
            summary={chartSummary(c, model.tables, base, stat)}
            series={model.runs.map((run, i) => {
              const column = model.series[i]?.[c.metric];
              if (!column) return { label: run.label, color: run.color, values: model.time.map(() => null) };
              return {
                label: run.label,
                color: run.color,
                values: c.busy ? busyFromIdle(column.mean) : column.mean,
                min: c.busy ? busyFromIdle(column.max) : column.min,
                max: c.busy ? busyFromIdle(column.min) : column.max,
              };
            })}
          />
        ))}
      </div>
      <section class="card">
        <div class="card-head">
          <h2>Utilization side by side</h2>
          <div class="actions">
            <ButtonGroup class="segmented" label="Statistic">
              {STATS.map((s) => (
                <button
                  type="button"
                  key={s}
                  class={s === stat ? 'active' : ''}
                  aria-pressed={s === stat}
                  onClick={() => setQuery({ stat: s === 'p95' ? undefined : s })}
                >
                  {STAT_LABELS[s]}
                </button>
              ))}
            </ButtonGroup>
            <label class="inline">
              <input
                type="checkbox"
                checked={onlyDifferent}
                onChange={(e) => setOnlyDifferent(e.currentTarget.checked)}
              />
              Only differences
            </label>
          </div>
        </div>
        <p class="hint">
          Changes are against the baseline run: <span class="delta up level-2">higher</span>{' '}
          <span class="delta down level-2">lower</span>, stronger for larger differences (5 %, 20 %, 50 %);
          tiny absolute differences are not highlighted.
        </p>
        <CompareTable
          runs={model.runs}
          tables={model.tables}
          stat={stat}
          baseline={base}
          onlyDifferent={onlyDifferent}
        />
      </section>
    </>
  );
}

/**
 * What a chart's legend says while the cursor is elsewhere: each run's statistic from the tables, and its
 * change from the baseline — the busy chart gives means (100 − mean idle), the only statistic idle yields.
 */
function chartSummary(
  chart: ChartDef,
  tables: CompareModel['tables'],
  base: number,
  stat: Stat,
): { label: string; values: string[] } | undefined {
  if (chart.busy) {
    const idle = compareTables(tables, 'mean', base).find((r) => r.metric === chart.metric);
    if (!idle) return undefined;
    const means = idle.cells.map((cell) => (cell.value === null ? null : 100 - cell.value));
    const baseMean = means[base] ?? null;
    return {
      label: 'mean of each run',
      values: means.map((value, i) => {
        const change =
          i === base || value === null || baseMean === null || baseMean === 0
            ? ''
            : ` (${changeText(((value - baseMean) / baseMean) * 100)})`;
        return `${formatValue(value, '%')}${change}`;
      }),
    };
  }
  const row = compareTables(tables, stat, base).find((r) => r.metric === chart.metric);
  if (!row) return undefined;
  return {
    label: `${STAT_LABELS[stat]} of each run`,
    values: row.cells.map(
      (cell) =>
        `${formatValue(cell.value, row.unit)}${cell.change === undefined ? '' : ` (${changeText(cell.change)})`}`,
    ),
  };
}
