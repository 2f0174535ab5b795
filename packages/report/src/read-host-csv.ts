import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { type HostCsvLayout, hostCsvLayout, parseHostCsvRow } from '@perfanalysis/shared';
import { BLOCK_BYTES, type BlockOptions, type HeaderAt, readHostCsvBlocks } from './host-csv-blocks.js';
import { RowChunk, type RowSink } from './host-rows.js';
import { ReportError } from './report-error.js';
import { textLines } from './text-lines.js';

/** Reading progress: bytes of the file consumed so far, and its size. */
export type ReadProgress = (bytesRead: number, totalBytes: number) => void;

/** Bytes searched for the header line before a file is read line by line instead of in blocks. */
const HEADER_BYTES = 64 * 1024;

/**
 * A host.csv (plain or gzip) into a sink, a chunk of rows at a time, with the project's host.csv parser (the
 * one import uses): a wrong header or a bad or ragged row is a ReportError naming the file and the line. An
 * uncompressed file of two blocks or more is parsed on several cores (readHostCsvBlocks), into the same rows
 * in the same order.
 */
export async function readHostCsv(
  file: string,
  sink: RowSink,
  onProgress?: ReadProgress,
  blocks: BlockOptions = {},
): Promise<void> {
  const totalBytes = await fileSize(file);
  if (!file.endsWith('.gz') && totalBytes >= 2 * (blocks.blockBytes ?? BLOCK_BYTES)) {
    const header = await headerOf(file);
    if (header !== undefined) return readHostCsvBlocks(file, totalBytes, header, sink, onProgress, blocks);
  }
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

/**
 * The header of a host.csv (its first line that is not blank), where the data lines start and its line number;
 * undefined when the file's first HEADER_BYTES hold no whole line (then it is read line by line).
 */
async function headerOf(file: string): Promise<HeaderAt | undefined> {
  const handle = await open(file, 'r');
  let text: string;
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_BYTES, 0);
    text = buffer.toString('latin1', 0, bytesRead);
  } catch (error) {
    throw new ReportError(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code})`);
  } finally {
    await handle.close();
  }
  let headerLine = 0;
  for (
    let start = 0, end = text.indexOf('\n');
    end !== -1;
    start = end + 1, end = text.indexOf('\n', start)
  ) {
    headerLine += 1;
    const line = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (line.trim() === '') continue;
    try {
      return { dataStart: end + 1, headerLine, layout: hostCsvLayout(line) };
    } catch (error) {
      throw new ReportError(`${file}: line ${headerLine}: ${(error as Error).message}`);
    }
  }
  return undefined;
}
