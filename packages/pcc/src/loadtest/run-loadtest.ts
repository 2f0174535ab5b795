import { join } from 'node:path';
import { formatProgress, type LoadTestRun, type LoadTestStep, type StatCounters } from '@perfanalysis/shared';
import { readHostInfo } from '../host-info.js';
import { ProcFile } from '../proc-file.js';
import { parseStat } from '../procfs/stat.js';
import { sleep } from '../sleep.js';
import type { Terminal } from '../terminal.js';
import { utilisationBetween } from './cpu-utilisation.js';
import type { LoadTestConfig } from './loadtest-config.js';
import { WORK_UNIT } from './work-unit.js';
import { unitsBetween, WorkerPool } from './worker-pool.js';

/** Each thread is busy for level % of each period. */
export const PERIOD_MS = 100;
/** After a level changes, the time it takes hold in every thread before the measurement starts. */
const SETTLE_MS = 2 * PERIOD_MS;
const PROGRESS_MS = 1000;

interface Reading {
  readonly at: number;
  readonly stat: StatCounters;
  readonly counts: number[];
  readonly cpuMicros: number;
}

/** Runs the levels one after the other; undefined when the signal stopped it (the workers stopped at once). */
export async function runLoadTest(
  config: LoadTestConfig,
  terminal: Terminal,
  signal: AbortSignal,
): Promise<LoadTestRun | undefined> {
  const host = readHostInfo(config);
  const statFile = new ProcFile(join(config.procfs, 'stat'));
  const pool = new WorkerPool(config.threads, PERIOD_MS);
  const failure = new AbortController();
  let workerError: Error | undefined;
  void pool.failed.then((error) => {
    workerError = error;
    failure.abort();
  });
  const stopped = AbortSignal.any([signal, failure.signal]);
  const read = (): Reading => {
    const usage = process.cpuUsage();
    return {
      at: performance.now(),
      stat: parseStat(statFile.read()),
      counts: pool.counts(),
      cpuMicros: usage.user + usage.system,
    };
  };
  const startedAt = new Date();
  const began = performance.now();
  const steps: LoadTestStep[] = [];
  try {
    for (const [index, level] of config.levels.entries()) {
      pool.setLevel(level);
      await sleep(SETTLE_MS, stopped);
      const first = read();
      let last = first;
      while (!stopped.aborted && last.at - first.at < config.stepMs) {
        await sleep(Math.min(PROGRESS_MS, config.stepMs - (last.at - first.at)), stopped);
        const previous = last;
        last = read();
        const rate = unitsPerSecond(previous, last).reduce((a, b) => a + b, 0);
        const detail = `level ${level} % (${index + 1}/${config.levels.length})  ${Math.round(rate).toLocaleString('en-US')} units/s  host ${utilisationBetween(previous.stat, last.stat).busyPct} %`;
        const done = index * config.stepMs + (last.at - first.at);
        terminal.status(
          formatProgress(done, config.levels.length * config.stepMs, last.at - began, detail, 20),
        );
      }
      if (stopped.aborted) break;
      steps.push(step(level, first, last, config.threads));
    }
  } finally {
    await pool.stop();
    statFile.close();
    terminal.clearStatus();
  }
  if (workerError !== undefined) throw workerError;
  if (signal.aborted) return undefined;
  return {
    name: WORK_UNIT.name,
    hostname: host.hostname,
    cpu_model: host.cpu_model,
    cpu_count: host.cpu_count,
    kernel: host.kernel,
    work_unit: { ...WORK_UNIT },
    threads: config.threads,
    levels: [...config.levels],
    step_duration_s: config.stepMs / 1000,
    period_ms: PERIOD_MS,
    started_at: startedAt.toISOString(),
    ended_at: new Date().toISOString(),
    steps,
  };
}

function unitsPerSecond(first: Reading, last: Reading): number[] {
  const seconds = (last.at - first.at) / 1000;
  return last.counts.map((count, i) => unitsBetween(first.counts[i] ?? 0, count) / seconds);
}

function step(level: number, first: Reading, last: Reading, threads: number): LoadTestStep {
  const perThread = unitsPerSecond(first, last);
  const used = utilisationBetween(first.stat, last.stat);
  const ownPct = ((last.cpuMicros - first.cpuMicros) / 1000 / ((last.at - first.at) * threads)) * 100;
  return {
    target_pct: level,
    achieved_pct: used.busyPct,
    steal_pct: used.stealPct,
    own_pct: Math.round(ownPct * 10) / 10,
    units_per_s: Math.round(perThread.reduce((a, b) => a + b, 0) * 10) / 10,
    units_per_s_per_thread: perThread.map((rate) => Math.round(rate * 10) / 10),
    cpu_pct: used.cpus,
  };
}
