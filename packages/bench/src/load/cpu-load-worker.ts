import { closeSync, openSync, readSync } from 'node:fs';
import { workerData } from 'node:worker_threads';

/**
 * The CPU load's worker: in each 20 ms period, 7 ms of user-mode arithmetic, 3 ms of system time (reading
 * /dev/zero, which the kernel fills in), then 10 ms asleep — about half of one core, a third of it system
 * time. It stops when the shared flag (workerData, an Int32Array of one element) turns 1.
 */
const stop = workerData as Int32Array;
const PERIOD_MS = 20;
const USER_MS = 7;
const SYSTEM_MS = 3;

const zero = openSync('/dev/zero', 'r');
const buffer = Buffer.allocUnsafe(64 * 1024);
let sink = 0;
try {
  while (Atomics.load(stop, 0) === 0) {
    const start = performance.now();
    while (performance.now() - start < USER_MS) {
      for (let i = 0; i < 10_000; i += 1) sink = (sink * 31 + i) % 1_000_003;
    }
    while (performance.now() - start < USER_MS + SYSTEM_MS) readSync(zero, buffer, 0, buffer.length, null);
    Atomics.wait(stop, 0, 0, Math.max(0, PERIOD_MS - (performance.now() - start)));
  }
} finally {
  closeSync(zero);
}
