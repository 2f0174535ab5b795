import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { HOST_METRICS, hostCsvLayout, parseHostCsvRow, type Sample } from '@perfanalysis/shared';
import type { TenantHandle } from '@perfanalysis/storage';
import { ImportError } from './import-error.js';
import { type BatchTotals, storeInBatches } from './sample-batches.js';

export interface ImportResult extends BatchTotals {
  /** Columns of the file that are not host metrics, left out. */
  readonly ignoredColumns: readonly string[];
}

export type ImportProgress = (bytesRead: number, totalBytes: number) => void;

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
  onProgress?: ImportProgress,
): Promise<ImportResult> {
  const { lines, bytesRead, totalBytes } = openLines(file);
  let layout: ReturnType<typeof hostCsvLayout> | undefined;
  async function* samples(): AsyncGenerator<Sample> {
    let lineNumber = 0;
    for await (const line of lines()) {
      lineNumber += 1;
      if (line.trim() === '') continue;
      try {
        if (layout === undefined) {
          layout = hostCsvLayout(line);
          continue;
        }
        const row = parseHostCsvRow(line, layout);
        yield toSample(row.timestamp, row.metrics);
      } catch (error) {
        throw new ImportError(file, (error as Error).message, lineNumber);
      }
    }
  }
  return tenant.transaction(async (tx) => {
    const totals = await storeInBatches(tx, collectorId, samples(), BATCH_ROWS, () =>
      onProgress?.(bytesRead(), totalBytes),
    );
    if (layout === undefined) throw new ImportError(file, 'the file is empty');
    return { ...totals, ignoredColumns: layout.unknown };
  });
}

const NO_DEVICES: readonly never[] = Object.freeze([]);
const METRIC_NAMES: readonly string[] = HOST_METRICS.map((column) => column.name);
/** Every host metric null, no devices: each row's sample is a copy of it, which is cheap (one shape). */
const EMPTY_SAMPLE: Readonly<Record<string, unknown>> = {
  timestamp: 0,
  interval: 0,
  ...Object.fromEntries(METRIC_NAMES.map((name) => [name, null])),
  cpus: NO_DEVICES,
  disks: NO_DEVICES,
  nets: NO_DEVICES,
  filesystems: NO_DEVICES,
  temperatures: NO_DEVICES,
  containers: NO_DEVICES,
};

function toSample(timestamp: number, metrics: readonly (number | null)[]): Sample {
  const sample = { ...EMPTY_SAMPLE };
  sample.timestamp = timestamp;
  for (let i = 0; i < METRIC_NAMES.length; i += 1) {
    const value = metrics[i];
    if (value !== null && value !== undefined) sample[METRIC_NAMES[i] as string] = value;
  }
  return sample as unknown as Sample;
}

/**
 * The file's size now, and its lines (gunzipped when it is gzip) when asked for, with how far the reading has
 * got. The stream opens only when the lines are asked for, so nothing flows before someone reads.
 */
function openLines(file: string): {
  lines: () => AsyncIterable<string>;
  bytesRead: () => number;
  totalBytes: number;
} {
  let totalBytes: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new ImportError(file, 'not a file');
    totalBytes = stat.size;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(file, `cannot read it (${(error as NodeJS.ErrnoException).code})`);
  }
  let raw: ReturnType<typeof createReadStream> | undefined;
  const lines = (): AsyncIterable<string> => {
    raw = createReadStream(file, { highWaterMark: 1024 * 1024 });
    let source: Readable = raw;
    if (file.endsWith('.gz')) {
      const gunzip = createGunzip();
      raw.on('error', (error) => gunzip.destroy(error));
      source = raw.pipe(gunzip);
    }
    return createInterface({ input: source, crlfDelay: Number.POSITIVE_INFINITY });
  };
  return { lines, bytesRead: () => raw?.bytesRead ?? 0, totalBytes };
}
