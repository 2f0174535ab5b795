import type { Sample } from '@perfanalysis/shared';
import {
  type CheckedBatch,
  checkedBatch,
  collectorRepository,
  collectorsResending,
  type Database,
  DatabaseBusyError,
  DatabaseUnavailableError,
  type InsertResult,
  insertNewBatches,
  sampleRepository,
  type TenantHandle,
} from '@perfanalysis/storage';
import { perDatabase } from '../per-database.js';

/** Groups stored at once per tenant: one fills while the other commits. */
const CONCURRENT_GROUPS = 2;
/**
 * Samples a group takes at most: a bigger one would hold its requests back for longer than it saves (a group
 * of 500 collectors took over 15 s on a machine with a load of 25, and every one of its requests timed out).
 */
const GROUP_SAMPLES = 500;
/** A batch this large is stored on its own, as a group would gain nothing from it and wait on it. */
const ALONE_FROM_SAMPLES = 1000;
/**
 * How long a batch that finds the server busy waits for others before its group is stored. A group's fixed
 * cost (a transaction, a rollup upkeep call, a commit) is most of what a small batch costs: on the fleet
 * benchmark (1,000 agents, no viewers), gathering took PostgreSQL's CPU a sample from 0.46 to 0.30 ms and the
 * server's from 0.53 to 0.33 ms, ingest p95 from 228 to 45 ms; groups grow with the load (0.15 ms at 3,000).
 */
const GATHER_MS = 25;

interface Pending extends CheckedBatch {
  /** Aborted when the client has hung up: still waiting, the batch is dropped (pcc sends it again). */
  readonly signal: AbortSignal | undefined;
  /** When it arrived (performance.now()). */
  readonly at: number;
  resolve(result: InsertResult): void;
  reject(error: unknown): void;
}

/** The queue of one tenant's batches (a group is one transaction in one tenant's schema). */
class TenantQueue {
  readonly waiting: Pending[] = [];
  samples = 0;
  committing = 0;
  /** When its last group ended (performance.now()): the server is idle once gatherMs have passed since. */
  lastEnd = Number.NEGATIVE_INFINITY;
  timer: NodeJS.Timeout | undefined;

  constructor(readonly tenant: TenantHandle) {}
}

export interface GroupCommitOptions {
  /** How long a batch that finds the server busy waits for others (default GATHER_MS). */
  readonly gatherMs?: number;
}

const isAvailabilityError = (error: unknown): boolean =>
  error instanceof DatabaseUnavailableError || error instanceof DatabaseBusyError;

/**
 * Group commit for live ingest. A batch that arrives while the server is idle is stored at once; the batches
 * that arrive while it is busy (a group committing, or one ended within the last gatherMs) gather for up to
 * gatherMs, or until a group's worth of samples waits, and are then stored together — one COPY, one
 * transaction, one rollup upkeep, one statement to mark their collectors — and each request is answered once
 * its own rows are committed. A group never holds two batches of one collector (the next
 * group takes the second), a batch of ALONE_FROM_SAMPLES samples or more is stored on its own, and a batch
 * whose client hung up while it waited is dropped.
 *
 * A resent batch (one of its samples already stored, looked up for the whole group at once) is stored alone
 * with insertSamples, which counts its duplicates and changes nothing else. A group that fails as a whole
 * because the database is unavailable or busy answers each of its requests so (503); any other failure (a
 * batch resent through another process meanwhile, a deadlock) is retried in halves, down to single batches,
 * so that each request gets the answer it would have had alone.
 */
export class GroupCommit {
  /** A queue a tenant, kept once made: its lastEnd tells an idle server from a busy one. */
  readonly #queues = new Map<string, TenantQueue>();
  readonly #gatherMs: number;
  #groups = 0;

  constructor(options: GroupCommitOptions = {}) {
    this.#gatherMs = options.gatherMs ?? GATHER_MS;
  }

  /** Groups started so far (a group retried in halves counts once). */
  get groups(): number {
    return this.#groups;
  }

  store(
    tenant: TenantHandle,
    collectorId: string,
    samples: readonly Sample[],
    signal?: AbortSignal,
  ): Promise<InsertResult> {
    // Checked before it joins a group, so that a bad batch fails alone instead of failing its group.
    let batch: CheckedBatch;
    try {
      batch = checkedBatch({ collectorId, samples });
    } catch (error) {
      return Promise.reject(error);
    }
    if (samples.length === 0) return Promise.resolve({ stored: 0, duplicates: 0 });
    if (samples.length >= ALONE_FROM_SAMPLES) return storeAlone(tenant, batch);
    let queue = this.#queues.get(tenant.schema);
    if (queue === undefined) {
      queue = new TenantQueue(tenant);
      this.#queues.set(tenant.schema, queue);
    }
    const q = queue;
    return new Promise<InsertResult>((resolve, reject) => {
      q.waiting.push({ ...batch, signal, at: performance.now(), resolve, reject });
      q.samples += samples.length;
      this.#next(q);
    });
  }

  /**
   * Starts the groups that are due: at once when the server is idle (nothing committing, none ended in the
   * last gatherMs) or a group's worth of samples waits; else once the oldest batch has waited gatherMs.
   */
  #next(queue: TenantQueue): void {
    while (queue.committing < CONCURRENT_GROUPS && queue.waiting.length > 0) {
      const now = performance.now();
      const idle = queue.committing === 0 && now - queue.lastEnd >= this.#gatherMs;
      const waited = now - (queue.waiting[0] as Pending).at;
      if (!idle && queue.samples < GROUP_SAMPLES && waited < this.#gatherMs) {
        queue.timer ??= setTimeout(() => {
          queue.timer = undefined;
          this.#next(queue);
        }, this.#gatherMs - waited);
        return;
      }
      clearTimeout(queue.timer);
      queue.timer = undefined;
      const group = takeGroup(queue);
      if (group.length === 0) continue;
      this.#groups += 1;
      queue.committing += 1;
      void commit(queue.tenant, group).finally(() => {
        queue.committing -= 1;
        queue.lastEnd = performance.now();
        this.#next(queue);
      });
    }
  }
}

/** The oldest waiting batches, one per collector, up to GROUP_SAMPLES samples; taken out of the queue. */
function takeGroup(queue: TenantQueue): Pending[] {
  const { waiting } = queue;
  const group: Pending[] = [];
  const collectors = new Set<string>();
  let samples = 0;
  for (let i = 0; i < waiting.length && samples < GROUP_SAMPLES; ) {
    const pending = waiting[i] as Pending;
    if (pending.signal?.aborted) {
      // Nobody waits for its answer any more: an overloaded server sheds the work of clients that gave up.
      waiting.splice(i, 1);
      queue.samples -= pending.samples.length;
      pending.reject(pending.signal.reason);
      continue;
    }
    if (collectors.has(pending.collectorId)) {
      i += 1;
      continue;
    }
    collectors.add(pending.collectorId);
    samples += pending.samples.length;
    group.push(pending);
    waiting.splice(i, 1);
  }
  queue.samples -= samples;
  return group;
}

async function commit(tenant: TenantHandle, group: readonly Pending[]): Promise<void> {
  let fresh = group;
  if (group.length > 1) {
    // A resent batch would fail the group: it goes alone, where its duplicates are skipped.
    let resending: Set<string>;
    try {
      resending = await collectorsResending(tenant, group);
    } catch (error) {
      for (const pending of group) pending.reject(error);
      return;
    }
    fresh = group.filter((p) => !resending.has(p.collectorId));
    for (const pending of group) if (resending.has(pending.collectorId)) await alone(tenant, pending);
  }
  await commitFresh(tenant, fresh);
}

async function alone(tenant: TenantHandle, pending: Pending): Promise<void> {
  await storeAlone(tenant, pending).then(pending.resolve, pending.reject);
}

async function commitFresh(tenant: TenantHandle, group: readonly Pending[]): Promise<void> {
  if (group.length === 0) return;
  if (group.length === 1) return alone(tenant, group[0] as Pending);
  let failure: unknown;
  try {
    await insertNewBatches(tenant, group);
    for (const pending of group) pending.resolve({ stored: pending.samples.length, duplicates: 0 });
    return;
  } catch (error) {
    failure = error;
  }
  if (isAvailabilityError(failure)) {
    for (const pending of group) pending.reject(failure);
    return;
  }
  // Something in the group failed it (a batch resent meanwhile, through another process): the halves again,
  // down to single batches.
  const half = Math.ceil(group.length / 2);
  await commitFresh(tenant, group.slice(0, half));
  await commitFresh(tenant, group.slice(half));
}

/** A batch stored in its own transaction, its duplicates skipped, and its collector marked seen. */
async function storeAlone(tenant: TenantHandle, batch: CheckedBatch): Promise<InsertResult> {
  const result = await sampleRepository(tenant).insertCheckedBatch(batch);
  await collectorRepository(tenant).touchLastSeen(batch.collectorId);
  return result;
}

/** The group commit of one database (the ingest role's pool). */
export const groupCommit = (db: Database): GroupCommit =>
  perDatabase(db, 'group commit', () => new GroupCommit());
