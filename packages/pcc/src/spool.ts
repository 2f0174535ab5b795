import {
  closeSync,
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

const SEGMENT_BYTES = 4 * 1024 * 1024;
const READ_BYTES = 4 * 1024 * 1024;
const CURSOR = 'cursor.json';
const segmentName = (n: number): string => `${String(n).padStart(12, '0')}.jsonl`;

/**
 * A queue of JSON lines on disk, so that nothing collected is lost while the server is away, across restarts
 * of the server and of pcc itself. Lines are appended to numbered segment files; a cursor file records what
 * the server has acknowledged, and fully acknowledged segments are deleted. The queue is bounded: when it
 * outgrows `maxBytes`, the oldest segments go, with a warning that says how much was dropped.
 */
export class Spool {
  readonly #dir: string;
  readonly #maxBytes: number;
  readonly #onWarning: (message: string) => void;
  #segments: number[] = [];
  #cursor: SpoolPosition;
  #fd: number;
  #activeBytes: number;

  constructor(dir: string, maxBytes: number, onWarning: (message: string) => void = () => {}) {
    this.#dir = dir;
    this.#maxBytes = maxBytes;
    this.#onWarning = onWarning;
    try {
      mkdirSync(dir, { recursive: true });
      this.#segments = readdirSync(dir)
        .filter((name) => /^\d{12}\.jsonl$/.test(name))
        .map((name) => Number.parseInt(name, 10))
        .sort((a, b) => a - b);
    } catch (error) {
      throw new Error(`cannot use the spool directory ${dir}: ${(error as NodeJS.ErrnoException).code}`);
    }
    if (this.#segments.length === 0) this.#segments.push(1);
    const active = this.#segments.at(-1) ?? 1;
    this.#fd = openSync(join(dir, segmentName(active)), 'a+');
    this.#activeBytes = this.#dropPartialLastLine();
    this.#cursor = this.#readCursor();
  }

  /** Bytes waiting to be sent. */
  get pendingBytes(): number {
    let total = 0;
    for (const segment of this.#segments) total += this.#size(segment);
    return total - this.#cursor.offset;
  }

  append(line: string): void {
    if (this.#activeBytes >= SEGMENT_BYTES) this.#roll();
    const bytes = Buffer.from(`${line}\n`);
    writeSync(this.#fd, bytes);
    this.#activeBytes += bytes.length;
    if (this.pendingBytes > this.#maxBytes) this.#dropOldest();
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

  /** Records that everything before `position` is stored, and deletes the segments it has passed. */
  ack(position: SpoolPosition): void {
    this.#cursor = position;
    const active = this.#segments.at(-1);
    for (const n of [...this.#segments]) {
      if (n >= position.segment || n === active) break;
      this.#deleteSegment(n);
    }
    const temporary = join(this.#dir, `${CURSOR}.tmp`);
    writeFileSync(temporary, JSON.stringify(position));
    renameSync(temporary, join(this.#dir, CURSOR));
  }

  close(): void {
    closeSync(this.#fd);
  }

  #roll(): void {
    closeSync(this.#fd);
    const next = (this.#segments.at(-1) ?? 0) + 1;
    this.#segments.push(next);
    this.#fd = openSync(join(this.#dir, segmentName(next)), 'a+');
    this.#activeBytes = 0;
  }

  #dropOldest(): void {
    let dropped = 0;
    while (this.pendingBytes > this.#maxBytes && this.#segments.length > 1) {
      const oldest = this.#segments[0] ?? 0;
      dropped += this.#size(oldest) - (oldest === this.#cursor.segment ? this.#cursor.offset : 0);
      this.#deleteSegment(oldest);
      this.#cursor = { segment: this.#segments[0] ?? oldest + 1, offset: 0 };
    }
    if (dropped > 0) {
      this.#onWarning(
        `spool full (over ${Math.round(this.#maxBytes / 1048576)} MiB unsent): dropped the oldest ${Math.round(dropped / 1024)} KiB of samples`,
      );
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
    const fd =
      segment === this.#segments.at(-1) ? this.#fd : openSync(join(this.#dir, segmentName(segment)), 'r');
    try {
      const buffer = Buffer.allocUnsafe(Math.min(READ_BYTES, Math.max(this.#size(segment) - offset, 0)));
      const n = buffer.length > 0 ? readSync(fd, buffer, 0, buffer.length, offset) : 0;
      return buffer.toString('utf8', 0, n);
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

  #readCursor(): SpoolPosition {
    const first = this.#segments[0] ?? 1;
    try {
      const saved = JSON.parse(readFileSync(join(this.#dir, CURSOR), 'utf8')) as SpoolPosition;
      if (this.#segments.includes(saved.segment)) return saved;
    } catch {
      // No cursor yet, or an unreadable one: start from the oldest segment.
    }
    return { segment: first, offset: 0 };
  }
}
