import { HOST_METRICS, type HostMetrics } from './columns.js';
import { formatNumber } from './number-format.js';

const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; null is empty. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value);
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(values: readonly (string | number | null)[]): string {
  return `${values.map(csvField).join(',')}\n`;
}

/** A sample's host.csv row: the ISO 8601 UTC timestamp, then every host metric in column order. */
export function hostCsvLine(sample: HostMetrics & { readonly timestamp: number }): string {
  let line = new Date(sample.timestamp).toISOString();
  for (const column of HOST_METRICS) {
    const value = sample[column.name];
    line += value === null ? ',' : `,${formatNumber(value)}`;
  }
  return `${line}\n`;
}
