import { createHash } from 'node:crypto';
import type { Sample } from '@perfanalysis/shared';
import type { TenantHandle } from '../tenancy/tenant-handle.js';
import { DEVICE_TABLES, type DeviceTable, deviceRows } from './sample-tables.js';

/**
 * A sample's devices as its samples row holds them (migration 40): per kind, a json list of each device's
 * metrics, `[[value…], …]` in table.metrics' order with trailing NULLs left out, NULL when the sample has
 * none; and the devices' names apart, in sample_device_names, a row per distinct set of names, keyed by the
 * MD5 of its text (a UUID), which the samples row names: a machine's names are the same sample after sample,
 * and stored once. Names are `{"<kind>": [[name…], …], …}` in the lists' order, the kinds without devices
 * left out. A value is written as the shortest text that reads back as the same double (JavaScript's String
 * and float8's output agree on that), -0 kept, NaN and ±Infinity as strings (which float8 reads).
 */
export interface SampleDevices {
  /** The id of `names` in sample_device_names; null when the sample has no devices. */
  readonly namesId: string | null;
  readonly names: string | null;
  /** One per DEVICE_TABLES entry, in order. */
  readonly lists: readonly (string | null)[];
}

/** A value as JSON where JSON.stringify would misprint it: NaN and ±Infinity as strings, -0 kept. */
function jsonNumber(value: number | null): string {
  if (value === null) return 'null';
  if (!Number.isFinite(value)) return `"${value}"`;
  return Object.is(value, -0) ? '-0' : String(value);
}

/** Ids of the sets of names seen lately: a machine's names are the same sample after sample. */
const knownIds = new Map<string, string>();
const KNOWN_IDS = 10_000;

/** The UUID that keys a set of names: the MD5 of its text, as PostgreSQL's md5(text)::uuid gives it. */
export function deviceNamesId(names: string): string {
  const known = knownIds.get(names);
  if (known !== undefined) return known;
  const hex = createHash('md5').update(names).digest('hex');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  if (knownIds.size >= KNOWN_IDS) knownIds.clear();
  knownIds.set(names, id);
  return id;
}

/**
 * One kind's devices: their names and their values, or undefined when there are none. A device named twice is
 * stored once, the first time (the old per-device tables' primary key kept the first too). The lists are
 * written by JSON.stringify, which prints a double as String does, unless a value is NaN, ±Infinity or -0,
 * which it would print as null or 0: then value by value (jsonNumber).
 */
function kindOf(sample: Sample, table: DeviceTable): { names: string; values: string } | undefined {
  const rows = deviceRows(sample, table);
  if (rows.length === 0) return undefined;
  const seen = new Set<string>();
  const names: string[][] = [];
  const values: (number | null)[][] = [];
  let plain = true;
  for (const row of rows) {
    const deviceNames: string[] = [];
    for (const name of table.names) {
      const value = row[name];
      if (value === null || value === undefined) throw new TypeError(`a device's ${name} must be given`);
      deviceNames.push(String(value));
    }
    const key = deviceNames[0] as string;
    if (seen.has(key)) continue;
    seen.add(key);
    // The metrics up to the last one given.
    const list: (number | null)[] = [];
    let last = 0;
    for (let m = 0; m < table.metrics.length; m += 1) {
      const value = row[table.metrics[m] as string];
      if (value === null || value === undefined) {
        list.push(null);
        continue;
      }
      if (typeof value !== 'number') {
        throw new TypeError(`a metric must be a number or null, not ${JSON.stringify(value)}`);
      }
      if (!Number.isFinite(value) || Object.is(value, -0)) plain = false;
      list.push(value);
      last = list.length;
    }
    list.length = last;
    names.push(deviceNames);
    values.push(list);
  }
  const text = plain
    ? JSON.stringify(values)
    : `[${values.map((list) => `[${list.map(jsonNumber).join(',')}]`).join(',')}]`;
  return { names: JSON.stringify(names), values: text };
}

/** A sample's devices as its samples row and sample_device_names hold them. */
export function sampleDevices(sample: Sample): SampleDevices {
  const names: string[] = [];
  const lists = DEVICE_TABLES.map((table) => {
    const kind = kindOf(sample, table);
    if (kind === undefined) return null;
    names.push(`"${table.field}":${kind.names}`);
    return kind.values;
  });
  if (names.length === 0) return { namesId: null, names: null, lists };
  const text = `{${names.join(',')}}`;
  return { namesId: deviceNamesId(text), names: text, lists };
}

/**
 * Stores the names of these samples' devices that sample_device_names lacks, inside the caller's transaction,
 * before the samples rows that name them: in id order, so that two batches bringing the same new names wait
 * for each other instead of deadlocking.
 */
export async function storeDeviceNames(tx: TenantHandle, devices: readonly SampleDevices[]): Promise<void> {
  const names = new Map<string, string>();
  for (const d of devices) if (d.namesId !== null && d.names !== null) names.set(d.namesId, d.names);
  if (names.size === 0) return;
  const ids = [...names.keys()].sort();
  await tx.query(
    `INSERT INTO ${tx.table('sample_device_names')} (id, names)
     SELECT id, names::json FROM unnest($1::uuid[], $2::text[]) AS n (id, names) ORDER BY id
     ON CONFLICT (id) DO NOTHING`,
    [ids, ids.map((id) => names.get(id))],
  );
}
