import { Worker } from 'node:worker_threads';

/** A worker thread keeping about half of one core busy, partly in system time, until stopped. */
export function startCpuLoad(): { stop(): Promise<void> } {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL('./cpu-load-worker.js', import.meta.url), { workerData: flag });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    stop: async () => {
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      await exited;
    },
  };
}
