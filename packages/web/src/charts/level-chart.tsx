import { formatTick, formatValue } from '@perfanalysis/shared/units';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';

export interface LevelSeries {
  readonly label: string;
  readonly color: string;
  readonly values: readonly (number | null)[];
}

/**
 * Work units at each utilisation level, one line per server: x is a utilisation %, not time. Points are
 * drawn, gaps (a level a server was not tested at) stay gaps.
 */
export function LevelChart({
  levels,
  series,
  unit,
}: {
  levels: readonly number[];
  series: readonly LevelSeries[];
  unit: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element || levels.length === 0) return;
    const legendUpdate = (u: uPlot) => {
      const idx = u.cursor.idx;
      root.current?.querySelectorAll<HTMLElement>('[data-legend-value]').forEach((cell, i) => {
        cell.textContent =
          idx === null || idx === undefined ? '–' : formatValue(series[i]?.values[idx] ?? null, unit);
      });
      const at = root.current?.querySelector<HTMLElement>('[data-legend-time]');
      if (at) at.textContent = idx === null || idx === undefined ? '' : `at ${levels[idx]} % utilisation`;
    };
    const u = new uPlot(
      {
        width: Math.max(300, element.clientWidth),
        height: 300,
        legend: { show: false },
        scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, (max ?? 1) * 1.1] } },
        series: [
          {},
          ...series.map((s) => ({
            label: s.label,
            stroke: s.color,
            width: 2,
            points: { show: true, size: 7, fill: s.color },
            spanGaps: false,
          })),
        ],
        axes: [
          {
            values: (_u: uPlot, splits: number[]) => splits.map((v) => `${v}%`),
            grid: { stroke: '#eef0f3' },
            stroke: '#5b6472',
          },
          {
            values: (_u: uPlot, splits: number[]) => splits.map((v) => formatTick(v, unit)),
            size: 78,
            grid: { stroke: '#eef0f3' },
            stroke: '#5b6472',
          },
        ],
        hooks: {
          setCursor: [legendUpdate],
          draw: [
            () => {
              element.dataset.drawn = '1';
            },
          ],
        },
      },
      [[...levels], ...series.map((s) => [...s.values])] as uPlot.AlignedData,
      element,
    );
    const observer = new ResizeObserver(() =>
      u.setSize({ width: Math.max(300, element.clientWidth), height: 300 }),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      u.destroy();
    };
  }, [levels, series, unit]);
  return (
    <section class="chart card" ref={root} aria-label="Work units by utilisation level">
      <header class="chart-head">
        <h3>CPU work units by utilisation level</h3>
        <span class="legend-time" data-legend-time="" />
      </header>
      <div class="chart-plot" ref={host} />
      <div class="legend">
        {series.map((s) => (
          <span class="legend-item" key={s.label}>
            <span class="swatch" style={{ background: s.color }} />
            <span class="legend-label">{s.label}</span>
            <span class="legend-value" data-legend-value="">
              –
            </span>
          </span>
        ))}
      </div>
    </section>
  );
}
