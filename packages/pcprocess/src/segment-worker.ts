/** A worker thread of a parallel conversion: converts the segments the main thread sends, in order. */
import { parentPort, workerData } from 'node:worker_threads';
import { CsvRows } from './csv-writers.js';
import { convertSegment, type SegmentSource, type SegmentTask } from './segments.js';

const source = workerData as SegmentSource;
const rows = new CsvRows();
const port = parentPort;
port?.on('message', (task: SegmentTask) => {
  const result = convertSegment(source, task, rows);
  port.postMessage(result, [result.bytes.buffer as ArrayBuffer]);
});
