import type { Sample } from '@perfanalysis/shared';
import { type DeviceTable, deviceRows } from './sample-tables.js';

/** A metric as a JSON value that float8 reads back as the same double: -0 kept, NaN and ±Infinity as strings. */
function jsonNumber(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'number') {
    throw new TypeError(`a metric must be a number or null, not ${JSON.stringify(value)}`);
  }
  if (!Number.isFinite(value)) return `"${value}"`;
  return Object.is(value, -0) ? '-0' : String(value);
}

/**
 * A sample's devices of one kind as its samples row's json column holds them (migration 40): `[[name…,
 * value…], …]`, the names in table.names' order, then the metrics in table.metrics' order with trailing
 * NULLs left out; null when the sample has none. A device named twice is stored once, the first time (the old
 * per-device tables' primary key kept the first too).
 */
export function deviceJson(sample: Sample, table: DeviceTable): string | null {
  const rows = deviceRows(sample, table);
  if (rows.length === 0) return null;
  const seen = new Set<string>();
  const devices: string[] = [];
  for (const row of rows) {
    const names = table.names.map((name) => {
      const value = row[name];
      if (value === null || value === undefined) throw new TypeError(`a device's ${name} must be given`);
      return String(value);
    });
    const key = names[0] as string;
    if (seen.has(key)) continue;
    seen.add(key);
    const values = table.metrics.map((metric) => jsonNumber(row[metric]));
    while (values.at(-1) === 'null') values.pop();
    devices.push(`[${[...names.map((n) => JSON.stringify(n)), ...values].join(',')}]`);
  }
  return `[${devices.join(',')}]`;
}
