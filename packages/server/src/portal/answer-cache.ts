import type { Database } from '@perfanalysis/storage';
import { perDatabase } from '../per-database.js';

/** The most characters of answers one process keeps (about as many bytes: the JSON is ASCII). */
const MAX_CHARS = 64 * 1024 * 1024;

/**
 * Dashboard answers computed from a collector's samples, kept as JSON text under a key that holds the
 * collector's samples_version: an answer is reused until the samples change, wherever they change (the
 * version moves on in the database, in the change's own transaction), so the viewers of a finished collection
 * (a load test being compared) cost one computation. The least recently used go first beyond MAX_CHARS;
 * concurrent asks for one key share one computation; a failure is not kept.
 */
export class AnswerCache {
  readonly #answers = new Map<string, string>();
  readonly #pending = new Map<string, Promise<string>>();
  #chars = 0;

  constructor(private readonly maxChars = MAX_CHARS) {}

  get(key: string, compute: () => Promise<unknown>): Promise<string> {
    const kept = this.#answers.get(key);
    if (kept !== undefined) {
      this.#answers.delete(key); // to the end: the most recently used
      this.#answers.set(key, kept);
      return Promise.resolve(kept);
    }
    let pending = this.#pending.get(key);
    if (pending === undefined) {
      pending = compute()
        .then((answer) => {
          const json = JSON.stringify(answer);
          this.#keep(key, json);
          return json;
        })
        .finally(() => this.#pending.delete(key));
      this.#pending.set(key, pending);
    }
    return pending;
  }

  #keep(key: string, json: string): void {
    if (json.length > this.maxChars) return;
    this.#answers.set(key, json);
    this.#chars += json.length;
    for (const [oldest, answer] of this.#answers) {
      if (this.#chars <= this.maxChars) break;
      this.#answers.delete(oldest);
      this.#chars -= answer.length;
    }
  }
}

export const answerCache = (db: Database): AnswerCache => perDatabase(db, 'answers', () => new AnswerCache());
