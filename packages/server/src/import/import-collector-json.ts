import { open, readFile } from 'node:fs/promises';
import { CAPTURE_FORMAT, hostValuesProblem, timeProblem } from '@perfanalysis/shared';
import { sampleRepository, type TenantHandle } from '@perfanalysis/storage';
import { collectorJsonHostRows, collectorRecords, isCollectorJson } from './collector-json.js';
import { ImportError } from './import-error.js';
import type { ImportOptions, ImportResult } from './import-host-csv.js';
import { type ReadBatch, storeInBatches } from './sample-batches.js';

/** A capture names its format in its first line: this much of a file tells the two kinds apart. */
const HEAD_BYTES = 64 * 1024;
/** The collector wrote a record a collection: a file this large is not one of its. */
const MAX_BYTES = 64 * 1024 * 1024;
const CAPTURE_HINT = new RegExp(`"format"\\s*:\\s*"${CAPTURE_FORMAT}"`);

/**
 * The records of a file in the original collector's JSON (see collector-json.ts): a JSON object or array, or
 * JSON Lines, whose first record has a `timestamp` and is no pcc capture header. Undefined for anything else
 * (pcc captures, gzip, files past 64 MiB), which goes on to be read as a capture.
 */
export async function readCollectorJson(file: string): Promise<readonly unknown[] | undefined> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (handle === undefined) return undefined;
  let head: string;
  let size: number;
  try {
    size = (await handle.stat()).size;
    const buffer = Buffer.alloc(Math.min(size, HEAD_BYTES));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    head = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  } finally {
    await handle.close();
  }
  if (size > MAX_BYTES || !/^\s*[[{]/.test(head) || CAPTURE_HINT.test(head) || !head.includes('"timestamp"'))
    return undefined;
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  try {
    const parsed: unknown = JSON.parse(text);
    return isCollectorJson(parsed) ? collectorRecords(parsed) : undefined;
  } catch {
    // Not one JSON value: JSON Lines, a record a line.
  }
  const lines = text.split('\n').map((line, index) => ({ line, number: index + 1 }));
  const records: unknown[] = [];
  for (const { line, number } of lines) {
    if (line.trim() === '') continue;
    try {
      records.push(JSON.parse(line));
    } catch (error) {
      if (records.length === 0) return undefined;
      throw new ImportError(file, `malformed JSON (${(error as Error).message})`, number);
    }
    if (records.length === 1 && !isCollectorJson(records[0])) return undefined;
  }
  return records;
}

/**
 * Imports the original collector's records as host rows (host.csv's columns; the collector had no per-device
 * detail to keep), all or nothing: a record of the wrong shape, or a value outside its plausible range,
 * refuses the file, naming the record and the field.
 */
export async function importCollectorJson(
  tenant: TenantHandle,
  collectorId: string,
  file: string,
  records: readonly unknown[],
  { onProgress, uploadId }: ImportOptions = {},
): Promise<ImportResult> {
  let rows: ReturnType<typeof collectorJsonHostRows>;
  try {
    rows = collectorJsonHostRows(records);
  } catch (error) {
    throw new ImportError(file, `the collector's JSON: ${(error as Error).message}`);
  }
  const { times, values } = rows;
  const late = Array.from(times, (ms) => timeProblem(ms)).findIndex((problem) => problem !== undefined);
  if (late !== -1)
    throw new ImportError(file, `record ${late + 1}: "timestamp" ${timeProblem(times[late] ?? Number.NaN)}`);
  const problem = hostValuesProblem(times, values);
  if (problem !== undefined) throw new ImportError(file, problem);
  return tenant.transaction(async (tx) => {
    async function* batches(): AsyncGenerator<ReadBatch> {
      yield {
        rows: times.length,
        first: times[0] ?? Number.NaN,
        last: times.at(-1) ?? Number.NaN,
        store: () => sampleRepository(tx).insertHostRows(collectorId, { times, values }, { uploadId }),
      };
    }
    const totals = await storeInBatches(batches(), () => onProgress?.(1, 1));
    return { ...totals, ignoredColumns: [] };
  });
}
