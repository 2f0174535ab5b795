import type { Column, DeviceKind } from '@perfanalysis/shared';
import { quoteIdent } from '../database/identifiers.js';
import type { TenantHandle } from '../tenancy/tenant-handle.js';
import { emptySeries, gridTimes, type MetricSeries, type SeriesOptions } from './host-series.js';
import { DEVICE_TABLES, type DeviceTable, plausibleFilter } from './sample-tables.js';
import { chooseGrid, samplingInterval } from './series-grid.js';
import { assertCollectorId, assertTimeRange } from './time-range.js';

/** Per-device series: keyed by device name (CPU, disk, interface, mount point, sensor), then metric. */
export interface DeviceSeries {
  readonly bucketSeconds: number;
  readonly time: number[];
  readonly devices: Record<string, Record<string, MetricSeries>>;
}

export interface DeviceSeriesOptions extends Omit<SeriesOptions<string>, 'metrics'> {
  /** The device table's metrics wanted; all of them unless told. */
  readonly metrics?: readonly string[] | undefined;
}

export function deviceTable(kind: DeviceKind): DeviceTable {
  const table = DEVICE_TABLES.find((d) => d.field === kind);
  if (table === undefined) throw new TypeError(`unknown device kind ${JSON.stringify(kind)}`);
  return table;
}

/**
 * Each device's metrics over a range, on the same buckets as hostSeries gives for the same range and points,
 * computed with date_bin from the raw per-device rows (there are no per-device rollups): it reads every device
 * row of the range, about 1 µs each, so a long range of a machine with many CPUs is slow.
 */
export async function deviceSeries(
  t: TenantHandle,
  collectorId: string,
  kind: DeviceKind,
  options: DeviceSeriesOptions,
): Promise<DeviceSeries> {
  assertCollectorId(collectorId);
  assertTimeRange(options);
  const table = deviceTable(kind);
  const metrics = [...new Set(options.metrics ?? table.metrics)];
  const unknown = metrics.filter((m) => !table.metrics.includes(m));
  if (unknown.length > 0) throw new TypeError(`unknown ${kind} metrics: ${unknown.join(', ')}`);
  const grid = chooseGrid(options, {
    points: options.points,
    intervalSeconds: await samplingInterval(t, collectorId, options),
    bucketSeconds: options.bucketSeconds,
    align: options.align,
  });
  // No prototype: a device may be called anything, even __proto__.
  const devices: Record<string, Record<string, MetricSeries>> = Object.create(null);
  const result = { bucketSeconds: grid.bucketSeconds, time: gridTimes(grid), devices };
  if (metrics.length === 0) return result;
  const name = quoteIdent(table.names[0] as string);
  const columns = metrics.map((m, i) => {
    const c = quoteIdent(m);
    const f = plausibleFilter(table.metricColumns[table.metrics.indexOf(m)] as Column);
    return `avg(${c}) ${f} AS mean${i}, min(${c}) ${f} AS min${i}, max(${c}) ${f} AS max${i}`;
  });
  const end = new Date(grid.origin + grid.count * grid.bucketSeconds * 1000);
  const rows = await t.query<{ device: string; b: Date } & Record<string, number | null>>(
    `SELECT ${name} AS device, date_bin($2::interval, ts, $3) AS b, ${columns.join(', ')}
     FROM ${t.table(table.table)} WHERE collector_id = $1 AND ts >= $3 AND ts < $4
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [collectorId, `${grid.bucketSeconds} seconds`, new Date(grid.origin), end],
  );
  const widthMs = grid.bucketSeconds * 1000;
  for (const row of rows) {
    let device = devices[row.device];
    if (device === undefined) {
      device = Object.fromEntries(metrics.map((m) => [m, emptySeries(grid.count)]));
      devices[row.device] = device;
    }
    const k = Math.round((row.b.getTime() - grid.origin) / widthMs);
    if (k < 0 || k >= grid.count) continue;
    metrics.forEach((m, i) => {
      const s = device[m] as MetricSeries;
      s.mean[k] = row[`mean${i}`] ?? null;
      s.min[k] = row[`min${i}`] ?? null;
      s.max[k] = row[`max${i}`] ?? null;
    });
  }
  return result;
}
