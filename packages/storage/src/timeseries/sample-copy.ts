import type { Sample } from '@perfanalysis/shared';
import { BinaryCopyWriter, uuidBytes } from '../database/copy-binary.js';
import type { SampleDevices } from './sample-devices.js';
import { DEVICE_TABLES, HOST_INSERT_COLUMNS, HOST_METRIC_COLUMNS } from './sample-tables.js';

/**
 * Samples as binary COPY data for the samples tables. Only numbers, timestamps and text reach the output, each
 * in its own length-prefixed field: a malformed value fails the batch, it can never add a row or shift a column.
 */

/**
 * Bytes of one host row without devices: field count, uuid, timestamptz, a float8 per metric, a NULL for the
 * names and per device list, and the upload's uuid (the writer grows for the devices' json).
 */
const HOST_ROW_BYTES = 2 + 20 + 12 + 12 * HOST_METRIC_COLUMNS.length + 4 * (1 + DEVICE_TABLES.length) + 20;

/** The host values of samples as flat columns: each sample's time, and its metrics row after row. */
export interface HostValues {
  readonly times: Float64Array;
  /** HOST_METRIC_COLUMNS.length a sample, in column order; NaN for null. */
  readonly values: Float64Array;
}

export const hostValuesFor = (samples: number): HostValues => ({
  times: new Float64Array(samples),
  values: new Float64Array(samples * HOST_METRIC_COLUMNS.length),
});

/** Buffers given back, for the next batches: a large batch's values are 300 KB, allocated outside the heap. */
const spares: HostValues[] = [];
const MAX_SPARES = 4;

/**
 * Room for the host values of `samples` samples, from buffers used before when one is large enough; `release`
 * gives it back once nothing reads it any more (batches in flight together each get their own).
 */
export function borrowHostValues(samples: number): { values: HostValues; release(): void } {
  const at = spares.findIndex((s) => s.times.length >= samples);
  const buffer = at === -1 ? hostValuesFor(Math.max(samples, 1024)) : (spares.splice(at, 1)[0] as HostValues);
  const values = {
    times: buffer.times.subarray(0, samples),
    values: buffer.values.subarray(0, samples * HOST_METRIC_COLUMNS.length),
  };
  let released = false;
  return {
    values,
    release() {
      if (released) return;
      released = true;
      if (spares.length < MAX_SPARES) spares.push(buffer);
    },
  };
}

/** Samples' host values into flat columns (see hostValuesFor); anything but a number or null is refused. */
export function hostValuesOf(samples: readonly Sample[], into: HostValues): void {
  const metrics = HOST_METRIC_COLUMNS.length;
  for (let s = 0; s < samples.length; s += 1) {
    const sample = samples[s] as Sample;
    into.times[s] = sample.timestamp;
    const values = sample as unknown as Readonly<Record<string, unknown>>;
    for (let m = 0; m < metrics; m += 1) {
      const value = values[HOST_METRIC_COLUMNS[m] as string];
      if (typeof value === 'number') into.values[s * metrics + m] = value;
      else if (value === null || value === undefined) into.values[s * metrics + m] = Number.NaN;
      else throw new TypeError(`a metric must be a number or null, not ${JSON.stringify(value)}`);
    }
  }
}

/** The upload storing rows (null: live ingest, a command-line import) as a uuid field's bytes. */
const uploadBytes = (uploadId: string | null): Uint8Array | null =>
  uploadId === null ? null : uuidBytes(uploadId);

/**
 * Samples rows (HOST_INSERT_COLUMNS): collector_id, ts, every host metric in column order (NaN stored as NULL),
 * its devices (sample-devices.ts: row r's are devices[r]; NULL where there are none: host rows given as
 * columns), and the upload storing them. The devices' names must be stored too (storeDeviceNames).
 */
export function hostRowsCopy(
  collectorId: string,
  rows: HostValues,
  devices: readonly SampleDevices[],
  uploadId: string | null,
): Uint8Array {
  const id = uuidBytes(collectorId);
  const upload = uploadBytes(uploadId);
  const count = rows.times.length;
  const out = new BinaryCopyWriter(count * HOST_ROW_BYTES + 64);
  const fields = HOST_INSERT_COLUMNS.length;
  const metrics = HOST_METRIC_COLUMNS.length;
  for (let r = 0; r < count; r += 1) {
    out.row(fields);
    out.uuid(id);
    out.timestamp(rows.times[r] as number);
    for (let m = 0; m < metrics; m += 1) {
      const value = rows.values[r * metrics + m] as number;
      out.float8(Number.isNaN(value) ? null : value);
    }
    const sample = devices[r];
    out.uuid(sample?.namesId == null ? null : uuidBytes(sample.namesId));
    for (let k = 0; k < DEVICE_TABLES.length; k += 1) out.text(sample?.lists[k]);
    out.uuid(upload);
  }
  return out.finish();
}
