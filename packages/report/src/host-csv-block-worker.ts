import { closeSync, openSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { type BlockRange, parseHostCsvBlock } from './host-csv-block.js';

/** What readHostCsvBlocks tells its workers: the file, its size and its header's field roles. */
export interface BlockWorkerData {
  readonly file: string;
  readonly size: number;
  readonly fields: readonly number[];
}

/**
 * A worker thread of readHostCsvBlocks: block ranges in, their rows out (the arrays moved, not copied), one
 * message each. Parsing is most of reading a host.csv; workers parse blocks side by side on the machine's
 * cores while the reading thread feeds their rows, in file order, to the statistics.
 */
const { file, size, fields } = workerData as BlockWorkerData;
const layout = { fields, unknown: [] };
interface BlockJob {
  readonly block: number;
  readonly range: BlockRange;
  readonly reuse?: { times: Float64Array<ArrayBuffer>; values: Float64Array<ArrayBuffer> };
}

parentPort?.on('message', ({ block, range, reuse }: BlockJob) => {
  try {
    const fd = openSync(file, 'r');
    let rows: ReturnType<typeof parseHostCsvBlock>;
    try {
      rows = parseHostCsvBlock(fd, size, range, layout, reuse);
    } finally {
      closeSync(fd);
    }
    const moved = 'times' in rows ? [rows.times.buffer, rows.values.buffer] : [];
    parentPort?.postMessage({ block, rows }, moved);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    parentPort?.postMessage({ block, failed: code ?? (error as Error).message });
  }
});
