import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatElapsed } from '@perfanalysis/shared/time-ticks';
import { formatValue } from '@perfanalysis/shared/units';
import { useTimeZone } from '../components/time-zone-switch.js';
import { chartCsv } from '../lib/chart-csv.js';
import { formatInstant } from '../lib/durations.js';
import { statsInWindow } from '../lib/series-stats.js';
import { panned, scaled } from '../lib/time-range.js';
import { formatZoned } from '../lib/time-zone.js';
import { chartHeight } from '../live.js';
import { ChartFrame, fullHeight, useChartView } from './chart-frame.js';
import { keyAction, touchZoom } from './chart-gestures.js';
import { chartImage } from './chart-image.js';
import { type ChartRegion, placeRegions } from './run-regions.js';
import { chartOptions } from './time-chart-options.js';

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

/**
 * A uPlot time-series chart with a legend table that shows each series' value at the cursor (or its latest
 * value) and its min, mean and max over the window, units on the y axis, gaps as gaps, a shared cursor across
 * charts, and zoom by dragging (mouse or finger) or by keys (+ − ← →) when it has the focus.
 */
export function TimeChart(props: TimeChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLElement>(null);
  const refreshLegend = useRef<(u: uPlot) => void>(() => {});
  const plot = useRef<uPlot | undefined>(undefined);
  const propsRef = useRef(props);
  propsRef.current = props;
  const zone = useTimeZone();
  const view = useChartView(props.title);
  const [isolated, setIsolated] = useState<number | undefined>(undefined);
  const hidden = (i: number) => isolated !== undefined && i !== isolated;
  const height = view.full ? fullHeight(props.series.length) : undefined;
  const empty = props.time.length === 0 || props.series.every((s) => s.values.every((v) => v === null));
  const shape = `${props.series.map((s) => s.label).join('|')}|${props.stacked}|${props.unit}|${props.xMode}|${props.yMax}|${props.bands}|${props.syncKey}|${Boolean(props.onZoom)}|${zone}|${isolated}|${height}`;
  const shown = props.xRange ?? [props.time[0] ?? 0, props.time[props.time.length - 1] ?? 0];
  const stats = useMemo(
    () =>
      props.series.map((s) => ({
        label: s.label,
        color: s.color,
        stats: statsInWindow(props.time, s.values, shown[0], shown[1], s.min, s.max),
      })),
    [props.time, props.series, shown[0], shown[1]],
  );

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
    /** Marks each draw of a new window (the bench times range changes by it). */
    const markDrawn = (u: uPlot) => {
      const drawn = `${u.scales.x?.min}-${u.scales.x?.max}`;
      if (element.dataset.window !== drawn) performance.mark('pa:chart-drawn');
      element.dataset.window = drawn;
      element.dataset.drawn = '1';
    };
    refreshLegend.current = updateLegend;
    const state = { width: Math.max(200, element.clientWidth), height, hidden, zone };
    const { options, data } = chartOptions(propsRef.current, state, markDrawn, () => propsRef.current.xRange);
    const regions = (u: uPlot) => placeRegions(u, propsRef.current.regions);
    options.hooks = {
      ...options.hooks,
      setCursor: [updateLegend],
      ready: [updateLegend],
      draw: [...(options.hooks?.draw ?? []), regions],
    };
    const u = new uPlot(options, data, element);
    plot.current = u;
    const detachTouch = touchZoom(u, (from, to) => propsRef.current.onZoom?.(from, to));
    const observer = new ResizeObserver(() => {
      const width = Math.max(200, element.clientWidth);
      const h = height ?? propsRef.current.height ?? options.height;
      if (Math.abs(width - u.width) > 1 || h !== u.height) u.setSize({ width, height: h });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      detachTouch();
      u.destroy();
      plot.current = undefined;
      delete element.dataset.drawn;
      delete element.dataset.window;
    };
  }, [shape, empty]);

  // New data for the same chart: no rebuild, just new columns (live updates, refreshed ranges).
  useEffect(() => {
    const u = plot.current;
    if (!u || empty) return;
    const { data } = chartOptions(props, { width: u.width, hidden, zone }, () => {});
    u.setData(data);
    refreshLegend.current(u);
  }, [props.time, props.series]);

  useEffect(() => {
    if (plot.current) placeRegions(plot.current, props.regions);
  }, [props.regions]);

  /** + and − zoom around the centre, ← and → pan by half the window: through onZoom, as a drag does. */
  const onKeyDown = (event: KeyboardEvent) => {
    const action = keyAction(event.key);
    if (!action || !props.onZoom) return;
    event.preventDefault();
    const w = { from: shown[0], to: shown[1] };
    const next = 'zoom' in action ? scaled(w, action.zoom) : panned(w, action.pan);
    props.onZoom(next.from, next.to);
  };
  const visible = props.series.filter((_, i) => !hidden(i));
  const xMode = props.xMode ?? 'clock';
  return (
    <ChartFrame
      {...view}
      title={props.title}
      subtitle={props.subtitle}
      unit={props.unit}
      series={stats}
      isolated={isolated}
      onIsolate={setIsolated}
      window={xMode === 'clock' ? { from: Math.floor(shown[0]), to: Math.ceil(shown[1]) } : undefined}
      rootRef={root}
      csv={() =>
        chartCsv(props.time, visible, shown, zone, xMode === 'clock' ? 'clock' : 'seconds_from_start')
      }
      png={async () => {
        const canvas = plot.current?.ctx.canvas;
        const caption =
          xMode === 'clock' ? `${formatZoned(shown[0], zone)} – ${formatZoned(shown[1], zone)}` : '';
        return canvas
          ? chartImage(
              canvas,
              props.title,
              caption,
              stats.filter((_, i) => !hidden(i)),
              props.unit,
            )
          : null;
      }}
    >
      {empty ? (
        <div class="chart-empty" style={{ height: `${height ?? props.height ?? chartHeight()}px` }}>
          No data in this range
        </div>
      ) : (
        <div
          class="chart-plot"
          ref={host}
          {...(props.onZoom
            ? {
                tabIndex: 0,
                role: 'group',
                'aria-label': `${props.title}: + and − zoom, ← and → move the window`,
                onKeyDown,
              }
            : {})}
        />
      )}
    </ChartFrame>
  );
}

function lastIndex(series: readonly ChartSeries[], length: number): number | undefined {
  for (let i = length - 1; i >= 0; i--)
    if (series.some((s) => s.values[i] !== null && s.values[i] !== undefined)) return i;
  return undefined;
}
