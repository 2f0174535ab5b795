import type { Database } from '@perfanalysis/storage';
import { perDatabase } from '../per-database.js';

/** How long an answer is reused: a change made through another process is seen within this. */
const LOOKUP_TTL_MS = 5000;
/** Entries kept at most (hostile Host headers must not grow it without end): the oldest go first. */
const MAX_ENTRIES = 10_000;

/**
 * Answers the database gave a moment ago, by key: what every request asks again (the tenant its Host leads
 * to, the user its token names). Concurrent requests for one key share one query; a failed query is not kept.
 */
export class RecentLookups<V> {
  readonly #entries = new Map<string, { readonly value: Promise<V>; readonly until: number }>();

  /** `now` is the clock in milliseconds (tests pass their own, to age entries without waiting). */
  constructor(
    private readonly ttlMs = LOOKUP_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, load: () => Promise<V>): Promise<V> {
    const now = this.now();
    const entry = this.#entries.get(key);
    if (entry !== undefined && entry.until > now) return entry.value;
    this.#entries.delete(key);
    if (this.#entries.size >= MAX_ENTRIES) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    const value = load();
    this.#entries.set(key, { value, until: now + this.ttlMs });
    value.catch(() => this.#entries.delete(key));
    return value;
  }

  /** Forgets a key at once (this process changed what it names). */
  forget(key: string): void {
    this.#entries.delete(key);
  }
}

/** The lookups of one kind kept for one database. */
export const recentLookups = <V>(db: Database, kind: string): RecentLookups<V> =>
  perDatabase(db, `recent ${kind}`, () => new RecentLookups<V>());
