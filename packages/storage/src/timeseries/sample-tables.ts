import {
  CONTAINER_METRICS,
  type Column,
  CPU_METRICS,
  type DeviceKind,
  DISK_METRICS,
  FS_METRICS,
  HOST_METRICS,
  NET_METRICS,
  type Sample,
  TEMPERATURE_METRICS,
} from '@perfanalysis/shared';
import { quoteIdent } from '../database/identifiers.js';
import type { TenantTable } from '../tenancy/tenant-handle.js';

/** The host metrics' columns of the samples table, in order. */
export const HOST_METRIC_COLUMNS: readonly string[] = HOST_METRICS.map((c) => c.name);
/**
 * The last column of the samples table: the upload that stored the row, NULL for live ingest and command-line
 * imports. Deleting an upload deletes the rows that name it, and only those.
 */
export const UPLOAD_COLUMN = 'upload_id';

/**
 * One kind of device: where its list comes from in a Sample, the samples table's json column holding it (of
 * the same name: sample-devices.ts), and the view that reads it as one row per device (table).
 */
export interface DeviceTable {
  /** The view: collector_id, ts, names, metrics, upload_id. */
  readonly table: TenantTable;
  /** The Sample's list, and the samples table's column. */
  readonly field: DeviceKind;
  /** The text columns naming the device; the first tells devices apart. */
  readonly names: readonly string[];
  readonly metrics: readonly string[];
  /** The metrics' columns (names, units, plausible ranges), in the same order. */
  readonly metricColumns: readonly Column[];
  /** collector_id, ts, names, metrics: the view's columns before upload_id. */
  readonly columns: readonly string[];
}

const device = (
  table: TenantTable,
  field: DeviceKind,
  names: readonly string[],
  metrics: readonly Column[],
): DeviceTable => {
  const metricNames = metrics.map((m) => m.name);
  return {
    table,
    field,
    names,
    metrics: metricNames,
    metricColumns: metrics,
    columns: ['collector_id', 'ts', ...names, ...metricNames],
  };
};

export const DEVICE_TABLES: readonly DeviceTable[] = [
  device('sample_cpus', 'cpus', ['cpu'], CPU_METRICS),
  device('sample_disks', 'disks', ['device'], DISK_METRICS),
  device('sample_nets', 'nets', ['iface'], NET_METRICS),
  device('sample_filesystems', 'filesystems', ['mount', 'fstype', 'source'], FS_METRICS),
  device('sample_temperatures', 'temperatures', ['sensor'], TEMPERATURE_METRICS),
  device('sample_containers', 'containers', ['container_id', 'container_name'], CONTAINER_METRICS),
];

/**
 * The samples table's columns, in order: the key, every host metric, the id of its devices' names, and a json
 * list of every kind of device (sample-devices.ts).
 */
export const SAMPLE_COLUMNS: readonly string[] = [
  'collector_id',
  'ts',
  ...HOST_METRIC_COLUMNS,
  'device_names',
  ...DEVICE_TABLES.map((d) => d.field),
];
/** What the inserts write into the samples table: its columns, then UPLOAD_COLUMN. */
export const HOST_INSERT_COLUMNS: readonly string[] = [...SAMPLE_COLUMNS, UPLOAD_COLUMN];

/** The samples table, then the device views: everything that shows rows of samples (deleting is from samples). */
export const SAMPLE_TABLES: readonly TenantTable[] = ['samples', ...DEVICE_TABLES.map((d) => d.table)];

/** A sample's devices of one kind, as plain records; none where the sample lacks the list (an older agent's). */
export function deviceRows(sample: Sample, table: DeviceTable): readonly Readonly<Record<string, unknown>>[] {
  return (sample[table.field] ?? []) as readonly Readonly<Record<string, unknown>>[];
}

/**
 * An aggregate's FILTER keeping a metric's plausible values only: rows stored before every way in checked the
 * range (a 1e200 from a broken agent) count as missing, as non-finite values do, so no sum or sum of squares
 * (avg, percentile_cont) can overflow.
 */
export function plausibleFilter(column: Column): string {
  const c = quoteIdent(column.name);
  return `FILTER (WHERE ${c} >= ${column.range.min} AND ${c} <= ${column.range.max})`;
}
