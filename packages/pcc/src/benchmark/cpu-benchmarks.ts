import { availableParallelism } from 'node:os';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { BenchmarkResult } from '@perfanalysis/shared';
import { WORK_UNIT, workUnit } from '../loadtest/work-unit.js';
import { unitsBetween, WorkerPool } from '../loadtest/worker-pool.js';

const unit = `${WORK_UNIT.name} v${WORK_UNIT.version} units/s`;
/** Where the work's checksum goes, so that the compiler cannot drop the work. */
export let checksum = 0;

/** The load test's work unit on this thread alone, as fast as it goes, for `seconds`. */
export async function cpuSingleThread(seconds: number, signal: AbortSignal): Promise<BenchmarkResult> {
  let units = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end && !signal.aborted) {
    // Slices of 50 ms, so that Ctrl-C is seen.
    const slice = Math.min(end, performance.now() + 50);
    while (performance.now() < slice) checksum ^= workUnit(checksum + units++);
    await yieldToEvents();
  }
  const rate = units / ((performance.now() - start) / 1000);
  return {
    name: 'cpu-single-thread',
    score: Math.round(rate),
    unit,
    parameters: { seconds, threads: 1 },
  };
}

/** The work unit on a worker thread per CPU, each busy all the time, for `seconds`. */
export async function cpuAllCores(seconds: number, signal: AbortSignal): Promise<BenchmarkResult> {
  const threads = availableParallelism();
  const pool = new WorkerPool(threads, 100);
  try {
    pool.setLevel(100);
    await sleepOrStop(200, signal);
    const before = pool.counts();
    const start = performance.now();
    await sleepOrStop(seconds * 1000, signal);
    const after = pool.counts();
    const elapsed = (performance.now() - start) / 1000;
    const units = after.reduce((sum, count, i) => sum + unitsBetween(before[i] ?? 0, count), 0);
    return {
      name: 'cpu-all-cores',
      score: Math.round(units / elapsed),
      unit,
      parameters: { seconds, threads },
    };
  } finally {
    await pool.stop();
  }
}

function sleepOrStop(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
