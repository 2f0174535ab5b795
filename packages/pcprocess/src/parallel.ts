import { type FileHandle, open } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { DeviceFilters } from '@perfanalysis/shared';
import type { Capture } from './capture-reader.js';
import type { CsvWriters } from './csv-writers.js';
import { CaptureError, fsReason } from './errors.js';
import type { LineProblem, SegmentFailure, SegmentResult, SegmentSource, SegmentTask } from './segments.js';

/** How a conversion uses worker threads. */
export interface ParallelTuning {
  /** Worker threads for a plain JSON Lines capture; 1 or less converts in the calling thread. */
  readonly workers: number;
  /** Smaller captures are converted in the calling thread: starting workers would cost more than it saves. */
  readonly minBytes: number;
  /** The bytes of the file each worker converts at a time: progress is reported that often. */
  readonly segmentBytes: number;
}

/** Segments a worker has queued: one to start on as soon as it sends a result back. */
const QUEUED_PER_WORKER = 2;
/**
 * Segments converted or being converted ahead of the one to be written next, per worker: room for workers
 * to run ahead of a slower one, and a bound on the memory their results take.
 */
const AHEAD_PER_WORKER = 8;

/** What the segments came to. */
export interface ParallelOutcome {
  readonly samples: number;
  readonly skippedLines: number;
}

/**
 * Converts a plain JSON Lines capture with worker threads: the file is cut into segments at line boundaries,
 * each worker converts whole segments (starting from the last snapshot before its segment), and the rows
 * are appended to `writers` in file order. The result, the files and the errors are those of converting in
 * one thread; progress is reported after each segment.
 */
export async function convertInParallel(
  capture: Capture,
  writers: CsvWriters,
  filters: DeviceFilters,
  tuning: ParallelTuning,
  onProgress: ((bytesRead: number, totalBytes: number, samples: number) => void) | undefined,
): Promise<ParallelOutcome> {
  let handle: FileHandle;
  try {
    handle = await open(capture.path, 'r');
  } catch (error) {
    throw new CaptureError(`${capture.path}: ${fsReason(error)}`);
  }
  try {
    return await convertSegments(capture, handle, writers, filters, tuning, onProgress);
  } finally {
    await handle.close();
  }
}

async function convertSegments(
  capture: Capture,
  handle: FileHandle,
  writers: CsvWriters,
  filters: DeviceFilters,
  tuning: ParallelTuning,
  onProgress: ((bytesRead: number, totalBytes: number, samples: number) => void) | undefined,
): Promise<ParallelOutcome> {
  const { offset, line: headerLine } = await locateSnapshots(capture.path, handle);
  const size = capture.totalBytes;
  const tasks: SegmentTask[] = [];
  for (let start = offset; start < size; start += tuning.segmentBytes) {
    tasks.push({ index: tasks.length, start, end: Math.min(size, start + tuning.segmentBytes) });
  }
  const source: SegmentSource = { path: capture.path, fd: handle.fd, first: offset, size, filters };
  const pool = new WorkerPool(Math.min(tuning.workers, tasks.length), source, tasks);
  try {
    let samples = 0;
    /** Lines before the segment being written: the header line and those of the segments before. */
    let linesBefore = headerLine;
    /** A malformed line that is an error unless no other line follows. */
    let broken: LineProblem | undefined;
    for (const task of tasks) {
      const result = await pool.result(task.index);
      const at = (line: number): number => linesBefore + line + 1;
      if (broken && result.nonBlank) throw malformed(capture.path, broken);
      if (result.failure) throw failure(capture.path, result.failure, at);
      if (result.leadInFailed && result.nonBlank) {
        throw new Error(`segment ${task.index} starts after a line that is not a snapshot, yet no error`);
      }
      if (result.broken) broken = { line: at(result.broken.line), reason: result.broken.reason };
      linesBefore += result.lines;
      samples += result.samples;
      writers.append(split(result), result.containerNames);
      if (writers.pending) await writers.flush();
      onProgress?.(task.end, size, samples);
    }
    return { samples, skippedLines: broken ? 1 : 0 };
  } finally {
    await pool.close();
  }
}

/** A result's bytes, cut into the rows of each file. */
function split(result: SegmentResult): Uint8Array[] {
  let offset = 0;
  return result.sizes.map((size) => {
    const bytes = result.bytes.subarray(offset, offset + size);
    offset += size;
    return bytes;
  });
}

function malformed(path: string, broken: LineProblem): CaptureError {
  return new CaptureError(`${path}, line ${broken.line}: malformed JSON (${broken.reason})`);
}

function failure(path: string, failure: SegmentFailure, at: (line: number) => number): Error {
  switch (failure.kind) {
    case 'malformed':
      return malformed(path, { line: at(failure.line), reason: failure.reason });
    case 'invalid':
      return new CaptureError(`${path}, line ${at(failure.line)}: ${failure.reason}`);
    case 'read':
      return new CaptureError(failure.message);
    case 'internal': {
      const error = new Error(failure.message);
      if (failure.stack !== undefined) error.stack = failure.stack;
      return error;
    }
  }
}

const BOM = [0xef, 0xbb, 0xbf];
const NEWLINE = 0x0a;
const SCAN_BYTES = 1 << 16;

/**
 * Where the snapshot lines start: just after the header, the first line that is not blank (as the capture
 * reader finds it, after a byte order mark). Returns that offset and the header's line number; the offset
 * is the file's end when no line follows the header.
 */
async function locateSnapshots(path: string, handle: FileHandle): Promise<{ offset: number; line: number }> {
  try {
    const chunk = Buffer.allocUnsafe(SCAN_BYTES);
    let data = Buffer.alloc(0);
    let lineStart: number | undefined;
    let line = 0;
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, SCAN_BYTES, data.length);
      data = Buffer.concat([data, chunk.subarray(0, bytesRead)]);
      if (lineStart === undefined) {
        if (data.length < BOM.length && bytesRead > 0) continue;
        lineStart = BOM.every((byte, i) => data[i] === byte) ? BOM.length : 0;
      }
      for (let newline = data.indexOf(NEWLINE, lineStart); newline !== -1; ) {
        line += 1;
        const text = data.toString('utf8', lineStart, newline);
        lineStart = newline + 1;
        if (text.trim() !== '') return { offset: lineStart, line };
        newline = data.indexOf(NEWLINE, lineStart);
      }
      if (bytesRead === 0) return { offset: data.length, line: line + 1 };
    }
  } catch (error) {
    throw new CaptureError(`${path}: ${fsReason(error)}`);
  }
}

/** Worker threads converting the segments in file order, and their results as they come back. */
class WorkerPool {
  readonly #workers: { readonly worker: Worker; queued: number }[];
  readonly #tasks: readonly SegmentTask[];
  /** The next segment to send to a worker. */
  #next = 0;
  /** The segment the caller waits for: the window of segments sent starts there. */
  #awaited = 0;
  readonly #results = new Map<number, SegmentResult>();
  #failure: Error | undefined;
  #wake: (() => void) | undefined;
  #closing = false;

  constructor(count: number, source: SegmentSource, tasks: readonly SegmentTask[]) {
    this.#tasks = tasks;
    this.#workers = Array.from({ length: count }, () => {
      const worker = new Worker(new URL('./segment-worker.js', import.meta.url), { workerData: source });
      const entry = { worker, queued: 0 };
      worker.on('message', (result: SegmentResult) => {
        entry.queued -= 1;
        this.#results.set(result.index, result);
        this.#send();
        this.#wake?.();
      });
      worker.on('error', (error) => this.#fail(error));
      worker.on('exit', (code) => {
        if (!this.#closing) this.#fail(new Error(`a pcprocess worker thread stopped (exit code ${code})`));
      });
      return entry;
    });
    this.#send();
  }

  /** The result of segment `index`, once it is back; segments are asked for in order. */
  async result(index: number): Promise<SegmentResult> {
    this.#awaited = index;
    this.#send();
    for (;;) {
      if (this.#failure) throw this.#failure;
      const result = this.#results.get(index);
      if (result) {
        this.#results.delete(index);
        return result;
      }
      await new Promise<void>((wake) => {
        this.#wake = wake;
      });
      this.#wake = undefined;
    }
  }

  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
  }

  /** Sends the next segments to the workers with room in their queues, within the window. */
  #send(): void {
    const end = Math.min(this.#tasks.length, this.#awaited + this.#workers.length * AHEAD_PER_WORKER);
    while (this.#next < end && !this.#closing) {
      const idlest = this.#workers.reduce((a, b) => (b.queued < a.queued ? b : a));
      if (idlest.queued >= QUEUED_PER_WORKER) return;
      idlest.queued += 1;
      idlest.worker.postMessage(this.#tasks[this.#next]);
      this.#next += 1;
    }
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    this.#wake?.();
  }
}
