import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { HostCsvLayout } from '@perfanalysis/shared';
import type { BlockRange, BlockRows } from './host-csv-block.js';
import type { BlockWorkerData } from './host-csv-block-worker.js';
import type { RowSink } from './host-rows.js';
import type { ReadProgress } from './read-host-csv.js';
import { ReportError } from './report-error.js';

const WORKER = new URL('./host-csv-block-worker.js', import.meta.url);

/** Bytes of a block: some 16,000 rows of a full host.csv, a few megabytes of numbers in flight each. */
export const BLOCK_BYTES = 4 * 1024 * 1024;
/** Blocks given to a worker ahead of the one it parses, so that it never waits for the reading thread. */
const AHEAD = 2;

export interface BlockOptions {
  readonly blockBytes?: number;
  readonly workers?: number;
}

/** Where the data lines start: after the header, the header's line number, and its layout. */
export interface HeaderAt {
  readonly dataStart: number;
  readonly headerLine: number;
  readonly layout: HostCsvLayout;
}

type Answer = { block: number; rows: BlockRows } | { block: number; failed: string };

/**
 * The data lines of an uncompressed host.csv, parsed on several cores (one worker thread a core, four at
 * most): the file is cut into blocks of bytes, a line belonging to the block it starts in; the blocks go to
 * whichever worker is free, and their rows come back to this thread, which hands them to the sink in file
 * order — the rows, the chunks' boundaries aside, and so the sink's results are the very ones of reading the
 * file line by line. The first bad line in file order is a ReportError naming its line number.
 */
export async function readHostCsvBlocks(
  file: string,
  size: number,
  header: HeaderAt,
  sink: RowSink,
  onProgress?: ReadProgress,
  options: BlockOptions = {},
): Promise<void> {
  const blockBytes = options.blockBytes ?? BLOCK_BYTES;
  const ranges: BlockRange[] = [];
  for (let start = header.dataStart; start < size; start += blockBytes)
    ranges.push({ start, end: Math.min(start + blockBytes, size) });
  const count = Math.max(1, Math.min(options.workers ?? Math.min(4, availableParallelism()), ranges.length));
  const data: BlockWorkerData = { file, size, fields: header.layout.fields };
  const workers = Array.from({ length: count }, () => new Worker(WORKER, { workerData: data }));
  try {
    const done = new Map<number, BlockRows>();
    let given = 0;
    let wake: (() => void) | undefined;
    let failure: Error | undefined;
    // Arrays of blocks handed to the sink (which keeps none of them), given back to the workers to fill again.
    const spare: { times: Float64Array<ArrayBuffer>; values: Float64Array<ArrayBuffer> }[] = [];
    const give = (worker: Worker): void => {
      if (given >= ranges.length) return;
      const reuse = spare.pop();
      const job = { block: given, range: ranges[given++], reuse };
      worker.postMessage(job, reuse ? [reuse.times.buffer, reuse.values.buffer] : []);
    };
    for (const worker of workers) {
      worker.on('message', (answer: Answer) => {
        if ('failed' in answer) failure ??= new ReportError(`${file}: cannot read it (${answer.failed})`);
        else done.set(answer.block, answer.rows);
        give(worker);
        wake?.();
      });
      worker.on('error', (error) => {
        failure ??= error;
        wake?.();
      });
      for (let k = 0; k < AHEAD; k += 1) give(worker);
    }
    let line = header.headerLine;
    for (let block = 0; block < ranges.length; block += 1) {
      let rows = done.get(block);
      while (rows === undefined) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        rows = done.get(block);
      }
      done.delete(block);
      if ('error' in rows) throw new ReportError(`${file}: line ${line + rows.line}: ${rows.error}`);
      if (rows.rows > 0) sink.add(rows.times, rows.values, rows.rows);
      spare.push({ times: rows.times, values: rows.values });
      line += rows.lines;
      onProgress?.((ranges[block] as BlockRange).end, size);
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
