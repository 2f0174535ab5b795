import { linesFrom, perDevice, withoutFlat } from '../charts/series-builders.js';
import { type ChartSeries, TimeChart, type TimeChartProps } from '../charts/time-chart.js';
import type { Panel, PanelData } from './dashboard-panels.js';

/** What the charts of one answer share: its time axis and window, zoom, cursor sync, runs and resolution. */
export type ChartFrame = Pick<
  TimeChartProps,
  'time' | 'xRange' | 'onZoom' | 'syncKey' | 'regions' | 'subtitle'
>;

/** A panel's lines from the data; undefined when the panel is not shown. */
export function panelSeries(panel: Panel, data: PanelData): ChartSeries[] | undefined {
  if (panel.when && !panel.when(data)) return undefined;
  const { lines } = panel;
  if ('host' in lines) {
    const series = linesFrom(data.host, lines.host);
    return lines.withoutFlat ? withoutFlat(series, lines.withoutFlat) : series;
  }
  const devices = data.devices[lines.kind];
  if (!devices) return undefined;
  return lines.busyFromIdle
    ? perDevice(devices, lines.metric, (idle) => 100 - idle, true)
    : perDevice(devices, lines.metric);
}

/** One panel's chart over a frame. */
export function PanelChart({
  panel,
  series,
  frame,
}: {
  panel: Panel;
  series: readonly ChartSeries[];
  frame: ChartFrame;
}) {
  const { lines, when, ...look } = panel;
  return <TimeChart {...frame} {...look} series={series} />;
}
