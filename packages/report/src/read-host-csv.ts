import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { type HostCsvLayout, hostCsvLayout, parseHostCsvRow } from '@perfanalysis/shared';
import { HostRows } from './host-rows.js';
import { ReportError } from './report-error.js';
import { textLines } from './text-lines.js';

/** Rows read before a plain file's row count is estimated from its size and the room for them made at once. */
const SIZING_ROWS = 1024;

/** Reading progress: bytes of the file consumed so far, and its size. */
export type ReadProgress = (bytesRead: number, totalBytes: number) => void;

/**
 * A host.csv (plain or gzip) into host rows, with the project's host.csv parser (the one import uses): a
 * wrong header or a bad or ragged row is a ReportError naming the file and the line.
 */
export async function readHostCsv(file: string, onProgress?: ReadProgress): Promise<HostRows> {
  const totalBytes = await fileSize(file);
  const raw = createReadStream(file, { highWaterMark: 1024 * 1024 });
  let source: Readable = raw;
  if (file.endsWith('.gz')) {
    const gunzip = createGunzip();
    raw.on('error', (error) => gunzip.destroy(error));
    source = raw.pipe(gunzip);
  }
  const rows = new HostRows();
  let layout: HostCsvLayout | undefined;
  let lineNumber = 0;
  /** Characters of the rows read so far, to tell from a plain file's size how many rows it holds. */
  let rowChars = 0;
  const plain = !file.endsWith('.gz');
  try {
    for await (const lines of textLines(source)) {
      for (const line of lines) {
        lineNumber += 1;
        if (line.trim() === '') continue;
        if (layout === undefined) {
          layout = hostCsvLayout(line);
          continue;
        }
        if (plain && rows.count === SIZING_ROWS)
          rows.reserve(Math.ceil((totalBytes / rowChars) * SIZING_ROWS * 1.02));
        rowChars += line.length + 1;
        const i = rows.next();
        rows.columns.times[i] = parseHostCsvRow(line, layout, rows.columns.values, i * rows.metrics);
      }
      onProgress?.(raw.bytesRead, totalBytes);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined) throw new ReportError(`${file}: cannot read it (${code})`);
    throw new ReportError(`${file}: line ${lineNumber}: ${(error as Error).message}`);
  } finally {
    raw.destroy();
  }
  if (layout === undefined) throw new ReportError(`${file}: the file is empty`);
  onProgress?.(totalBytes, totalBytes);
  return rows;
}

/** The size of a regular file, or a ReportError saying why it cannot be read. */
export async function fileSize(file: string): Promise<number> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new ReportError(`${file}: not a file`);
    return info.size;
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw new ReportError(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code})`);
  }
}
