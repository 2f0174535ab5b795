import type { Sample } from '@perfanalysis/shared';
import { type DeviceTable, deviceRows, HOST_METRIC_COLUMNS } from './sample-tables.js';

/**
 * Samples as COPY … (FORMAT csv) text, in the samples tables' column order: for loading CSV with copyFrom
 * and for benchmark baselines (insertSamples writes the faster binary format: sample-copy.ts). Only numbers,
 * timestamps and always-quoted text reach the output, so a malformed value can fail the COPY but never add a
 * row or shift a column.
 */

function metric(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value); // NaN and ±Infinity are valid float8 input
  throw new TypeError(`a metric must be a number or null, not ${JSON.stringify(value)}`);
}

function timestamp(ms: unknown): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    throw new TypeError(`a sample timestamp must be unix milliseconds, not ${JSON.stringify(ms)}`);
  }
  return new Date(ms).toISOString();
}

function text(value: unknown): string {
  if (value === null || value === undefined) return ''; // NULL: refused by the NOT NULL column
  return `"${String(value).replaceAll('"', '""')}"`;
}

/** Host rows: collector_id, ts, then every host metric in column order. collectorId must be a UUID. */
export function hostRowsCsv(collectorId: string, samples: readonly Sample[]): string {
  let csv = '';
  for (const sample of samples) {
    let line = `${collectorId},${timestamp(sample.timestamp)}`;
    const values = sample as unknown as Readonly<Record<string, unknown>>;
    for (const column of HOST_METRIC_COLUMNS) line += `,${metric(values[column])}`;
    csv += `${line}\n`;
  }
  return csv;
}

/** One device table's rows for these samples; empty when none of them has such devices. */
export function deviceRowsCsv(collectorId: string, samples: readonly Sample[], table: DeviceTable): string {
  let csv = '';
  for (const sample of samples) {
    const rows = deviceRows(sample, table);
    if (rows.length === 0) continue;
    const key = `${collectorId},${timestamp(sample.timestamp)}`;
    for (const row of rows) {
      let line = key;
      for (const name of table.names) line += `,${text(row[name])}`;
      for (const name of table.metrics) line += `,${metric(row[name])}`;
      csv += `${line}\n`;
    }
  }
  return csv;
}
