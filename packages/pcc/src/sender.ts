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
 * stored it. A server that is away or failing gets retries with exponential back-off (and jitter), and never
 * before the Retry-After it answered with; a batch
 * too large is halved; a batch the server refuses (a sample in it malformed or implausible) is halved until
 * the refused samples stand alone, and only they are dropped, with a warning, since sending them again
 * cannot help; then batches grow back. Returns when the signal aborts, or, with `untilEmpty`, once the spool is empty, with
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
  // While a refused batch is sent in halves: how many of its lines are still to go, and the size to go back to.
  let bisecting = 0;
  let fullLines = batchLines;
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
      // A server that says when to come back (503 or 429 with Retry-After) is not asked again before then.
      await sleep(Math.max(result.retryAfterMs ?? 0, backoffMs * (0.75 + Math.random() / 2)), signal);
      backoffMs = Math.min(backoffMs * 2, options.maxBackoffMs);
      continue;
    }
    if (result.kind === 'rejected' && batch.lines.length > 1) {
      if (result.status !== 413 && bisecting === 0) {
        bisecting = batch.lines.length;
        fullLines = batchLines;
      }
      batchLines = Math.max(1, Math.floor(batch.lines.length / 2));
      continue;
    }
    if (result.kind === 'rejected') {
      options.onWarning(`the server refused a sample (${result.reason}); dropped it`);
    } else {
      sent += batch.lines.length;
      if (failing !== undefined) {
        options.onWarning('the server is back; sending the spooled samples');
        failing = undefined;
      }
    }
    spool.ack(batch.end);
    if (bisecting > 0) {
      bisecting -= batch.lines.length;
      if (bisecting <= 0) [bisecting, batchLines] = [0, fullLines];
    }
    backoffMs = 1000;
    if (batch.lines.length < batchLines && !untilEmpty) await sleep(options.pauseMs, signal);
  }
  return sent;
}
