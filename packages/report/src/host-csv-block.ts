import { readSync } from 'node:fs';
import { HOST_METRICS, type HostCsvLayout, parseHostCsvRow } from '@perfanalysis/shared';

const METRICS = HOST_METRICS.length;
/** Bytes read past a block's end at a time, to finish the line that starts in it and ends after it. */
const OVERRUN = 64 * 1024;

/** A byte range of a host.csv: the data lines that start in it are its rows. */
export interface BlockRange {
  readonly start: number;
  readonly end: number;
}

/** The rows of a block, in flat columns (RowSink's layout), or the first bad line's problem. */
export type BlockRows =
  | {
      readonly times: Float64Array<ArrayBuffer>;
      readonly values: Float64Array<ArrayBuffer>;
      readonly rows: number;
      /** Lines that start in the block, blank ones included (for the line numbers of later blocks). */
      readonly lines: number;
    }
  | { readonly line: number; readonly error: string };

/**
 * The data lines of a host.csv that start in [start, end) (start at most the first data line's start, after
 * the header), parsed with the project's host.csv parser as readHostCsv parses them one by one: the line that
 * starts before `start` belongs to the block before, the one running past `end` to this one. A bad line ends
 * the block with its number within the block (1 for the block's first line).
 */
export function parseHostCsvBlock(
  fd: number,
  size: number,
  range: BlockRange,
  layout: HostCsvLayout,
  reuse?: { times: Float64Array<ArrayBuffer>; values: Float64Array<ArrayBuffer> },
): BlockRows {
  // From the byte before the range: a line starts at `start` when that byte ends the line before.
  const from = range.start - 1;
  let buffer = Buffer.allocUnsafe(Math.min(range.end + OVERRUN, size) - from);
  let length = readFully(fd, buffer, 0, from);
  let text = buffer.toString('latin1', 0, length);
  let at = text.indexOf('\n') + 1;
  if (at === 0) return { times: new Float64Array(0), values: new Float64Array(0), rows: 0, lines: 0 };
  const last = range.end - from;
  // The arrays of a block already handed on, when given back: no new ones to allocate and collect.
  let times = reuse?.times ?? new Float64Array(Math.max(64, (last >> 7) + 1));
  let values = reuse?.values ?? new Float64Array(times.length * METRICS);
  let rows = 0;
  let lines = 0;
  while (at < last && at < text.length) {
    let newline = text.indexOf('\n', at);
    while (newline === -1 && from + length < size) {
      // The block's last line runs on past what was read: read on to its end.
      const grown = Buffer.allocUnsafe(Math.min(length + OVERRUN, size - from));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
      length += readFully(fd, buffer, length, from + length);
      text = buffer.toString('latin1', 0, length);
      newline = text.indexOf('\n', at);
    }
    const stop = newline === -1 ? text.length : newline;
    const line = text.charCodeAt(stop - 1) === 13 ? text.slice(at, stop - 1) : text.slice(at, stop);
    at = stop + 1;
    lines += 1;
    if (line.trim() === '') continue;
    if (rows === times.length) [times, values] = [grow(times, 2 * rows), grow(values, 2 * rows * METRICS)];
    try {
      times[rows] = parseHostCsvRow(line, layout, values, rows * METRICS);
    } catch (error) {
      return { line: lines, error: (error as Error).message };
    }
    rows += 1;
  }
  return { times, values, rows, lines };
}

function grow(array: Float64Array, length: number): Float64Array<ArrayBuffer> {
  const grown = new Float64Array(length);
  grown.set(array);
  return grown;
}

/** Reads into buffer[offset…] from `position` until the buffer is full or the file ends; returns the bytes. */
function readFully(fd: number, buffer: Buffer, offset: number, position: number): number {
  let done = 0;
  while (offset + done < buffer.length) {
    const n = readSync(fd, buffer, offset + done, buffer.length - offset - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}
