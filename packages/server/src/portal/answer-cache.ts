import type { Database } from '@perfanalysis/storage';
import type { FastifyReply } from 'fastify';
import { type CacheLookup, serverMetrics } from '../metrics/server-metrics.js';
import { perDatabase } from '../per-database.js';

/** The most bytes of answers one process keeps. */
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * Answers kept as JSON (UTF-8 bytes, sent as they are) under a key that holds a version of what they were
 * computed from — a collector's samples_version, the collector list's version — which the database moves on
 * in the changing transaction, whichever process makes the change: an answer is reused until what it shows
 * changes, so the viewers of a finished collection (a load test being compared) cost one computation. The
 * least recently used go first beyond MAX_BYTES; concurrent asks for one key share one computation; a failure
 * is not kept.
 */
export class AnswerCache {
  readonly #answers = new Map<string, Buffer>();
  readonly #pending = new Map<string, Promise<Buffer>>();
  #bytes = 0;

  /** `onLookup` hears what each `get` found (for /metrics). */
  constructor(
    private readonly maxBytes = MAX_BYTES,
    private readonly onLookup: (result: CacheLookup) => void = () => undefined,
  ) {}

  /** `compute` may give the answer as JSON bytes already (another key's answer): it is kept as it is. */
  get(key: string, compute: () => Promise<unknown>): Promise<Buffer> {
    const kept = this.#answers.get(key);
    if (kept !== undefined) {
      this.#answers.delete(key); // to the end: the most recently used
      this.#answers.set(key, kept);
      this.onLookup('hit');
      return Promise.resolve(kept);
    }
    let pending = this.#pending.get(key);
    this.onLookup(pending === undefined ? 'miss' : 'shared');
    if (pending === undefined) {
      pending = compute()
        .then((answer) => {
          // An answer already in JSON (kept under another key too) is kept as it is.
          const json = Buffer.isBuffer(answer) ? answer : Buffer.from(JSON.stringify(answer));
          this.#keep(key, json);
          return json;
        })
        .finally(() => this.#pending.delete(key));
      this.#pending.set(key, pending);
    }
    return pending;
  }

  #keep(key: string, json: Buffer): void {
    if (json.length > this.maxBytes) return;
    this.#answers.set(key, json);
    this.#bytes += json.length;
    for (const [oldest, answer] of this.#answers) {
      if (this.#bytes <= this.maxBytes) break;
      this.#answers.delete(oldest);
      this.#bytes -= answer.length;
    }
  }
}

/** The answer cache of this database. */
export const answerCache = (db: Database): AnswerCache =>
  perDatabase(db, 'answers', () => {
    const lookups = serverMetrics(db).answerCacheLookups;
    return new AnswerCache(MAX_BYTES, (result) => lookups.inc({ result }));
  });

/** Sends the answer kept under `key` for this database, computing and keeping it first when there is none. */
export async function sendAnswer(
  db: Database,
  reply: FastifyReply,
  key: string,
  compute: () => Promise<unknown>,
): Promise<FastifyReply> {
  const json = await answerCache(db).get(key, compute);
  return reply.type('application/json; charset=utf-8').send(json);
}
