import { isMainThread, workerData } from 'node:worker_threads';
import { runDutyCycle } from './duty-cycle.js';
import { workUnit } from './work-unit.js';

/** The shared memory a load-test worker and its pool talk through. */
export interface WorkerOrders {
  readonly role: 'pcc-loadtest-worker';
  /** Int32: [0] stop flag, [1] target level 0–100. */
  readonly control: SharedArrayBuffer;
  /** Int32 per thread: units done, modulo 2^32. */
  readonly counts: SharedArrayBuffer;
  readonly index: number;
  readonly periodMs: number;
}

export const STOP = 0;
export const LEVEL = 1;

/** A worker thread's body: the duty cycle on the real clock, idling with Atomics.wait so a stop wakes it. */
export function runWorker(orders: WorkerOrders): number {
  const control = new Int32Array(orders.control);
  const counts = new Int32Array(orders.counts);
  let checksum = 0;
  runDutyCycle(
    {
      now: () => performance.now(),
      work: () => {
        checksum ^= workUnit(checksum + orders.index);
      },
      idle: (ms) => void Atomics.wait(control, STOP, 0, ms),
      level: () => Atomics.load(control, LEVEL),
      stopped: () => Atomics.load(control, STOP) !== 0,
      counted: (units) => void Atomics.store(counts, orders.index, units | 0),
    },
    orders.periodMs,
  );
  return checksum;
}

const orders = workerData as WorkerOrders | undefined;
if (!isMainThread && orders?.role === 'pcc-loadtest-worker') runWorker(orders);
