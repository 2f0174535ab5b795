import { shortLabel } from '@perfanalysis/shared/metric-catalog';
import { CPU_COLORS, colorAt } from '@perfanalysis/shared/palette';
import type { Columns } from '../api/types.js';
import type { ChartSeries } from './time-chart.js';

export interface LineSpec {
  readonly metric: string;
  readonly label?: string;
  readonly color?: string;
  readonly dash?: readonly number[];
}

/** Chart lines for some metrics of one answer's columns, skipping metrics it has no column for. */
export function linesFrom(
  columns: Readonly<Record<string, Columns>>,
  specs: readonly (LineSpec | string)[],
): ChartSeries[] {
  const out: ChartSeries[] = [];
  specs.forEach((entry, i) => {
    const spec = typeof entry === 'string' ? { metric: entry } : entry;
    const column = columns[spec.metric];
    if (!column) return;
    out.push({
      label: spec.label ?? shortLabel(spec.metric),
      color: spec.color ?? CPU_COLORS[spec.metric] ?? colorAt(i),
      values: column.mean,
      min: column.min,
      max: column.max,
      ...(spec.dash ? { dash: spec.dash } : {}),
    });
  });
  return out;
}

/** Leaves out lines that are null or zero throughout (guest time on bare metal, steal outside a VM). */
export function withoutFlat(lines: readonly ChartSeries[], keep: readonly string[] = []): ChartSeries[] {
  return lines.filter((line) => keep.includes(line.label) || line.values.some((v) => v !== null && v !== 0));
}

/** One line per device for one metric: "busy per CPU", "used % per filesystem". */
export function perDevice(
  devices: Readonly<Record<string, Readonly<Record<string, Columns>>>>,
  metric: string,
  transform?: (value: number) => number,
  /** The transform turns larger into smaller (busy = 100 − idle): bucket min and max trade places. */
  decreasing = false,
): ChartSeries[] {
  return sortDevices(Object.keys(devices)).flatMap((name, i) => {
    const column = devices[name]?.[metric];
    if (!column) return [];
    const map = (values: (number | null)[]) =>
      transform ? values.map((v) => (v === null ? null : transform(v))) : values;
    const low = map(decreasing ? column.max : column.min);
    const high = map(decreasing ? column.min : column.max);
    return [{ label: name, color: colorAt(i), values: map(column.mean), min: low, max: high }];
  });
}

/** Devices in natural order: cpu2 before cpu10, sda before sdb. */
export function sortDevices(names: readonly string[]): string[] {
  return [...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
