import { readSync } from 'node:fs';
import { asSnapshot, type DeviceFilters, deriveSample, type RawSnapshot } from '@perfanalysis/shared';
import type { CsvRows } from './csv-writers.js';
import { fsReason } from './errors.js';
import { decodeUtf8 } from './line-reader.js';

/**
 * A part of a plain JSON Lines capture, for a worker: the lines that start at a byte in [start, end). The
 * first segment starts at the first snapshot line; the last ends at the end of the file.
 */
export interface SegmentTask {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** The file the segments are cut from. */
export interface SegmentSource {
  readonly path: string;
  /** The file, opened by the main thread for reading: workers read it at their segments' offsets. */
  readonly fd: number;
  /** Where the first snapshot line starts, just after the header line. */
  readonly first: number;
  /** The file's size when it was opened: the segments cover [first, size). */
  readonly size: number;
  readonly filters: DeviceFilters;
}

/** A line that went wrong, numbered from 0 for the segment's first line, and why. */
export interface LineProblem {
  readonly line: number;
  readonly reason: string;
}

/** What stopped a segment: the same errors as reading the file in one go, with line numbers in the segment. */
export type SegmentFailure =
  | { readonly kind: 'malformed' | 'invalid'; readonly line: number; readonly reason: string }
  | { readonly kind: 'read'; readonly message: string }
  | { readonly kind: 'internal'; readonly message: string; readonly stack: string | undefined };

/** A segment's lines converted: its CSV rows and what the main thread needs to put the segments together. */
export interface SegmentResult {
  readonly index: number;
  /** Lines that start in the segment, blank or not. */
  readonly lines: number;
  /** Whether one of them is not blank (a JSON value or a malformed line). */
  readonly nonBlank: boolean;
  readonly samples: number;
  /** The rows for each file of CSV_TABLES, one file after the other, `sizes[i]` bytes each. */
  readonly bytes: Uint8Array;
  readonly sizes: readonly number[];
  /** The containers' latest names, in the order they appeared in the segment. */
  readonly containerNames: readonly (readonly [string, string])[];
  /** The segment's last non-blank line does not parse: an error, unless it is the last non-blank line of the file. */
  readonly broken: LineProblem | undefined;
  readonly failure: SegmentFailure | undefined;
  /**
   * The last non-blank line before the segment, which gives the first interval its start, is not a snapshot.
   * The segment's rows are then wrong, but never used: that line is an error of an earlier segment, or the
   * truncated last line of the file, and then the segment has only blank lines.
   */
  readonly leadInFailed: boolean;
}

const NEWLINE = 0x0a;
/** Bytes read on either side of a segment to find where its lines start and end and the line before it. */
const MARGIN = 1 << 14;

/**
 * Converts one segment, as reading the whole file in one go would have converted its lines: the first sample
 * is derived from the last snapshot before the segment. Never throws: failures are part of the result.
 */
export function convertSegment(source: SegmentSource, task: SegmentTask, rows: CsvRows): SegmentResult {
  let text: SegmentText;
  try {
    text = readSegment(source, task);
  } catch (error) {
    return failed(task, { kind: 'read', message: `${source.path}: ${fsReason(error)}` });
  }
  const lines = text.lines === '' ? [] : text.lines.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let previous: RawSnapshot | undefined;
  let leadInFailed = false;
  if (text.leadIn !== undefined && lines.length > 0) {
    try {
      previous = asSnapshot(JSON.parse(text.leadIn));
    } catch {
      leadInFailed = true;
    }
  }
  let samples = 0;
  let nonBlank = false;
  let broken: LineProblem | undefined;
  let failure: SegmentFailure | undefined;
  try {
    for (let i = 0; i < lines.length && failure === undefined; i += 1) {
      const line = lines[i] as string;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        if (line.trim() === '') continue;
        nonBlank = true;
        if (broken) failure = { kind: 'malformed', ...broken };
        else broken = { line: i, reason: (error as Error).message };
        continue;
      }
      nonBlank = true;
      if (broken) {
        failure = { kind: 'malformed', ...broken };
        break;
      }
      let snapshot: RawSnapshot;
      try {
        snapshot = asSnapshot(value);
      } catch (error) {
        failure = { kind: 'invalid', line: i, reason: (error as Error).message };
        break;
      }
      const sample = previous && deriveSample(previous, snapshot, source.filters);
      previous = snapshot;
      if (sample) {
        rows.add(sample);
        samples += 1;
      }
    }
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    failure = { kind: 'internal', message, stack };
  }
  const sizes = rows.sinks.map((sink) => sink.size);
  const bytes = new Uint8Array(sizes.reduce((sum, size) => sum + size, 0));
  let offset = 0;
  rows.sinks.forEach((sink, i) => {
    sink.moveTo(bytes, offset);
    offset += sizes[i] ?? 0;
  });
  const containerNames = [...rows.containerNames];
  rows.containerNames.clear();
  return {
    index: task.index,
    lines: lines.length,
    nonBlank,
    samples,
    bytes,
    sizes,
    containerNames,
    broken: failure ? undefined : broken,
    failure,
    leadInFailed,
  };
}

function failed(task: SegmentTask, failure: SegmentFailure): SegmentResult {
  return {
    index: task.index,
    lines: 0,
    nonBlank: false,
    samples: 0,
    bytes: new Uint8Array(0),
    sizes: [],
    containerNames: [],
    broken: undefined,
    failure,
    leadInFailed: false,
  };
}

/** A segment's lines, as one string, and the last non-blank line before them. */
interface SegmentText {
  readonly lines: string;
  readonly leadIn: string | undefined;
}

/**
 * Reads a segment's lines and the last non-blank line before them, with a margin on either side of the
 * segment, read again wider in the rare case that a line is longer than the margin.
 */
function readSegment(source: SegmentSource, task: SegmentTask): SegmentText {
  for (let lead = MARGIN, tail = MARGIN; ; ) {
    const from = Math.max(source.first, task.start - lead);
    const to = Math.min(source.size, task.end + tail);
    const bytes = readRange(source.fd, from, to);
    const located = locate(source, task, from, bytes, from + bytes.length < to || to === source.size);
    if (located === 'more after') tail *= 4;
    else if (located === 'more before') lead *= 4;
    else return located;
  }
}

/**
 * Finds a segment's lines in `bytes`, the file from `from` on; `toEnd` when they reach the end of the file.
 * Says which way to read more when a line goes past them.
 */
function locate(
  source: SegmentSource,
  task: SegmentTask,
  from: number,
  bytes: Buffer,
  toEnd: boolean,
): SegmentText | 'more after' | 'more before' {
  const limit = from + bytes.length;
  /** Where the first line that starts at or after `position` starts. */
  const lineStart = (position: number): number | undefined => {
    if (position <= source.first) return source.first;
    if (position > limit) return toEnd ? limit : undefined;
    const newline = bytes.indexOf(NEWLINE, position - 1 - from);
    if (newline === -1) return toEnd ? limit : undefined;
    return from + newline + 1;
  };
  const start = lineStart(task.start);
  const end = task.end >= source.size ? limit : lineStart(task.end);
  if (start === undefined || end === undefined) return 'more after';
  if (start >= end) return { lines: '', leadIn: undefined };
  let leadIn: string | undefined;
  // Back from the line feed before the segment, line by line, to the first that is not blank.
  for (let lineEnd = start - 1; lineEnd >= source.first; ) {
    const newline = lineEnd - 1 >= from ? bytes.lastIndexOf(NEWLINE, lineEnd - 1 - from) : -1;
    if (newline === -1 && from > source.first) return 'more before';
    const lineBegin = newline === -1 ? source.first : from + newline + 1;
    const text = bytes.toString('utf8', lineBegin - from, lineEnd - from);
    if (text.trim() !== '') {
      leadIn = text;
      break;
    }
    lineEnd = lineBegin - 1;
  }
  return { lines: decodeUtf8(bytes, start - from, end - from), leadIn };
}

/** The buffer segments are read into, kept from one segment to the next: fresh memory costs page faults. */
let readBuffer = Buffer.alloc(0);

/** The bytes of [from, to), fewer if the file ends before; valid until the next call. */
function readRange(fd: number, from: number, to: number): Buffer {
  if (readBuffer.length < to - from) readBuffer = Buffer.allocUnsafeSlow(to - from);
  let filled = 0;
  while (filled < to - from) {
    const read = readSync(fd, readBuffer, filled, to - from - filled, from + filled);
    if (read === 0) break;
    filled += read;
  }
  return readBuffer.subarray(0, filled);
}
