import { formatTicks, formatValue } from '@perfanalysis/shared/units';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import { chartCsv } from '../lib/chart-csv.js';
import { statsInWindow } from '../lib/series-stats.js';
import { ChartFrame, fullHeight, useChartView } from './chart-frame.js';
import { chartImage } from './chart-image.js';
import { themed, themedColor } from './theme-colors.js';

export interface LevelSeries {
  readonly label: string;
  readonly color: string;
  readonly values: readonly (number | null)[];
}

const TITLE = 'CPU work units by utilisation level';

/**
 * Work units at each utilisation level, one line per server: x is a utilisation %, not time. Points are
 * drawn, gaps (a level a server was not tested at) stay gaps. The legend isolates a server on click.
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
  const plot = useRef<uPlot | undefined>(undefined);
  const view = useChartView(TITLE);
  const [isolated, setIsolated] = useState<number | undefined>(undefined);
  const shown = series.filter((_, i) => isolated === undefined || i === isolated);
  const height = view.full ? fullHeight(series.length) : 300;
  const stats = useMemo(
    () =>
      series.map((s) => ({
        label: s.label,
        color: s.color,
        stats: statsInWindow(levels, s.values, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY),
      })),
    [levels, series],
  );
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
        height,
        legend: { show: false },
        scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, (max ?? 1) * 1.1] } },
        series: [
          {},
          ...shown.map((s) => ({
            label: s.label,
            stroke: () => themedColor(s.color),
            width: 2,
            points: { show: true, size: 7, fill: () => themedColor(s.color) },
            spanGaps: false,
          })),
        ],
        axes: [
          {
            values: (_u: uPlot, splits: number[]) => splits.map((v) => `${v}%`),
            grid: { stroke: themed('--chart-grid') },
            stroke: themed('--chart-axis'),
          },
          {
            values: (_u: uPlot, splits: number[]) => formatTicks(splits, unit),
            size: 78,
            grid: { stroke: themed('--chart-grid') },
            stroke: themed('--chart-axis'),
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
      [[...levels], ...shown.map((s) => [...s.values])] as uPlot.AlignedData,
      element,
    );
    plot.current = u;
    const observer = new ResizeObserver(() =>
      u.setSize({ width: Math.max(300, element.clientWidth), height }),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      u.destroy();
      plot.current = undefined;
    };
  }, [levels, series, unit, isolated, height]);
  return (
    <ChartFrame
      {...view}
      title={TITLE}
      unit={unit}
      series={stats}
      isolated={isolated}
      onIsolate={setIsolated}
      window={undefined}
      rootRef={root}
      csv={() =>
        chartCsv(
          levels,
          shown,
          [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
          'utc',
          'utilisation_pct',
        )
      }
      png={async () => {
        const canvas = plot.current?.ctx.canvas;
        const visible = stats.filter((_, i) => isolated === undefined || i === isolated);
        return canvas ? chartImage(canvas, TITLE, 'by utilisation level', visible, unit) : null;
      }}
    >
      <div class="chart-plot" ref={host} />
    </ChartFrame>
  );
}
