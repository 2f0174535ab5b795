import { useEffect, useRef } from 'preact/hooks';
import uPlot, { type AlignedData, type Options } from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { clockTicks, ELAPSED_INCREMENTS, formatElapsed } from '@perfanalysis/shared/time-ticks';
import { formatTick, formatValue, tickIncrements } from '@perfanalysis/shared/units';
import { formatInstant } from '../lib/durations.js';
import { stackColumns } from '../lib/stack.js';
import { chartHeight } from '../live.js';
import { type ChartRegion, placeRegions } from './run-regions.js';

/** One line on a chart: its values per time point (null = gap), and optionally its bucket min and max. */
export interface ChartSeries {
  readonly label: string;
  readonly color: string;
  readonly values: readonly (number | null)[];
  readonly min?: readonly (number | null)[] | undefined;
  readonly max?: readonly (number | null)[] | undefined;
  readonly dash?: readonly number[];
}

export interface TimeChartProps {
  readonly title: string;
  readonly unit: string;
  readonly time: readonly number[];
  readonly series: readonly ChartSeries[];
  /** Stacked areas (CPU breakdown): the legend still shows each series' own value. */
  readonly stacked?: boolean;
  /** A fixed top of the y axis (100 for shares of CPU time). */
  readonly yMax?: number;
  /** Clock time, or seconds since the run's start (compare, aligned at t = 0). */
  readonly xMode?: 'clock' | 'elapsed';
  /** The x window to show, in the x axis' unit, even where the data does not reach. */
  readonly xRange?: readonly [number, number] | undefined;
  /** Charts with the same key share one cursor. */
  readonly syncKey?: string;
  /** Dragging across the chart selects a window: called with its ends, in the x axis' unit. */
  readonly onZoom?: (from: number, to: number) => void;
  readonly height?: number;
  /** Draw each series' bucket min–max as a light band, so spikes that averaging hides stay visible. */
  readonly bands?: boolean;
  readonly subtitle?: string;
  /** What the legend shows while the cursor is elsewhere (compare: each run's P95), instead of the latest values. */
  readonly summary?: { readonly label: string; readonly values: readonly string[] } | undefined;
  /** Runs shaded on the chart with their names (x axis' unit). */
  readonly regions?: readonly ChartRegion[] | undefined;
}

const Y_AXIS_WIDTH = 78;

/** A colour of the page's theme (styles.css), read when the chart draws: light or dark, as the page is. */
const themed = (name: string) => () =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim();

function alpha(color: string, opacity: number): string {
  const hex = color.replace('#', '');
  const n = Number.parseInt(hex.length === 3 ? hex.replace(/./g, '$&$&') : hex, 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${opacity})`;
}

/** The data and uPlot options for the props: stacking, bands, axes with units, zoom by dragging. */
function build(
  props: TimeChartProps,
  width: number,
  onDrawn: () => void,
  xRange: () => readonly [number, number] | undefined = () => props.xRange,
): { options: Options; data: AlignedData } {
  const { unit, series, stacked = false, xMode = 'clock' } = props;
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
      stroke: s.color,
      width: stacked ? 1 : 1.5,
      ...(stacked ? { fill: alpha(s.color, 0.55) } : {}),
      ...(s.dash ? { dash: [...s.dash] } : {}),
      spanGaps: false,
      // uPlot's default: points only where the data is sparse enough to see them (a live run's first minute).
    });
    if (stacked && i > 0) bands.push({ series: [i + 1, i], fill: alpha(s.color, 0.55) });
  });
  if (withBands) {
    series.forEach((s, i) => {
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
      bands.push({ series: [maxIdx, maxIdx + 1], fill: alpha(s.color, 0.13) });
      void i;
    });
  }
  const yMax = props.yMax;
  const options: Options = {
    width,
    height: props.height ?? chartHeight(),
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
                clockTicks(splits, increment),
            }),
      },
      {
        stroke: themed('--chart-axis'),
        grid: { stroke: themed('--chart-grid'), width: 1 },
        ticks: { show: false },
        size: Y_AXIS_WIDTH,
        font: '11px system-ui, sans-serif',
        incrs: tickIncrements(unit),
        values: (_u: uPlot, splits: number[]) => splits.map((v) => formatTick(v, unit)),
      },
    ],
    hooks: {
      draw: [
        (u) => {
          if (u.data[0].length > 0) onDrawn();
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

/**
 * A uPlot time-series chart with a legend that shows each series' value at the cursor (or its latest value),
 * units on the y axis, gaps as gaps, a shared cursor across charts and zoom by dragging.
 */
export function TimeChart(props: TimeChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLElement>(null);
  const refreshLegend = useRef<(u: uPlot) => void>(() => {});
  const plot = useRef<uPlot | undefined>(undefined);
  const propsRef = useRef(props);
  propsRef.current = props;
  const empty = props.time.length === 0 || props.series.every((s) => s.values.every((v) => v === null));
  const shape = `${props.series.map((s) => s.label).join('|')}|${props.stacked}|${props.unit}|${props.xMode}|${props.yMax}|${props.bands}|${props.syncKey}|${Boolean(props.onZoom)}`;

  useEffect(() => {
    const element = host.current;
    if (!element || empty) return;
    const updateLegend = (u: uPlot) => {
      const box = root.current;
      if (!box) return;
      const current = propsRef.current;
      const cursorIdx = u.cursor.idx;
      const summary = current.summary;
      if (summary && (cursorIdx === null || cursorIdx === undefined)) {
        const label = box.querySelector<HTMLElement>('[data-legend-time]');
        if (label) label.textContent = summary.label;
        box.querySelectorAll<HTMLElement>('[data-legend-value]').forEach((cell, i) => {
          cell.textContent = summary.values[i] ?? '–';
        });
        return;
      }
      const idx = cursorIdx ?? lastIndex(current.series, current.time.length);
      const timeCell = box.querySelector<HTMLElement>('[data-legend-time]');
      if (timeCell) {
        const t = idx === undefined || idx === null ? undefined : current.time[idx];
        timeCell.textContent =
          t === undefined
            ? ''
            : `${cursorIdx === null || cursorIdx === undefined ? 'latest · ' : ''}${current.xMode === 'elapsed' ? formatElapsed(t) : formatInstant(new Date(t * 1000).toISOString())}`;
      }
      box.querySelectorAll<HTMLElement>('[data-legend-value]').forEach((cell, i) => {
        const value = idx === undefined || idx === null ? null : (current.series[i]?.values[idx] ?? null);
        cell.textContent = formatValue(value, current.unit);
      });
    };
    const markDrawn = () => {
      if (element.dataset.drawn !== '1') performance.mark('pa:chart-drawn');
      element.dataset.drawn = '1';
    };
    refreshLegend.current = updateLegend;
    const { options, data } = build(
      propsRef.current,
      Math.max(200, element.clientWidth),
      markDrawn,
      () => propsRef.current.xRange,
    );
    const regions = (u: uPlot) => placeRegions(u, propsRef.current.regions);
    options.hooks = {
      ...options.hooks,
      setCursor: [updateLegend],
      ready: [updateLegend],
      draw: [...(options.hooks?.draw ?? []), regions],
    };
    const u = new uPlot(options, data, element);
    plot.current = u;
    const observer = new ResizeObserver(() => {
      const width = Math.max(200, element.clientWidth);
      const height = propsRef.current.height ?? chartHeight();
      if (Math.abs(width - u.width) > 1 || height !== u.height) u.setSize({ width, height });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      u.destroy();
      plot.current = undefined;
      delete element.dataset.drawn;
    };
  }, [shape, empty]);

  // New data for the same chart: no rebuild, just new columns (live updates, refreshed ranges).
  useEffect(() => {
    const u = plot.current;
    const element = host.current;
    if (!u || !element || empty) return;
    const { data } = build(props, u.width, () => {});
    u.setData(data);
    refreshLegend.current(u);
  }, [props.time, props.series]);

  useEffect(() => {
    if (plot.current) placeRegions(plot.current, props.regions);
  }, [props.regions]);

  const toggle = (index: number, button: HTMLButtonElement) => {
    const u = plot.current;
    if (!u || props.stacked) return;
    const show = !(u.series[index + 1]?.show ?? true);
    u.setSeries(index + 1, { show });
    button.classList.toggle('off', !show);
  };

  return (
    <section class="chart card" aria-label={props.title} ref={root}>
      <header class="chart-head">
        <h3>{props.title}</h3>
        {props.subtitle && <span class="chart-sub">{props.subtitle}</span>}
        <span class="legend-time" data-legend-time="" />
      </header>
      {empty ? (
        <div class="chart-empty" style={{ height: `${props.height ?? chartHeight()}px` }}>
          No data in this range
        </div>
      ) : (
        <div class="chart-plot" ref={host} />
      )}
      <div class="legend">
        {props.series.map((s, i) => (
          <button
            type="button"
            class="legend-item"
            key={s.label}
            title={props.stacked ? s.label : `${s.label}: click to hide or show`}
            onClick={(e) => toggle(i, e.currentTarget)}
          >
            <span class="swatch" style={{ background: s.color }} />
            <span class="legend-label">{s.label}</span>
            <span class="legend-value" data-legend-value="">
              –
            </span>
          </button>
        ))}
      </div>
    </section>
  );
}

function lastIndex(series: readonly ChartSeries[], length: number): number | undefined {
  for (let i = length - 1; i >= 0; i--)
    if (series.some((s) => s.values[i] !== null && s.values[i] !== undefined)) return i;
  return undefined;
}
