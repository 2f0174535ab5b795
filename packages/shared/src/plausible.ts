import {
  CONTAINER_METRICS,
  type Column,
  CPU_METRICS,
  DISK_METRICS,
  FS_METRICS,
  HOST_METRICS,
  NET_METRICS,
  RESULT_FIGURES,
  type ResultFigure,
  TEMPERATURE_METRICS,
} from './columns.js';
import { DEVICE_KINDS, type DeviceKind } from './device-kinds.js';
import type { Sample } from './sample.js';

/**
 * The one check of what may be stored, used on every way in (ingest, host.csv and capture imports, uploads,
 * the benchmark and load-test API): each metric within its plausible range (columns.ts), each time within
 * TIME_BOUNDS. A value outside is refused with a message naming the metric, the value and the time.
 */

/** The earliest time a sample may carry (unix ms): 2000-01-01. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
/** How far ahead of the server's clock a sample may be (a machine's clock running fast). */
export const FUTURE_SLACK_MS = 24 * 3600 * 1000;

/** Why a sample's time (unix ms) is refused, or undefined when it is plausible. */
export function timeProblem(ms: number, now = Date.now()): string | undefined {
  if (!Number.isFinite(ms)) return 'is not a time';
  if (ms < EARLIEST_TIME) return 'is before 2000-01-01';
  if (ms > now + FUTURE_SLACK_MS) return `is more than a day ahead of the server's clock (${iso(now)})`;
  return undefined;
}

/** true when the value lies in the column's plausible range (NaN never does). */
export function isPlausible(column: Column, value: number): boolean {
  return value >= column.range.min && value <= column.range.max;
}

/** "its plausible range 0 to 101 %": how a refusal names the range. */
export function plausibleRangeText(column: Column): string {
  const unit = column.unit === '' ? '' : ` ${column.unit}`;
  return `its plausible range ${column.range.min} to ${column.range.max}${unit}`;
}

/** Why a value is refused: the metric, the value, the time and the range. */
export function describeImplausible(metric: string, column: Column, value: number, time: number): string {
  const unit = column.unit === '' ? '' : ` ${column.unit}`;
  return `${metric} = ${value}${unit} at ${iso(time)} is outside ${plausibleRangeText(column)}`;
}

/**
 * The first implausible value of host rows as flat values (HOST_METRICS order, `values[row * HOST_METRICS.length
 * + m]`, NaN for a missing value), described; undefined when every value is plausible.
 */
export function hostValuesProblem(
  times: ArrayLike<number>,
  values: ArrayLike<number>,
  rows = times.length,
): string | undefined {
  const metrics = HOST_METRICS.length;
  for (let r = 0; r < rows; r += 1) {
    for (let m = 0; m < metrics; m += 1) {
      const value = values[r * metrics + m] as number;
      const column = HOST_METRICS[m] as Column;
      if (!Number.isNaN(value) && !isPlausible(column, value)) {
        return describeImplausible(column.name, column, value, times[r] as number);
      }
    }
  }
  return undefined;
}

/** Each device list's naming field and metrics. */
const DEVICE_LISTS: Readonly<Record<DeviceKind, readonly [string, readonly Column[]]>> = {
  cpus: ['cpu', CPU_METRICS],
  disks: ['device', DISK_METRICS],
  nets: ['iface', NET_METRICS],
  filesystems: ['mount', FS_METRICS],
  temperatures: ['sensor', TEMPERATURE_METRICS],
  containers: ['container_name', CONTAINER_METRICS],
};

/**
 * The first implausible value of a sample (host metrics and every device's), described with its device
 * (`disks[sda].read_bytes`); undefined when every value is plausible or missing (null).
 */
export function sampleProblem(sample: Sample): string | undefined {
  const record = sample as unknown as Record<string, unknown>;
  for (const column of HOST_METRICS) {
    const value = record[column.name];
    if (typeof value === 'number' && !isPlausible(column, value)) {
      return describeImplausible(column.name, column, value, sample.timestamp);
    }
  }
  for (const list of DEVICE_KINDS) {
    const [key, columns] = DEVICE_LISTS[list];
    for (const device of (record[list] ?? []) as Record<string, unknown>[]) {
      for (const column of columns) {
        const value = device[column.name];
        if (typeof value === 'number' && !isPlausible(column, value)) {
          const metric = `${list}[${String(device[key])}].${column.name}`;
          return describeImplausible(metric, column, value, sample.timestamp);
        }
      }
    }
  }
  return undefined;
}

/** ISO 8601, or the number itself where it is no time a Date can hold. */
function iso(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(ms) : date.toISOString();
}

/** Why a benchmark or load-test figure is refused, or undefined when it is plausible. */
export function figureProblem(name: ResultFigure, value: number, time: number): string | undefined {
  const column = RESULT_FIGURES.find((c) => c.name === name) as Column;
  return isPlausible(column, value) ? undefined : describeImplausible(name, column, value, time);
}
