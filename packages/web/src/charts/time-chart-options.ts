import { clockTicks, ELAPSED_INCREMENTS, formatElapsed } from '@perfanalysis/shared/time-ticks';
import { formatTicks, tickIncrements } from '@perfanalysis/shared/units';
import uPlot, { type AlignedData, type Options } from 'uplot';
import { stackColumns } from '../lib/stack.js';
import type { ZoneChoice } from '../lib/time-zone.js';
import { chartHeight } from '../live.js';
import { themed, themedColor } from './theme-colors.js';
import type { ChartSeries, TimeChartProps } from './time-chart.js';

/** How a chart is drawn beyond its props: its size, which series show, the zone of its clock axis. */
export interface DrawState {
  readonly width: number;
  readonly height?: number | undefined;
  /** Series hidden by isolating another in the legend: left out of stacking and bands. */
  readonly hidden?: ((index: number) => boolean) | undefined;
  readonly zone?: ZoneChoice | undefined;
}

const Y_AXIS_WIDTH = 78;

function alpha(color: string, opacity: number): string {
  const hex = color.replace('#', '');
  const n = Number.parseInt(hex.length === 3 ? hex.replace(/./g, '$&$&') : hex, 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${opacity})`;
}

/**
 * The data and uPlot options for the props: stacking, bands, axes with units (clock time in the zone chosen),
 * zoom by dragging. Hidden series are left out, so a stack is the visible series' alone.
 */
export function chartOptions(
  props: TimeChartProps,
  state: DrawState,
  onDrawn: (u: uPlot) => void,
  xRange: () => readonly [number, number] | undefined = () => props.xRange,
): { options: Options; data: AlignedData } {
  const { unit, stacked = false, xMode = 'clock' } = props;
  const series = props.series.filter((_, i) => !state.hidden?.(i));
  const utc = state.zone === 'utc';
  const n = props.time.length;
  const hasRange = (s: ChartSeries) => s.min?.length === n && s.max?.length === n;
  const withBands = !stacked && (props.bands ?? series.length <= 3) && series.some(hasRange);
  const lines = stacked ? stackColumns(series.map((s) => s.values)) : series.map((s) => [...s.values]);
  const data: (number | null)[][] = [[...props.time] as number[], ...lines];
  const uSeries: uPlot.Series[] = [{}];
  const bands: uPlot.Band[] = [];
  series.forEach((s, i) => {
    uSeries.push({
      label: s.label,
      stroke: () => themedColor(s.color),
      width: stacked ? 1 : 1.5,
      ...(stacked ? { fill: () => alpha(themedColor(s.color), 0.55) } : {}),
      ...(s.dash ? { dash: [...s.dash] } : {}),
      spanGaps: false,
      // uPlot's default: points only where the data is sparse enough to see them (a live run's first minute).
    });
    if (stacked && i > 0) bands.push({ series: [i + 1, i], fill: () => alpha(themedColor(s.color), 0.55) });
  });
  if (withBands) {
    series.forEach((s) => {
      if (!s.min || !s.max || !hasRange(s)) return;
      data.push([...s.max], [...s.min]);
      const maxIdx = data.length - 2;
      for (let k = 0; k < 2; k++)
        uSeries.push({
          stroke: 'transparent',
          width: 0,
          points: { show: false },
          spanGaps: false,
          label: '',
        });
      bands.push({ series: [maxIdx, maxIdx + 1], fill: () => alpha(themedColor(s.color), 0.13) });
    });
  }
  const yMax = props.yMax;
  const options: Options = {
    width: state.width,
    height: state.height ?? props.height ?? chartHeight(),
    ...(utc ? { tzDate: (ts: number) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC') } : {}),
    legend: { show: false },
    padding: [8, 24, 0, 0],
    series: uSeries,
    bands,
    cursor: {
      // Synced charts share the cursor only: a drag selects (and zooms) once, in the chart it is made in.
      ...(props.syncKey
        ? {
            sync: {
              key: props.syncKey,
              setSeries: false,
              filters: { pub: (type: string) => type !== 'mousedown' && type !== 'mouseup' },
            },
          }
        : {}),
      drag: { x: Boolean(props.onZoom), y: false, setScale: false },
      // Only the vertical line: charts in a group share the time, not the height.
      y: false,
      points: { size: 6 },
    },
    scales: {
      x: {
        time: xMode === 'clock',
        range: (_u, min, max) => {
          const fixed = xRange();
          return fixed ? [fixed[0], fixed[1]] : [min ?? 0, max ?? 1];
        },
      },
      y: {
        range: (_u, min, max) => {
          if (yMax !== undefined) return [0, Math.max(yMax, max ?? 0)];
          const low = Math.min(0, min ?? 0);
          const high = max === null || max === undefined || max <= low ? low + 1 : max * 1.08;
          return [low, high];
        },
      },
    },
    axes: [
      {
        stroke: themed('--chart-axis'),
        grid: { stroke: themed('--chart-grid'), width: 1 },
        ticks: { stroke: themed('--chart-tick'), width: 1, size: 4 },
        font: '11px system-ui, sans-serif',
        // Room for "12:39:50" between ticks.
        space: 72,
        ...(xMode === 'elapsed'
          ? { incrs: ELAPSED_INCREMENTS, values: (_u: uPlot, splits: number[]) => splits.map(formatElapsed) }
          : {
              values: (_u: uPlot, splits: number[], _axis: number, _space: number, increment: number) =>
                clockTicks(splits, increment, utc),
            }),
      },
      {
        stroke: themed('--chart-axis'),
        grid: { stroke: themed('--chart-grid'), width: 1 },
        ticks: { show: false },
        size: Y_AXIS_WIDTH,
        font: '11px system-ui, sans-serif',
        // A label every 24 px at least: byte axes step by powers of two, and at uPlot's 30 px a short chart
        // could jump from 8 to 16 MiB and label three lines.
        space: 24,
        incrs: tickIncrements(unit),
        values: (_u: uPlot, splits: number[]) => formatTicks(splits, unit),
      },
    ],
    hooks: {
      draw: [
        (u) => {
          if (u.data[0].length > 0) onDrawn(u);
        },
      ],
      setSelect: [
        (u) => {
          if (!props.onZoom || u.select.width < 4) return;
          const from = u.posToVal(u.select.left, 'x');
          const to = u.posToVal(u.select.left + u.select.width, 'x');
          u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
          props.onZoom(from, to);
        },
      ],
    },
  };
  return { options, data: data as AlignedData };
}
