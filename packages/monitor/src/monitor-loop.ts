import { setTimeout as delay } from 'node:timers/promises';
import type { CompleteResourceMonitor } from './complete-resource-monitor.js';
import type { RingSample } from './ring-schema.js';

export interface MonitorLoopOptions {
  readonly containers: readonly string[];
  readonly nodeIntervalSeconds: number;
  readonly containerIntervalSeconds: number;
  /** Samples per node and per container; undefined: until the signal aborts. */
  readonly samples?: number | undefined;
  readonly signal: AbortSignal;
  readonly source?: string | undefined;
  readonly onSample?: ((row: RingSample) => void) | undefined;
  /**
   * A failed sample (the database away, say). Until stopped, the loop tells this and goes on at the next
   * interval; with a number of samples, the first failure ends the run and is thrown.
   */
  readonly onError?: ((error: Error, target: string) => void) | undefined;
}

export interface MonitorLoopResult {
  /** Rows written, node and containers. */
  readonly written: number;
  /** Samples not taken: containers not found, and failures told to onError. */
  readonly missed: number;
}

/**
 * Samples the node and each container, every one in its own loop at its own interval, concurrently, until
 * each has taken `samples` samples or the signal aborts.
 */
export async function runMonitor(
  monitor: CompleteResourceMonitor,
  options: MonitorLoopOptions,
): Promise<MonitorLoopResult> {
  const failed = new AbortController();
  const signal = AbortSignal.any([options.signal, failed.signal]);
  let written = 0;
  let missed = 0;
  const loop = async (
    target: string,
    intervalSeconds: number,
    take: (signal: AbortSignal) => Promise<RingSample | null>,
  ): Promise<void> => {
    for (let taken = 0; options.samples === undefined || taken < options.samples; taken += 1) {
      if (signal.aborted) return;
      try {
        const row = await take(signal);
        if (row) {
          written += 1;
          options.onSample?.(row);
        } else missed += 1;
      } catch (error) {
        if (signal.aborted) return;
        missed += 1;
        if (options.samples !== undefined) {
          failed.abort();
          throw error;
        }
        options.onError?.(error as Error, target);
        await delay(intervalSeconds * 1000, undefined, { signal }).catch(() => undefined);
      }
    }
  };
  const node = loop('node', options.nodeIntervalSeconds, (s) =>
    monitor.sampleNode(options.nodeIntervalSeconds, options.source ?? 'pcc', { signal: s }),
  );
  const containers = options.containers.map((id) =>
    loop(`container ${id}`, options.containerIntervalSeconds, (s) =>
      monitor.sampleContainer(id, undefined, options.containerIntervalSeconds, 'cgroup', { signal: s }),
    ),
  );
  const results = await Promise.allSettled([node, ...containers]);
  const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (rejected) throw rejected.reason;
  return { written, missed };
}
