import {
  asSnapshot,
  CAPTURE_FORMAT,
  CAPTURE_VERSION,
  type CaptureHeader,
  isCaptureHeader,
  type RawSnapshot,
} from '@perfanalysis/shared';
import { type ByteSource, openByteSource } from './byte-source.js';
import { CaptureError } from './errors.js';
import { LineReader } from './line-reader.js';

/** An open capture file: its header, read on opening, and its snapshots, read as they are iterated. */
export interface Capture {
  readonly path: string;
  readonly header: CaptureHeader;
  /** The snapshots in file order, each validated with `asSnapshot`; iterate once. */
  readonly snapshots: AsyncGenerator<RawSnapshot, void, undefined>;
  /** JSON Lines (one snapshot a line) or a JSON array, compressed with gzip or not. */
  readonly layout: 'lines' | 'array';
  readonly compressed: boolean;
  /** The file's size on disk, and how much of it has been consumed: the measure of progress. */
  readonly totalBytes: number;
  readonly bytesRead: number;
  /** Truncated last lines skipped (0 or 1): a crash of the collector loses at most the line it was writing. */
  readonly skippedLines: number;
  /** Stops reading and releases the file; needed only when the snapshots are not read to the end. */
  close(): void;
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Opens a capture file and reads its header. The file is JSON Lines (a header line, then one snapshot a
 * line), gzip-compressed or not, or a plain JSON array whose first element is the header. JSON Lines are
 * streamed; an array is read whole. A last line that does not parse is skipped and counted (the collector
 * crashed while writing it); any other malformed line is an error naming the file and the line.
 * Throws a CaptureError for a missing, unreadable or corrupt file, or one that is not a capture.
 */
export async function openCapture(path: string): Promise<Capture> {
  const source = await openByteSource(path);
  try {
    const { head, first } = await readUntilContent(source);
    return first === 0x5b ? await openArray(path, source, head) : await openLines(path, source, head);
  } catch (error) {
    source.close();
    throw error;
  }
}

/** Reads chunks until the first byte that is not whitespace or a byte order mark; returns them and that byte. */
async function readUntilContent(source: ByteSource): Promise<{ head: Buffer[]; first: number | undefined }> {
  const head: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const next = await source.chunks.next();
    if (next.done) return { head, first: undefined };
    let chunk = next.value;
    if (head.length === 0 && chunk.subarray(0, 3).equals(BOM)) chunk = chunk.subarray(3);
    head.push(chunk);
    while (offset < chunk.length && WHITESPACE.has(chunk[offset] ?? 0)) offset += 1;
    if (offset < chunk.length) return { head, first: chunk[offset] };
    offset = 0;
  }
}

async function openLines(path: string, source: ByteSource, head: Buffer[]): Promise<Capture> {
  const lines = new LineReader(head, source.chunks);
  let lineNumber = 0;
  let text: string | undefined;
  do {
    text = await lines.nextLine();
    lineNumber += 1;
  } while (text !== undefined && text.trim() === '');
  if (text === undefined) throw new CaptureError(`${path}: empty file, not a capture`);
  let header: unknown;
  try {
    header = JSON.parse(text);
  } catch {
    throw notACapture(path, `line ${lineNumber} is not JSON`);
  }
  const state = { skippedLines: 0 };
  const snapshots = lineSnapshots(path, source, lines, lineNumber, state);
  return capture(path, 'lines', checkHeader(path, header), source, state, snapshots);
}

async function* lineSnapshots(
  path: string,
  source: ByteSource,
  lines: LineReader,
  headerLine: number,
  state: { skippedLines: number },
): AsyncGenerator<RawSnapshot, void, undefined> {
  let lineNumber = headerLine;
  /** A line that did not parse: an error unless it turns out to be the last one. */
  let broken: { line: number; reason: string } | undefined;
  try {
    for (let batch = await lines.nextLines(); batch !== undefined; batch = await lines.nextLines()) {
      for (const text of batch) {
        lineNumber += 1;
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (error) {
          if (text.trim() === '') continue;
          if (broken) throw malformedLine(path, broken);
          broken = { line: lineNumber, reason: (error as Error).message };
          continue;
        }
        if (broken) throw malformedLine(path, broken);
        yield snapshotAt(path, `line ${lineNumber}`, value);
      }
    }
  } finally {
    source.close();
  }
  if (broken) state.skippedLines = 1;
}

function malformedLine(path: string, broken: { line: number; reason: string }): CaptureError {
  return new CaptureError(`${path}, line ${broken.line}: malformed JSON (${broken.reason})`);
}

async function openArray(path: string, source: ByteSource, head: Buffer[]): Promise<Capture> {
  const chunks = [...head];
  for await (const chunk of source.chunks) chunks.push(chunk);
  let values: unknown;
  try {
    values = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new CaptureError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(values)) throw notACapture(path, 'not a JSON array');
  const elements: readonly unknown[] = values;
  async function* snapshots(): AsyncGenerator<RawSnapshot, void, undefined> {
    for (let i = 1; i < elements.length; i += 1) yield snapshotAt(path, `element ${i}`, elements[i]);
  }
  return capture(path, 'array', checkHeader(path, elements[0]), source, { skippedLines: 0 }, snapshots());
}

function checkHeader(path: string, value: unknown): CaptureHeader {
  if (!isCaptureHeader(value)) throw notACapture(path, `no "${CAPTURE_FORMAT}" header`);
  if (typeof value.version !== 'number' || value.version > CAPTURE_VERSION) {
    throw new CaptureError(
      `${path}: capture format version ${String(value.version)} is not supported (this pcprocess reads up to ${CAPTURE_VERSION})`,
    );
  }
  return value;
}

function snapshotAt(path: string, where: string, value: unknown): RawSnapshot {
  try {
    return asSnapshot(value);
  } catch (error) {
    throw new CaptureError(`${path}, ${where}: ${(error as Error).message}`);
  }
}

function notACapture(path: string, reason: string): CaptureError {
  return new CaptureError(`${path}: not a capture file (${reason})`);
}

function capture(
  path: string,
  layout: Capture['layout'],
  header: CaptureHeader,
  source: ByteSource,
  state: { readonly skippedLines: number },
  snapshots: AsyncGenerator<RawSnapshot, void, undefined>,
): Capture {
  return {
    path,
    layout,
    compressed: source.compressed,
    header,
    snapshots,
    totalBytes: source.totalBytes,
    get bytesRead() {
      return source.bytesRead;
    },
    get skippedLines() {
      return state.skippedLines;
    },
    close: source.close,
  };
}

/** A capture file by its name (`.json`, `.jsonl`, `.json.gz`); anything else is read as host.csv. */
export function isCaptureFile(name: string): boolean {
  return /\.(json|jsonl)(\.gz)?$/i.test(name);
}
