import type { HostMetricName } from '@perfanalysis/shared';
import { hostMetric, shortLabel } from '@perfanalysis/shared/metric-catalog';
import { CPU_COLORS, colorAt } from '@perfanalysis/shared/palette';
import { axisTickLabel, formatValue, tickIncrements } from '@perfanalysis/shared/units';
import type { MetricSeries } from '@perfanalysis/storage';
import { FONT_FAMILY } from './chart-font.js';
import { chartValues } from './chart-values.js';
import type { ReportModel } from './model.js';
import {
  HEADER_HEIGHT,
  HEADLINE_HEIGHT,
  HEADLINE_METRICS,
  PANEL_HEIGHT,
  type PanelSpec,
  PNG_WIDTH,
  pngHeight,
  type Template,
} from './templates.js';
import { timeText, zoneLabel, zoneOffsetMs } from './time-zone.js';

const GRID_LEFT = 84;
const GRID_RIGHT = 24;
export const AXIS_COLOR = '#8a94a3';
export const TEXT_COLOR = '#1f2733';

/** A line as drawn: its label, colour and dash, and its columns. */
interface Line {
  readonly label: string;
  readonly color: string;
  readonly dash?: readonly number[] | undefined;
  readonly series: MetricSeries;
}

/** The panel's lines that have data, as the dashboard's linesFrom and withoutFlat choose them. */
function linesOf(model: ReportModel, panel: PanelSpec): Line[] {
  return panel.lines.flatMap((spec, i) => {
    const raw = model.series.series[spec.metric];
    if (!raw) return [];
    const series = { mean: chartValues(raw.mean), min: chartValues(raw.min), max: chartValues(raw.max) };
    const label = spec.label ?? shortLabel(spec.metric);
    const flat = series.mean.every((v) => v === null || v === 0);
    if (flat && !(panel.keep ?? []).includes(label)) return [];
    return [{ label, color: spec.color ?? CPU_COLORS[spec.metric] ?? colorAt(i), dash: spec.dash, series }];
  });
}

/** The y axis: from 0 to a round top, with the dashboard's increments (binary ones for bytes). */
function yScale(
  panel: PanelSpec,
  lines: readonly Line[],
  withBands: boolean,
): { max: number; interval: number } {
  let top = 0;
  if (panel.yMax !== undefined) top = panel.yMax;
  else if (panel.stacked) {
    const count = lines[0]?.series.mean.length ?? 0;
    for (let k = 0; k < count; k += 1)
      top = Math.max(
        top,
        lines.reduce((s, l) => s + (l.series.mean[k] ?? 0), 0),
      );
  } else {
    for (const line of lines) {
      for (const v of withBands ? line.series.max : line.series.mean) if (v !== null && v > top) top = v;
    }
  }
  return roundedAxis(top, panel.unit);
}

/** A y axis from 0 to a round top at or above `top`, with the dashboard's increments (binary for bytes). */
export function roundedAxis(top: number, unit: string): { max: number; interval: number } {
  const high = top > 0 ? top : 1;
  const interval = tickIncrements(unit).find((step) => step * 5 >= high) ?? high / 5;
  return { max: Math.ceil(high / interval - 1e-9) * interval, interval };
}

export const TIME_LABELS = {
  year: '{yyyy}',
  month: '{MMM}',
  day: '{MMM} {d}',
  hour: '{HH}:{mm}',
  minute: '{HH}:{mm}',
  second: '{HH}:{mm}:{ss}',
  millisecond: '{HH}:{mm}:{ss}',
  none: '{HH}:{mm}',
};

/**
 * The ECharts option of a template: one grid per panel, stacked as the page, each with the dashboard's
 * colours, units and increments; missing buckets are gaps, and where a point stands for several samples its
 * bucket's min–max is a band behind the line.
 */
export function chartOption(model: ReportModel, template: Template): Record<string, unknown> {
  const { time, bucketSeconds } = model.series;
  const zone = model.timeZone;
  // ECharts draws clock times in UTC or the process's zone only: times are moved onto the zone's clock.
  const onClock = (t: number) => t + zoneOffsetMs(t, zone);
  const ms = time.map((t) => onClock(t * 1000));
  const clock = (d: Date) => timeText(d, zone).slice(0, 16);
  const withBands = bucketSeconds > 1.5 * model.range.intervalSeconds;
  const title: object[] = [
    {
      text: `${template.title} — ${model.host.name}`,
      subtext: `${clock(model.range.from)} – ${clock(model.range.to)}, times in ${zoneLabel(zone, model.range.from)}`,
      left: 16,
      top: 8,
      textStyle: { fontSize: 18, color: TEXT_COLOR },
      subtextStyle: { fontSize: 12, color: AXIS_COLOR },
    },
  ];
  const grid: object[] = [];
  const legend: object[] = [];
  const xAxis: object[] = [];
  const yAxis: object[] = [];
  const series: object[] = [];
  template.panels.forEach((panel, k) => {
    const top = HEADER_HEIGHT + k * PANEL_HEIGHT;
    const lines = linesOf(model, panel);
    const bands = withBands && !panel.stacked && panel.bands !== false;
    const { max, interval } = yScale(panel, lines, bands);
    title.push({
      text: panel.title,
      left: GRID_LEFT - 8,
      top: top + 6,
      textStyle: { fontSize: 14, color: TEXT_COLOR },
    });
    grid.push({ left: GRID_LEFT, right: GRID_RIGHT, top: top + 36, height: PANEL_HEIGHT - 76 });
    legend.push({
      top: top + 8,
      right: GRID_RIGHT,
      data: lines.map((l) => l.label),
      itemWidth: 14,
      itemHeight: 8,
      textStyle: { fontSize: 12, color: TEXT_COLOR },
    });
    xAxis.push({
      type: 'time',
      gridIndex: k,
      min: onClock(model.range.from.getTime()),
      max: onClock(model.range.to.getTime()),
      axisLine: { lineStyle: { color: AXIS_COLOR } },
      axisLabel: { formatter: TIME_LABELS, color: TEXT_COLOR, fontSize: 11, hideOverlap: true },
      splitLine: { show: false },
    });
    yAxis.push({
      type: 'value',
      gridIndex: k,
      min: 0,
      max,
      interval,
      axisLabel: {
        formatter: (v: number) => axisTickLabel(v, max, panel.unit),
        color: TEXT_COLOR,
        fontSize: 11,
      },
      splitLine: { lineStyle: { color: '#e3e7ed' } },
    });
    const pairs = (values: readonly (number | null)[]) => ms.map((t, i) => [t, values[i] ?? null]);
    lines.forEach((line, i) => {
      if (bands) {
        const stack = `band-${k}-${i}`;
        const span = line.series.max.map((hi, j) => {
          const lo = line.series.min[j];
          return hi === null || lo === null || lo === undefined ? null : hi - lo;
        });
        const hidden = { lineStyle: { opacity: 0 }, showSymbol: false, silent: true, z: 1 };
        series.push({
          type: 'line',
          xAxisIndex: k,
          yAxisIndex: k,
          stack,
          data: pairs(line.series.min),
          ...hidden,
        });
        series.push({
          type: 'line',
          xAxisIndex: k,
          yAxisIndex: k,
          stack,
          data: pairs(span),
          areaStyle: { color: line.color, opacity: 0.15 },
          ...hidden,
        });
      }
      series.push({
        type: 'line',
        name: line.label,
        xAxisIndex: k,
        yAxisIndex: k,
        data: pairs(line.series.mean),
        color: line.color,
        showSymbol: false,
        connectNulls: false,
        z: 2,
        lineStyle: { width: panel.stacked ? 0.6 : 1.5, ...(line.dash ? { type: [...line.dash] } : {}) },
        ...(panel.stacked ? { stack: `stack-${k}`, areaStyle: { opacity: 0.85 } } : {}),
      });
    });
  });
  return {
    animation: false,
    useUTC: true,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT_FAMILY },
    title,
    grid,
    legend,
    xAxis,
    yAxis,
    series,
    ...(template.headline ? { graphic: headline(model, template) } : {}),
  };
}

/** The summary's headline percentiles: P50, P95 and max of the metrics a reader looks at first. */
function headline(model: ReportModel, template: Template): object[] {
  const top = pngHeight(template) - HEADLINE_HEIGHT + 8;
  const rows = HEADLINE_METRICS.flatMap((metric: HostMetricName) => {
    const row = model.table.rows.find((r) => r.metric === metric);
    if (!row || row.count === 0) return [];
    const unit = hostMetric(metric).unit;
    return [
      `${metric.replace(/_/g, ' ')}: P50 ${formatValue(row.p50, unit)} · P95 ${formatValue(row.p95, unit)} · max ${formatValue(row.max, unit)}`,
    ];
  });
  const columns = 2;
  const width = (PNG_WIDTH - 32) / columns;
  return [
    {
      type: 'text',
      left: 16,
      top,
      style: {
        text: `Headline (${model.table.samples.toLocaleString('en')} samples)`,
        fontSize: 14,
        fontWeight: 'bold',
        fill: TEXT_COLOR,
        fontFamily: FONT_FAMILY,
      },
    },
    ...rows.map((text, i) => ({
      type: 'text',
      left: 16 + (i % columns) * width,
      top: top + 28 + Math.floor(i / columns) * 24,
      style: { text, fontSize: 12, fill: TEXT_COLOR, fontFamily: FONT_FAMILY },
    })),
  ];
}
