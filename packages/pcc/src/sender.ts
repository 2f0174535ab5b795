import type { IngestClient } from './ingest-client.js';
import { sleep } from './sleep.js';
import type { Spool } from './spool.js';

export interface SenderOptions {
  readonly batchLines: number;
  readonly pauseMs: number;
  readonly maxBackoffMs: number;
  readonly onWarning: (message: string) => void;
}

export const DEFAULT_SENDER_OPTIONS: Omit<SenderOptions, 'onWarning' | 'pauseMs'> = {
  batchLines: 500,
  maxBackoffMs: 60_000,
};

/**
 * Sends the spool's samples in order, oldest first, acknowledging each batch only once the server has
 * stored it. A server that is away or failing gets retries with exponential back-off (and jitter); a batch
 * too large is halved; a batch the server refuses as malformed is dropped with a warning, since sending it
 * again cannot help. Returns when the signal aborts, or, with `untilEmpty`, once the spool is empty, with
 * the number of samples the server stored.
 */
export async function sendSpool(
  spool: Spool,
  client: IngestClient,
  signal: AbortSignal,
  options: SenderOptions,
  untilEmpty = false,
): Promise<number> {
  let sent = 0;
  let batchLines = options.batchLines;
  let backoffMs = 1000;
  let failing: string | undefined;
  while (!signal.aborted) {
    const batch = spool.peek(batchLines);
    if (batch.lines.length === 0) {
      if (untilEmpty) return sent;
      await sleep(options.pauseMs, signal);
      continue;
    }
    const result = await client.sendMetrics(batch.lines);
    if (result.kind === 'retry') {
      if (failing === undefined)
        options.onWarning(`cannot send to the server (${result.reason}); keeping samples in the spool`);
      failing = result.reason;
      await sleep(backoffMs * (0.75 + Math.random() / 2), signal);
      backoffMs = Math.min(backoffMs * 2, options.maxBackoffMs);
      continue;
    }
    if (result.kind === 'rejected' && result.status === 413 && batch.lines.length > 1) {
      batchLines = Math.max(1, Math.floor(batch.lines.length / 2));
      continue;
    }
    if (result.kind === 'rejected') {
      options.onWarning(`the server refused ${batch.lines.length} samples (${result.reason}); dropped them`);
    } else {
      sent += batch.lines.length;
      if (failing !== undefined) {
        options.onWarning('the server is back; sending the spooled samples');
        failing = undefined;
      }
    }
    spool.ack(batch.end);
    backoffMs = 1000;
    if (batch.lines.length < batchLines && !untilEmpty) await sleep(options.pauseMs, signal);
  }
  return sent;
}
