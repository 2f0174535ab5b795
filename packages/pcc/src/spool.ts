import {
  closeSync,
  fdatasync,
  fdatasyncSync,
  fstatSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/** Where the sender has got to: a byte offset in a segment file. */
export interface SpoolPosition {
  readonly segment: number;
  readonly offset: number;
}

export interface SpoolBatch {
  readonly lines: readonly string[];
  /** The position after the batch, to acknowledge once the server has stored it. */
  readonly end: SpoolPosition;
}

const MAX_SEGMENT_BYTES = 4 * 1024 * 1024;
const MIN_SEGMENT_BYTES = 4 * 1024;
/** Segments a sixteenth of the bound: what waits on disk beyond the bound is at most one segment's worth. */
const SEGMENTS_PER_BOUND = 16;
const READ_BYTES = 4 * 1024 * 1024;
const DROP_READ_BYTES = 64 * 1024;
const DROP_WARNING_EVERY_MS = 60_000;
const CURSOR = 'cursor.json';
const segmentName = (n: number): string => `${String(n).padStart(12, '0')}.jsonl`;
const formatMiB = (bytes: number): string => `${Number((bytes / 1048576).toFixed(2))} MiB`;

/**
 * A queue of JSON lines on disk, so that nothing collected is lost while the server is away, across restarts
 * of the server and of pcc itself. Lines are appended to numbered segment files; a cursor file records what
 * the server has acknowledged, and fully acknowledged segments are deleted. The queue is bounded: when what
 * waits outgrows `maxBytes`, the oldest samples go (the cursor moves past them, line by line), with a warning
 * at most once a minute that says how many. Segments are a sixteenth of the bound (at most 4 MiB), so the
 * files on disk exceed the bound by at most one segment.
 */
export class Spool {
  readonly #dir: string;
  readonly #maxBytes: number;
  readonly #segmentBytes: number;
  readonly #onWarning: (message: string) => void;
  #segments: number[] = [];
  #cursor: SpoolPosition;
  #fd: number;
  #activeBytes: number;
  #dropped = 0;
  #droppedUnwarned = 0;
  #lastDropWarning = Number.NEGATIVE_INFINITY;
  #syncing: Promise<void> | undefined;

  constructor(dir: string, maxBytes: number, onWarning: (message: string) => void = () => {}) {
    this.#dir = dir;
    this.#maxBytes = maxBytes;
    this.#segmentBytes = Math.max(
      MIN_SEGMENT_BYTES,
      Math.min(MAX_SEGMENT_BYTES, Math.floor(maxBytes / SEGMENTS_PER_BOUND)),
    );
    this.#onWarning = onWarning;
    try {
      mkdirSync(dir, { recursive: true });
      this.#segments = segmentsIn(dir);
    } catch (error) {
      throw new Error(`cannot use the spool directory ${dir}: ${(error as NodeJS.ErrnoException).code}`);
    }
    if (this.#segments.length === 0) this.#segments.push(1);
    const active = this.#segments.at(-1) ?? 1;
    this.#fd = openSync(join(dir, segmentName(active)), 'a+');
    this.#activeBytes = this.#dropPartialLastLine();
    this.#cursor = readCursor(dir, this.#segments);
  }

  /** Bytes waiting to be sent. */
  get pendingBytes(): number {
    let total = 0;
    for (const segment of this.#segments) total += this.#size(segment);
    return total - this.#cursor.offset;
  }

  /** Samples dropped to keep within the bound, since this spool was opened. */
  get droppedSamples(): number {
    return this.#dropped;
  }

  /** Samples waiting to be sent (counted from the files: for the closing summary, not for every tick). */
  pendingSamples(): number {
    let count = 0;
    let { segment, offset } = this.#cursor;
    for (const n of this.#segments) {
      if (n < segment) continue;
      if (n > segment) [segment, offset] = [n, 0];
      for (let chunk = this.#readBytes(n, offset, READ_BYTES); chunk.length > 0; ) {
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) count += 1;
        offset += chunk.length;
        chunk = this.#readBytes(n, offset, READ_BYTES);
      }
    }
    return count;
  }

  append(line: string): void {
    if (this.#activeBytes >= this.#segmentBytes) this.#roll();
    const bytes = Buffer.from(`${line}\n`);
    writeSync(this.#fd, bytes);
    this.#activeBytes += bytes.length;
    if (this.pendingBytes > this.#maxBytes) this.#dropOldest();
  }

  /**
   * Appends a line and resolves once it is on stable storage, for a caller that acknowledges the line to
   * someone else (pcd's relay answers pcc 202 only then). Lines appended before the sync starts share it, so
   * a burst of requests costs one fdatasync, not one each.
   */
  appendDurably(line: string): Promise<void> {
    this.append(line);
    this.#syncing ??= new Promise<void>((resolve, reject) =>
      setImmediate(() => {
        this.#syncing = undefined;
        fdatasync(this.#fd, (error) => (error ? reject(error) : resolve()));
      }),
    );
    return this.#syncing;
  }

  /** Up to `maxLines` lines from the cursor on, without consuming them. */
  peek(maxLines: number): SpoolBatch {
    const lines: string[] = [];
    let { segment, offset } = this.#cursor;
    for (const n of this.#segments) {
      if (n < segment) continue;
      if (n > segment) [segment, offset] = [n, 0];
      const text = this.#read(n, offset);
      let start = 0;
      for (
        let end = text.indexOf('\n');
        end !== -1 && lines.length < maxLines;
        end = text.indexOf('\n', start)
      ) {
        lines.push(text.slice(start, end));
        start = end + 1;
      }
      offset += Buffer.byteLength(text.slice(0, start));
      if (lines.length >= maxLines) break;
    }
    return { lines, end: { segment, offset } };
  }

  /**
   * Records that everything before `position` is stored, and deletes the segments it has passed. A position
   * behind the cursor (samples dropped while their batch was on its way) leaves the cursor where it is.
   */
  ack(position: SpoolPosition): void {
    const { segment, offset } = this.#cursor;
    if (position.segment < segment || (position.segment === segment && position.offset <= offset)) return;
    this.#cursor = position;
    this.#deletePassedSegments();
    this.#saveCursor();
  }

  close(): void {
    closeSync(this.#fd);
  }

  #deletePassedSegments(): void {
    const active = this.#segments.at(-1);
    for (const n of [...this.#segments]) {
      if (n >= this.#cursor.segment || n === active) break;
      this.#deleteSegment(n);
    }
  }

  #saveCursor(): void {
    const position = this.#cursor;
    const temporary = join(this.#dir, `${CURSOR}.tmp`);
    writeFileSync(temporary, JSON.stringify(position));
    renameSync(temporary, join(this.#dir, CURSOR));
  }

  #roll(): void {
    fdatasyncSync(this.#fd); // a durable append waiting for its sync may have written to this segment
    closeSync(this.#fd);
    const next = (this.#segments.at(-1) ?? 0) + 1;
    this.#segments.push(next);
    this.#fd = openSync(join(this.#dir, segmentName(next)), 'a+');
    this.#activeBytes = 0;
  }

  /** Moves the cursor past the oldest whole lines until what waits is within the bound again. */
  #dropOldest(): void {
    let excess = this.pendingBytes - this.#maxBytes;
    let readBytes = DROP_READ_BYTES;
    while (excess > 0) {
      const { segment, offset } = this.#cursor;
      const wanted = Math.max(readBytes, excess);
      const chunk = this.#readBytes(segment, offset, wanted);
      if (chunk.length === 0) {
        const next = this.#segments.find((n) => n > segment);
        if (next === undefined) break;
        this.#cursor = { segment: next, offset: 0 };
        continue;
      }
      let consumed = 0;
      for (let i = chunk.indexOf(10); i !== -1 && consumed < excess; i = chunk.indexOf(10, consumed)) {
        consumed = i + 1;
        this.#dropped += 1;
        this.#droppedUnwarned += 1;
      }
      // A line longer than what was read: read more of it next time round (a segment's unended tail goes whole).
      if (consumed === 0 && chunk.length < wanted) consumed = chunk.length;
      else if (consumed === 0) readBytes = chunk.length * 2;
      this.#cursor = { segment, offset: offset + consumed };
      excess -= consumed;
    }
    this.#deletePassedSegments();
    this.#saveCursor();
    if (this.#droppedUnwarned > 0 && Date.now() - this.#lastDropWarning >= DROP_WARNING_EVERY_MS) {
      this.#onWarning(
        `spool full (over ${formatMiB(this.#maxBytes)} unsent): dropped the oldest ${this.#droppedUnwarned} samples`,
      );
      this.#droppedUnwarned = 0;
      this.#lastDropWarning = Date.now();
    }
  }

  #deleteSegment(n: number): void {
    unlinkSync(join(this.#dir, segmentName(n)));
    this.#segments = this.#segments.filter((s) => s !== n);
  }

  #size(segment: number): number {
    return segment === this.#segments.at(-1)
      ? this.#activeBytes
      : statSync(join(this.#dir, segmentName(segment))).size;
  }

  #read(segment: number, offset: number): string {
    return this.#readBytes(segment, offset, READ_BYTES).toString('utf8');
  }

  #readBytes(segment: number, offset: number, maxBytes: number): Buffer {
    const length = Math.min(maxBytes, Math.max(this.#size(segment) - offset, 0));
    if (length === 0) return Buffer.alloc(0);
    const fd =
      segment === this.#segments.at(-1) ? this.#fd : openSync(join(this.#dir, segmentName(segment)), 'r');
    try {
      const buffer = Buffer.allocUnsafe(length);
      return buffer.subarray(0, readSync(fd, buffer, 0, length, offset));
    } finally {
      if (fd !== this.#fd) closeSync(fd);
    }
  }

  /** A crash can leave half a line at the end of the active segment: cut it, so appends start clean. */
  #dropPartialLastLine(): number {
    const size = fstatSync(this.#fd).size;
    if (size === 0) return 0;
    const tail = Buffer.allocUnsafe(Math.min(size, 64 * 1024));
    readSync(this.#fd, tail, 0, tail.length, size - tail.length);
    const lastNewline = tail.lastIndexOf(10);
    const keep = lastNewline === -1 ? size - tail.length : size - tail.length + lastNewline + 1;
    if (keep !== size) ftruncateSync(this.#fd, keep);
    return keep;
  }
}

/**
 * Bytes waiting in a spool directory, found without opening it as a Spool (which would change it): for the
 * samples an older pcc left where no run of this one sends them.
 */
export function waitingBytes(dir: string): number {
  let segments: number[];
  try {
    segments = segmentsIn(dir);
  } catch {
    return 0;
  }
  const cursor = readCursor(dir, segments);
  let total = 0;
  for (const n of segments) {
    if (n >= cursor.segment) total += statSync(join(dir, segmentName(n))).size;
  }
  return Math.max(total - cursor.offset, 0);
}

function segmentsIn(dir: string): number[] {
  return readdirSync(dir)
    .filter((name) => /^\d{12}\.jsonl$/.test(name))
    .map((name) => Number.parseInt(name, 10))
    .sort((a, b) => a - b);
}

function readCursor(dir: string, segments: readonly number[]): SpoolPosition {
  try {
    const saved = JSON.parse(readFileSync(join(dir, CURSOR), 'utf8')) as SpoolPosition;
    if (segments.includes(saved.segment)) return saved;
  } catch {
    // No cursor yet, or an unreadable one: start from the oldest segment.
  }
  return { segment: segments[0] ?? 1, offset: 0 };
}
