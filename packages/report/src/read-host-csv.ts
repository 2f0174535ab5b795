import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { type HostCsvLayout, hostCsvLayout, parseHostCsvRow } from '@perfanalysis/shared';
import { RowChunk, type RowSink } from './host-rows.js';
import { ReportError } from './report-error.js';
import { textLines } from './text-lines.js';

/** Reading progress: bytes of the file consumed so far, and its size. */
export type ReadProgress = (bytesRead: number, totalBytes: number) => void;

/**
 * A host.csv (plain or gzip) into a sink, a chunk of rows at a time, with the project's host.csv parser (the
 * one import uses): a wrong header or a bad or ragged row is a ReportError naming the file and the line.
 */
export async function readHostCsv(file: string, sink: RowSink, onProgress?: ReadProgress): Promise<void> {
  const totalBytes = await fileSize(file);
  const raw = createReadStream(file, { highWaterMark: 1024 * 1024 });
  let source: Readable = raw;
  if (file.endsWith('.gz')) {
    const gunzip = createGunzip();
    raw.on('error', (error) => gunzip.destroy(error));
    source = raw.pipe(gunzip);
  }
  const rows = new RowChunk(sink);
  let layout: HostCsvLayout | undefined;
  let lineNumber = 0;
  try {
    for await (const lines of textLines(source)) {
      for (const line of lines) {
        lineNumber += 1;
        if (line.trim() === '') continue;
        if (layout === undefined) {
          layout = hostCsvLayout(line);
          continue;
        }
        const i = rows.next();
        rows.times[i] = parseHostCsvRow(line, layout, rows.values, i * rows.metrics);
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
  rows.flush();
  onProgress?.(totalBytes, totalBytes);
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
