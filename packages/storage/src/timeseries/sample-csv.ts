import type { Sample } from '@perfanalysis/shared';
import { sampleDevices } from './sample-devices.js';
import { HOST_METRIC_COLUMNS } from './sample-tables.js';

/**
 * Samples as COPY … (FORMAT csv) text, in the samples table's column order: for loading CSV with copyFrom
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
  if (value === null || value === undefined) return ''; // NULL
  return `"${String(value).replaceAll('"', '""')}"`;
}

/**
 * Samples rows (SAMPLE_COLUMNS): collector_id, ts, every host metric in column order, then the devices
 * (sample-devices.ts; their names are not written: storeDeviceNames). collectorId must be a UUID.
 */
export function hostRowsCsv(collectorId: string, samples: readonly Sample[]): string {
  let csv = '';
  for (const sample of samples) {
    let line = `${collectorId},${timestamp(sample.timestamp)}`;
    const values = sample as unknown as Readonly<Record<string, unknown>>;
    for (const column of HOST_METRIC_COLUMNS) line += `,${metric(values[column])}`;
    const devices = sampleDevices(sample);
    line += `,${devices.namesId ?? ''}`;
    for (const list of devices.lists) line += `,${text(list)}`;
    csv += `${line}\n`;
  }
  return csv;
}
