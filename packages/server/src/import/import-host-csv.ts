import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { isGzip } from '@perfanalysis/pcprocess';
import {
  HOST_METRICS,
  type HostCsvLayout,
  type HostInfo,
  hostCsvLayout,
  parseHostCsvRow,
} from '@perfanalysis/shared';
import { borrowHostValues, sampleRepository, type TenantHandle } from '@perfanalysis/storage';
import { ImportError } from './import-error.js';
import { type BatchTotals, type ReadBatch, storeInBatches } from './sample-batches.js';

export interface ImportResult extends BatchTotals {
  /** Columns of the file that are not host metrics, left out. */
  readonly ignoredColumns: readonly string[];
  /** The machine the file came from, when it says (a capture's header does; a host.csv does not). */
  readonly hostInfo?: HostInfo | undefined;
}

export type ImportProgress = (bytesRead: number, totalBytes: number) => void;

export interface ImportOptions {
  readonly onProgress?: ImportProgress | undefined;
  /** The upload whose file this is: the samples stored are marked as its own (see insertSamples). */
  readonly uploadId?: string | undefined;
}

const BATCH_ROWS = 5000;

/**
 * Imports a host.csv (plain or gzip) into a collector's samples, all or nothing: a bad row is reported with
 * its line number and the whole file is rolled back. Rows already stored (same timestamp) are left as they
 * are, so importing a file twice changes nothing.
 */
export async function importHostCsv(
  tenant: TenantHandle,
  collectorId: string,
  file: string,
  { onProgress, uploadId }: ImportOptions = {},
): Promise<ImportResult> {
  const { lines, bytesRead, totalBytes } = openLines(file);
  let layout: HostCsvLayout | undefined;
  return tenant.transaction(async (tx) => {
    const repository = sampleRepository(tx);
    /** The rows of `buffer` so far as a batch, which gives the buffer back once stored. */
    const batchOf = (buffer: ReturnType<typeof borrowHostValues>, rows: number): ReadBatch => {
      const times = buffer.values.times.subarray(0, rows);
      const values = buffer.values.values.subarray(0, rows * METRICS);
      return {
        rows,
        first: times.reduce((min, t) => Math.min(min, t), Number.POSITIVE_INFINITY),
        last: times.reduce((max, t) => Math.max(max, t), Number.NEGATIVE_INFINITY),
        store: () =>
          repository.insertHostRows(collectorId, { times, values }, { uploadId }).finally(buffer.release),
      };
    };
    async function* batches(): AsyncGenerator<ReadBatch> {
      let buffer = borrowHostValues(BATCH_ROWS);
      let rows = 0;
      let lineNumber = 0;
      try {
        for await (const line of lines()) {
          lineNumber += 1;
          if (line.trim() === '') continue;
          try {
            if (layout === undefined) layout = hostCsvLayout(line);
            else {
              const { times, values } = buffer.values;
              times[rows] = parseHostCsvRow(line, layout, values, rows * METRICS);
              rows += 1;
            }
          } catch (error) {
            throw new ImportError(file, (error as Error).message, lineNumber);
          }
          if (rows === BATCH_ROWS) {
            yield batchOf(buffer, rows);
            buffer = borrowHostValues(BATCH_ROWS);
            rows = 0;
          }
        }
      } catch (error) {
        throw unreadable(file, error);
      }
      if (rows > 0) yield batchOf(buffer, rows);
      else buffer.release();
    }
    const totals = await storeInBatches(batches(), () => onProgress?.(bytesRead(), totalBytes));
    if (layout === undefined) throw new ImportError(file, 'the file is empty');
    return { ...totals, ignoredColumns: layout.unknown };
  });
}

const METRICS = HOST_METRICS.length;

/**
 * The file's size now, and its lines (gunzipped when it is gzip, known by its first bytes as a capture's is,
 * whatever its name) when asked for, with how far the reading has
 * got. The stream opens only when the lines are asked for, so nothing flows before someone reads.
 */
function openLines(file: string): {
  lines: () => AsyncIterable<string>;
  bytesRead: () => number;
  totalBytes: number;
} {
  let totalBytes: number;
  let gzip: boolean;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new ImportError(file, 'not a file');
    totalBytes = stat.size;
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(2);
      gzip = isGzip(head.subarray(0, readSync(fd, head, 0, 2, 0)));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(file, `cannot read it (${(error as NodeJS.ErrnoException).code})`);
  }
  let raw: ReturnType<typeof createReadStream> | undefined;
  const lines = (): AsyncIterable<string> => {
    raw = createReadStream(file, { highWaterMark: 1024 * 1024 });
    let source: Readable = raw;
    if (gzip) {
      const gunzip = createGunzip();
      raw.on('error', (error) => gunzip.destroy(error));
      source = raw.pipe(gunzip);
    }
    return createInterface({ input: source, crlfDelay: Number.POSITIVE_INFINITY });
  };
  return { lines, bytesRead: () => raw?.bytesRead ?? 0, totalBytes };
}

/** A failure to read the file's lines: an ImportError as it is, gzip that does not inflate as one. */
function unreadable(file: string, error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('Z_'))
    return new ImportError(file, `corrupt gzip data (${(error as Error).message})`);
  return error;
}
