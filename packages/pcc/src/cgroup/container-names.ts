import type { NameLookup } from './docker-names.js';

export interface ContainerNamesOptions {
  /** Tried in order until one answers (docker's API, then its command). */
  readonly lookups: readonly NameLookup[];
  /** The least time between two lookups, milliseconds. */
  readonly minIntervalMs?: number;
  /** How many lookups an id nobody knows may cause before it keeps its fallback name. */
  readonly maxAttempts?: number;
  readonly onWarning?: (message: string) => void;
  readonly now?: () => number;
}

const DEFAULT_MIN_INTERVAL_MS = 10_000;
const DEFAULT_MAX_ATTEMPTS = 3;

/**
 * Container names, cached. Sampling only reads the cache (`get`); a lookup runs in the background when the
 * cgroup scan reports an id the cache lacks (`notice`), at most once per interval, and each unknown id causes
 * a few lookups at most (a podman container that docker does not know keeps its fallback name).
 */
export class ContainerNames {
  readonly #lookups: readonly NameLookup[];
  readonly #minIntervalMs: number;
  readonly #maxAttempts: number;
  readonly #onWarning: (message: string) => void;
  readonly #now: () => number;
  readonly #abort = new AbortController();
  #names = new Map<string, string>();
  readonly #misses = new Map<string, number>();
  #last = Number.NEGATIVE_INFINITY;
  #inflight: Promise<void> | undefined;
  #warned = false;

  constructor(options: ContainerNamesOptions) {
    this.#lookups = options.lookups;
    this.#minIntervalMs = options.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS;
    this.#maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.#onWarning = options.onWarning ?? (() => {});
    this.#now = options.now ?? (() => performance.now());
  }

  /** The cached name of a container, if any lookup has given one. */
  get(id: string): string | undefined {
    return this.#names.get(id);
  }

  /** The ids present now: starts a lookup when one is unknown, unless one ran too recently. */
  notice(ids: readonly string[]): void {
    if (this.#inflight || this.#abort.signal.aborted) return;
    if (this.#now() - this.#last < this.#minIntervalMs) return;
    const unknown = ids.some((id) => !this.#names.has(id) && (this.#misses.get(id) ?? 0) < this.#maxAttempts);
    if (!unknown) return;
    this.#last = this.#now();
    this.#inflight = this.#refresh(ids).finally(() => {
      this.#inflight = undefined;
    });
  }

  /** Resolves when the lookup in progress, if any, is over. */
  settled(): Promise<void> {
    return this.#inflight ?? Promise.resolve();
  }

  /** Abandons a lookup in progress. */
  close(): void {
    this.#abort.abort();
  }

  async #refresh(ids: readonly string[]): Promise<void> {
    const found = await this.#lookUp();
    if (found === undefined) return;
    // Keep the names of the containers present, forget the others, then add what was found.
    const present = new Set(ids);
    const names = new Map([...this.#names].filter(([id]) => present.has(id)));
    for (const [id, name] of found) names.set(id, name);
    this.#names = names;
    for (const id of ids) {
      if (names.has(id)) this.#misses.delete(id);
      else this.#misses.set(id, (this.#misses.get(id) ?? 0) + 1);
    }
    for (const id of this.#misses.keys()) if (!present.has(id)) this.#misses.delete(id);
  }

  /** The first lookup's answer; none when no lookup answers (warned once); undefined once closed. */
  async #lookUp(): Promise<ReadonlyMap<string, string> | undefined> {
    const reasons: string[] = [];
    for (const lookup of this.#lookups) {
      if (this.#abort.signal.aborted) return undefined;
      try {
        return await lookup(this.#abort.signal);
      } catch (error) {
        reasons.push((error as Error).message);
      }
    }
    if (!this.#warned && !this.#abort.signal.aborted) {
      this.#warned = true;
      this.#onWarning(
        `container names not found (${reasons.join('; ')}): containers are named after their cgroups`,
      );
    }
    // Every id counts one miss, so that the lookups stop once each has had its attempts.
    return new Map();
  }
}
