import { busyFromIdle } from '@perfanalysis/shared/merge-runs';
import { ELAPSED_INCREMENTS, formatElapsed } from '@perfanalysis/shared/time-ticks';
import { axisTickLabel } from '@perfanalysis/shared/units';
import { FONT_FAMILY } from './chart-font.js';
import { AXIS_COLOR, roundedAxis, TEXT_COLOR, TIME_LABELS } from './chart-option.js';
import { chartValues } from './chart-values.js';
import type { ComparisonModel } from './comparison-model.js';
import { echarts } from './echarts-bundle.js';
import {
  COMPARE_CHARTS,
  COMPARE_PANEL_HEIGHT,
  compareHeight,
  HEADER_HEIGHT,
  PNG_WIDTH,
} from './templates.js';
import { zoneLabel, zoneOffsetMs } from './time-zone.js';

const LEGEND_HEIGHT = 24;
const COLUMN_WIDTH = PNG_WIDTH / 2;

/** A chart's line of one run: the mean per point (CPU busy as 100 − idle), null where the run has none. */
function lineOf(model: ComparisonModel, run: number, metric: string, busy: boolean): (number | null)[] {
  const mean = chartValues(model.merged.series[run]?.[metric]?.mean ?? []);
  return busy ? busyFromIdle(mean) : mean;
}

/** An instant moved onto the zone's clock (ECharts draws times in UTC or the process's zone only). */
const onClock = (model: ComparisonModel, ms: number) => ms + zoneOffsetMs(ms, model.timeZone);

/** The x axis: seconds since each run's start (+h:mm:ss ticks) or clock time, over every run. */
function xAxisOf(model: ComparisonModel, gridIndex: number): object {
  const { time } = model.merged;
  const first = time[0] ?? 0;
  const last = time[time.length - 1] ?? first + 1;
  const common = {
    gridIndex,
    axisLine: { lineStyle: { color: AXIS_COLOR } },
    splitLine: { show: false },
  };
  if (model.align === 'clock')
    return {
      ...common,
      type: 'time',
      min: onClock(model, first * 1000),
      max: onClock(model, last * 1000),
      axisLabel: { formatter: TIME_LABELS, color: TEXT_COLOR, fontSize: 10, hideOverlap: true },
    };
  const span = Math.max(1, last - first);
  const interval = ELAPSED_INCREMENTS.find((step) => step * 5 >= span) ?? span / 5;
  // From t = 0, or from where a zoomed window of the runs begins (see ReportModel.zeroAt).
  const start = Math.max(0, first);
  return {
    ...common,
    type: 'value',
    min: start,
    max: start + span,
    interval,
    axisLabel: {
      formatter: (v: number) => formatElapsed(v),
      color: TEXT_COLOR,
      fontSize: 10,
      showMaxLabel: false,
    },
  };
}

/**
 * The comparison as an ECharts option: the Compare page's default charts two to a row, each with every run
 * overlaid in its colour (the runs' legend at the top), aligned at t = 0 or on the clock.
 */
export function comparisonOption(model: ComparisonModel): Record<string, unknown> {
  const { time } = model.merged;
  const x =
    model.align === 'clock' ? time.map((t) => onClock(model, t * 1000)) : time.map((t) => t - (time[0] ?? 0));
  const title: object[] = [
    {
      text: `Comparison of ${model.runs.length} runs`,
      subtext:
        model.align === 'clock'
          ? `on the clock, times in ${zoneLabel(model.timeZone, new Date((time[0] ?? 0) * 1000))}`
          : "aligned at each run's start (t = 0); the x axis is time since the start",
      left: 16,
      top: 8,
      textStyle: { fontSize: 18, color: TEXT_COLOR },
      subtextStyle: { fontSize: 12, color: AXIS_COLOR },
    },
  ];
  const grid: object[] = [];
  const xAxis: object[] = [];
  const yAxis: object[] = [];
  const series: object[] = [];
  COMPARE_CHARTS.forEach((chart, k) => {
    const left = (k % 2) * COLUMN_WIDTH;
    const top = HEADER_HEIGHT + LEGEND_HEIGHT + Math.floor(k / 2) * COMPARE_PANEL_HEIGHT;
    const lines = model.runs.map((_, r) => lineOf(model, r, chart.metric, chart.busy === true));
    let high = chart.yMax ?? 0;
    if (chart.yMax === undefined)
      for (const line of lines) for (const v of line) if (v !== null && v > high) high = v;
    const { max, interval } = roundedAxis(high, chart.unit);
    title.push({
      text: chart.title,
      left: left + 64,
      top: top + 4,
      textStyle: { fontSize: 13, color: TEXT_COLOR },
    });
    grid.push({
      left: left + 72,
      width: COLUMN_WIDTH - 120,
      top: top + 30,
      height: COMPARE_PANEL_HEIGHT - 64,
    });
    xAxis.push(xAxisOf(model, k));
    yAxis.push({
      type: 'value',
      gridIndex: k,
      min: 0,
      max,
      interval,
      axisLabel: {
        formatter: (v: number) => axisTickLabel(v, max, chart.unit),
        color: TEXT_COLOR,
        fontSize: 10,
      },
      splitLine: { lineStyle: { color: '#e3e7ed' } },
    });
    model.runs.forEach((run, r) => {
      series.push({
        type: 'line',
        name: run.label,
        xAxisIndex: k,
        yAxisIndex: k,
        data: x.map((t, i) => [t, lines[r]?.[i] ?? null]),
        color: run.color,
        showSymbol: false,
        connectNulls: false,
        lineStyle: { width: 1.4 },
      });
    });
  });
  return {
    animation: false,
    useUTC: true,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT_FAMILY },
    title,
    legend: {
      top: HEADER_HEIGHT,
      left: 16,
      data: model.runs.map((r) => r.label),
      textStyle: { fontSize: 12, color: TEXT_COLOR },
    },
    grid,
    xAxis,
    yAxis,
    series,
  };
}

/** The comparison chart as SVG, by ECharts' server-side renderer. */
export function comparisonSvg(model: ComparisonModel): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: PNG_WIDTH,
    height: compareHeight(),
  });
  try {
    chart.setOption(comparisonOption(model));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
