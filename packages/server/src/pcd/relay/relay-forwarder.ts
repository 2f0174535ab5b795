import { setTimeout as sleep } from 'node:timers/promises';
import type { Spool } from '@perfanalysis/pcc';
import type { IngestActivity } from '../ingest-activity.js';
import type { KnownKeys } from './known-keys.js';
import {
  describeAnswer,
  type IngestRequest,
  isFinal,
  isKeyRefused,
  type PortalAnswer,
  type PortalClient,
} from './portal-client.js';

/** A request of pcc's as the spool keeps it (one JSON line): what it was, with which key, and its body. */
export interface SpooledRequest {
  readonly request: IngestRequest;
  readonly key: string;
  readonly body: unknown;
}

const PEEK_LINES = 100;
/** The portal takes at most 10,000 samples a batch. */
const MAX_SAMPLES = 10_000;
const IDLE_MS = 200;
const MAX_BACKOFF_MS = 30_000;

/**
 * Sends the spool on to the portal, oldest first; a line is acknowledged (and so leaves the disk) only once
 * the portal has answered it for good. Consecutive batches of one key go as one request. A portal that is
 * away or failing is retried with back-off, the spool kept; a request it refuses for good (a key it no longer
 * accepts, a sample it will not take) is logged as an error and dropped, and a refused key is forgotten. A
 * request stored but not acknowledged (pcd killed in between) is sent again: the portal keeps a sample once
 * per collector and timestamp, and a registration again is the same registration.
 */
export async function forwardSpool(
  spool: Spool,
  portal: PortalClient,
  keys: KnownKeys,
  activity: IngestActivity,
  signal: AbortSignal,
  onBack: (message: string) => void,
): Promise<void> {
  let backoffMs = 500;
  let failing: string | undefined;
  while (!signal.aborted) {
    const { lines, count } = nextRequest(spool.peek(PEEK_LINES).lines);
    if (count === 0) {
      await sleep(IDLE_MS, undefined, { signal }).catch(() => undefined);
      continue;
    }
    const end = spool.peek(count).end;
    const first = lines[0];
    if (first === undefined) {
      activity.error(`${count} spooled lines cannot be read; skipped them`);
      spool.ack(end);
      continue;
    }
    const answer =
      first.request === 'metrics'
        ? await sendSamples(
            portal,
            first.key,
            lines.flatMap((line) => samplesOf(line.body)),
            activity,
          )
        : await portal.post(first.request, first.key, JSON.stringify(first.body));
    if (!isFinal(answer)) {
      const reason = describeAnswer(answer);
      if (failing === undefined)
        activity.error(`cannot forward to the portal (${reason}); keeping what pcc sends in the spool`);
      failing = reason;
      await sleep(backoffMs * (0.75 + Math.random() / 2), undefined, { signal }).catch(() => undefined);
      backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
      continue;
    }
    if (isKeyRefused(answer)) {
      keys.remove(first.key);
      activity.error(
        `the portal refused the key of a spooled ${first.request === 'metrics' ? `batch of ${count}` : 'registration'} (${describeAnswer(answer)}); dropped it and forgot the key`,
      );
    } else if (first.request === 'register' && answer.status >= 400) {
      activity.error(`the portal refused a spooled registration (${describeAnswer(answer)}); dropped it`);
    } else if (failing !== undefined) {
      onBack('pcd: the portal answers again; forwarding the spool');
      failing = undefined;
    }
    spool.ack(end);
    backoffMs = 500;
  }
}

/**
 * Posts samples of one key; when the portal refuses them as a body (a sample it will not take: implausible,
 * or too old after a long outage), the halves go on their own, until the refused sample is alone and is
 * dropped with an error in the log — so one bad sample never takes the batches spooled beside it with it.
 * Answers the first answer that is not final (the portal away: the caller keeps the spool and tries the whole
 * run again, and what was stored already is stored once), a refused key, or the last answer.
 */
async function sendSamples(
  portal: PortalClient,
  key: string,
  samples: readonly unknown[],
  activity: IngestActivity,
): Promise<PortalAnswer> {
  const answer = await portal.post('metrics', key, JSON.stringify({ samples }));
  if (!isFinal(answer) || isKeyRefused(answer) || answer.status < 400) return answer;
  if (samples.length === 1) {
    activity.error(`the portal refused a spooled sample (${describeAnswer(answer)}); dropped it`);
    return answer;
  }
  const half = Math.ceil(samples.length / 2);
  const first = await sendSamples(portal, key, samples.slice(0, half), activity);
  if (!isFinal(first) || isKeyRefused(first)) return first;
  return sendSamples(portal, key, samples.slice(half), activity);
}

/**
 * The first request to send: one registration, or the run of batches of one key at the head of the spool
 * (up to the portal's limit). A line that cannot be read is a request of its own, with nothing to send.
 */
function nextRequest(raw: readonly string[]): { lines: SpooledRequest[]; count: number } {
  const lines: SpooledRequest[] = [];
  let samples = 0;
  for (const text of raw) {
    const line = parse(text);
    if (line === undefined) return lines.length === 0 ? { lines, count: 1 } : { lines, count: lines.length };
    const first = lines[0];
    if (first && (first.request !== 'metrics' || line.request !== 'metrics' || line.key !== first.key)) break;
    const n = samplesOf(line.body).length;
    if (first && samples + n > MAX_SAMPLES) break;
    lines.push(line);
    samples += n;
    if (line.request === 'register') break;
  }
  return { lines, count: lines.length };
}

function parse(text: string): SpooledRequest | undefined {
  try {
    const line = JSON.parse(text) as Partial<SpooledRequest>;
    if ((line.request === 'register' || line.request === 'metrics') && typeof line.key === 'string')
      return line as SpooledRequest;
  } catch {
    // Reported by the caller.
  }
  return undefined;
}

function samplesOf(body: unknown): unknown[] {
  const samples = (body as { samples?: unknown }).samples;
  return Array.isArray(samples) ? samples : [];
}
