import { Worker } from 'node:worker_threads';
import { BUNDLED } from '../version.js';
import { LEVEL, STOP, type WorkerOrders } from './duty-cycle-worker.js';

/**
 * The script a worker runs. The bundle is one file: a worker loads it whole, and pcc's entry hands a worker
 * thread to the duty cycle. The self-contained executable has no script file a worker could load (there,
 * import.meta.url is not set): it says so.
 */
function workerUrl(): URL {
  if (!import.meta.url)
    throw new Error(
      'the load test and the benchmark need Node.js: run them with the pcc script (node pcc.mjs loadtest)',
    );
  return BUNDLED ? new URL(import.meta.url) : new URL('./duty-cycle-worker.js', import.meta.url);
}

/** Worker threads running the duty cycle, all at one target level, with their unit counters. */
export class WorkerPool {
  readonly #control = new Int32Array(new SharedArrayBuffer(8));
  readonly #counts: Int32Array;
  readonly #workers: Worker[] = [];
  /** Settles with the first worker's error, if any (a worker never ends by itself). */
  readonly failed: Promise<Error>;

  constructor(threads: number, periodMs: number) {
    this.#counts = new Int32Array(new SharedArrayBuffer(4 * threads));
    const failures: Promise<Error>[] = [];
    const script = workerUrl();
    for (let index = 0; index < threads; index++) {
      const orders: WorkerOrders = {
        role: 'pcc-loadtest-worker',
        control: this.#control.buffer as SharedArrayBuffer,
        counts: this.#counts.buffer as SharedArrayBuffer,
        index,
        periodMs,
      };
      const worker = new Worker(script, { workerData: orders });
      failures.push(
        new Promise((resolve) => {
          worker.once('error', resolve);
          worker.once('exit', (code) => {
            if (Atomics.load(this.#control, STOP) === 0) resolve(new Error(`a worker exited (${code})`));
          });
        }),
      );
      this.#workers.push(worker);
    }
    this.failed = Promise.race(failures);
  }

  /** Every thread busy for `level` % of each period from its next period on (0: all idle). */
  setLevel(level: number): void {
    Atomics.store(this.#control, LEVEL, level);
  }

  /** The units each thread has done so far, modulo 2^32 (see unitsBetween). */
  counts(): number[] {
    return Array.from(this.#counts, (_, i) => Atomics.load(this.#counts, i));
  }

  /** Stops every thread at once: they see the flag within one unit of work, and are terminated anyway. */
  async stop(): Promise<void> {
    Atomics.store(this.#control, STOP, 1);
    Atomics.notify(this.#control, STOP);
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }
}

/** Units done between two readings of a counter that wraps at 2^32. */
export function unitsBetween(before: number, after: number): number {
  return (after - before) >>> 0;
}
