import type { Queryable } from '@perfanalysis/storage';
import { privilegeAdvice } from './privilege-advice.js';
import {
  DEFAULT_CAPACITY,
  DEFAULT_RING_TABLE,
  INTEGER_METRICS,
  METRIC_COLUMN_NAMES,
  RING_STATE_TABLE,
  type RingNames,
  type RingSample,
  type RingSampleInput,
  ringNames,
  ringStateDdl,
  ringTableDdl,
  validCapacity,
  WRITTEN_COLUMN_TYPES,
  WRITTEN_COLUMNS,
} from './ring-schema.js';

export interface RingTableOptions {
  /** The table's name (default monitor_samples_ring); validated and always quoted. */
  readonly name?: string | undefined;
  /** The capacity a new ring gets; an existing ring keeps its own until resize(). */
  readonly capacity?: number | undefined;
  /** Metrics a sample lacks, and those of empty slots: NULL (true, the default) or 0. */
  readonly useNullForEmpty?: boolean | undefined;
}

export interface RecentFilter {
  readonly limit?: number | undefined;
  readonly node?: string | undefined;
  readonly container?: string | undefined;
}

/** Samples in the ring from one node, or one of its containers. */
export interface RingTarget {
  readonly node_name: string;
  readonly container_name: string | null;
  readonly node_flag: boolean;
  readonly samples: number;
  readonly newest: number | null;
}

export interface RingTableState {
  readonly table: string;
  readonly capacity: number;
  /** Samples written since the ring was created or last resized. */
  readonly nextSeq: number;
  /** The slot the next sample goes to: empty, or the oldest sample's when the ring is full. */
  readonly nextSlot: number;
  readonly rows: number;
  readonly used: number;
  readonly empty: number;
  readonly oldest: number | null;
  readonly newest: number | null;
  readonly targets: readonly RingTarget[];
}

/** A key for the advisory lock that serialises creating ring tables (CREATE … IF NOT EXISTS races). */
const DDL_LOCK = 'perfanalysis.monitor_ring.ddl';

/**
 * A fixed-size ring of samples in one table of the seed's schema.
 *
 * Slots: the table always holds `capacity` rows, slots 0…capacity−1; an empty slot has a NULL sample_time
 * (hence the seed's `WHERE sample_time IS NOT NULL`). Sample number n (counted from 0 since the ring was
 * created or resized) goes to slot n mod capacity, so once the ring is full each sample overwrites the oldest.
 *
 * Concurrency: a write is one statement. Its first part takes n from the ring's row in monitor_ring_state
 * (`UPDATE … SET next_seq = next_seq + 1 … RETURNING`), and that row lock, held until the statement commits,
 * orders every writer in any process: a second writer waits until the first has committed, then reads the
 * next number (READ COMMITTED re-reads the updated row), so no two writes share a number, numbers follow
 * commit order with no gaps (a failed write rolls its number back too), and a slot is only ever overwritten
 * by a newer sample. The second part is an upsert on the slot's unique key (`INSERT … ON CONFLICT (slot) DO
 * UPDATE`): it finds the slot's row by the index whatever the statement's snapshot (one taken while waiting
 * may predate a resize), and re-creates a slot someone deleted. The row gets a new id from the table's own
 * sequence, drawn under the same lock: ids grow in write order, so the newest rows have the highest ids.
 * resize() and cleanup() take the same row lock first, so they never interleave with a write or each other.
 */
export class RingTable {
  readonly names: RingNames;
  readonly useNullForEmpty: boolean;
  #capacity: number;
  #ready: Promise<number> | undefined;

  constructor(
    private readonly db: Queryable,
    options: RingTableOptions = {},
  ) {
    this.names = ringNames(options.name ?? DEFAULT_RING_TABLE);
    this.#capacity = validCapacity(options.capacity ?? DEFAULT_CAPACITY);
    this.useNullForEmpty = options.useNullForEmpty ?? true;
  }

  get name(): string {
    return this.names.name;
  }

  /** The ring's capacity as last seen (the table's own once ensure() has run). */
  get capacity(): number {
    return this.#capacity;
  }

  /**
   * Creates the ring (the seed's table and indexes, every slot empty) unless it exists, and returns its
   * capacity. A table of the seed's schema without a state row (another tool's) is adopted: its newest rows
   * are kept and renumbered. Safe to call from several processes at once. A missing privilege is a
   * PrivilegeError naming the GRANT statements needed.
   */
  ensure(): Promise<number> {
    this.#ready ??= this.#create()
      .catch(async (error: unknown) => {
        throw (await privilegeAdvice(this.db, error, this.names)) ?? error;
      })
      .then(
        (capacity) => {
          this.#capacity = capacity;
          return capacity;
        },
        (error: unknown) => {
          this.#ready = undefined;
          throw error;
        },
      );
    return this.#ready;
  }

  async #create(): Promise<number> {
    // The usual case, without DDL: DDL on an existing table would lock it, and wait for (and make wait)
    // other processes' writes.
    const capacity = await this.#existingCapacity(this.db);
    if (capacity !== undefined) return capacity;
    const { state } = this.names;
    return this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [DDL_LOCK]);
      const found = await this.#tablesFound(tx);
      if (!found?.state) await tx.exec(ringStateDdl(this.names));
      const [current] = await tx.query<{ capacity: number }>(
        `SELECT capacity FROM ${state} WHERE table_name = $1 FOR UPDATE`,
        [this.name],
      );
      if (found?.ring && current) return current.capacity; // made by another process meanwhile
      // A new ring, or a table without its state row (another tool's): no writer can be writing to it.
      await tx.exec(ringTableDdl(this.names));
      await tx.execute(
        `INSERT INTO ${state} (table_name, capacity, next_seq) VALUES ($1, $2, 0)
         ON CONFLICT (table_name) DO UPDATE SET capacity = EXCLUDED.capacity, next_seq = 0`,
        [this.name, this.#capacity],
      );
      await this.#rebuild(tx, this.#capacity);
      return this.#capacity;
    });
  }

  /**
   * Whether the ring and state tables exist, by the statement's snapshot of pg_class. Not to_regclass: it
   * looks names up in the backend's catalog cache, which inside a transaction that began before another
   * process created the table (one waiting for the DDL lock) can still say that the table is missing.
   */
  async #tablesFound(q: Queryable): Promise<{ ring: boolean; state: boolean } | undefined> {
    const [found] = await q.query<{ ring: boolean; state: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class
                      WHERE relname = $1 AND relnamespace = current_schema()::regnamespace) AS ring,
              EXISTS (SELECT 1 FROM pg_catalog.pg_class
                      WHERE relname = $2 AND relnamespace = current_schema()::regnamespace) AS state`,
      [this.names.name, RING_STATE_TABLE],
    );
    return found;
  }

  /** The capacity of the ring when its table and state row both exist. */
  async #existingCapacity(q: Queryable): Promise<number | undefined> {
    const found = await this.#tablesFound(q);
    if (!found?.ring || !found.state) return undefined;
    const [row] = await q.query<{ capacity: number }>(
      `SELECT capacity FROM ${this.names.state} WHERE table_name = $1`,
      [this.name],
    );
    return row?.capacity;
  }

  /** Writes one sample to the next slot, overwriting the oldest when the ring is full; returns the row. */
  async write(sample: RingSampleInput): Promise<RingSample> {
    await this.ensure();
    const { table, state } = this.names;
    const values = WRITTEN_COLUMNS.map((column) => this.#value(column, sample));
    const placeholders = values.map((_, i) => `$${i + 2}::${WRITTEN_COLUMN_TYPES[i]}`).join(', ');
    const updates = ['id', ...WRITTEN_COLUMNS].map((c) => `${c} = EXCLUDED.${c}`).join(', ');
    const [row] = await this.db.query<RingSample & { capacity: number }>(
      `WITH next AS (
         UPDATE ${state} SET next_seq = next_seq + 1 WHERE table_name = $1
         RETURNING next_seq - 1 AS seq, capacity
       ), written AS (
         INSERT INTO ${table} (slot, ${WRITTEN_COLUMNS.join(', ')})
         SELECT (next.seq % next.capacity)::integer, ${placeholders} FROM next
         ON CONFLICT (slot) DO UPDATE SET ${updates}
         RETURNING *
       )
       SELECT written.*, next.capacity FROM written, next`,
      [this.name, ...values],
    );
    if (!row) throw new Error(`the ring ${this.name} has lost its row in monitor_ring_state`);
    const { capacity, ...written } = row;
    this.#capacity = capacity;
    return written;
  }

  #value(column: string, sample: RingSampleInput): unknown {
    const value = (sample as unknown as Record<string, unknown>)[column];
    switch (column) {
      case 'sample_time':
        return Math.floor(value as number);
      case 'interval_seconds':
        return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : null;
      case 'master_flag':
      case 'node_flag':
      case 'node_name':
      case 'container_name':
      case 'source':
        return value ?? null;
      default: {
        if (typeof value !== 'number' || !Number.isFinite(value)) return this.useNullForEmpty ? null : 0;
        return INTEGER_METRICS.has(column) ? Math.round(value) : value;
      }
    }
  }

  /**
   * Changes the capacity, keeping the newest samples (all of them when growing). Writers wait meanwhile.
   * Returns the number of samples dropped.
   */
  async resize(capacity: number): Promise<number> {
    validCapacity(capacity);
    await this.ensure();
    const dropped = await this.db.transaction(async (tx) => {
      await tx.query(`SELECT 1 FROM ${this.names.state} WHERE table_name = $1 FOR UPDATE`, [this.name]);
      return this.#rebuild(tx, capacity);
    });
    this.#capacity = capacity;
    return dropped;
  }

  /**
   * Under the state row's lock: keeps the newest `capacity` samples, in slots 0…k−1 oldest first, fills
   * slots k…capacity−1 with empty rows, and sets the next sample number to k. Returns the samples dropped.
   */
  async #rebuild(tx: Queryable, capacity: number): Promise<number> {
    const { table, state } = this.names;
    await tx.execute(`DELETE FROM ${table} WHERE sample_time IS NULL`);
    const dropped = await tx.execute(
      `DELETE FROM ${table} WHERE id IN (SELECT id FROM ${table} ORDER BY id DESC OFFSET $1)`,
      [capacity],
    );
    // Two steps, because the slot is UNIQUE and checked row by row: first out of the way (every slot ≥ 0
    // becomes a distinct negative), then to its new place.
    await tx.execute(`UPDATE ${table} SET slot = -1 - slot`);
    const kept = await tx.execute(
      `UPDATE ${table} SET slot = r.n
       FROM (SELECT id, (row_number() OVER (ORDER BY id) - 1)::integer AS n FROM ${table}) r
       WHERE ${table}.id = r.id`,
    );
    await tx.execute(
      `INSERT INTO ${table} (slot, ${WRITTEN_COLUMNS.join(', ')})
       SELECT g, ${this.#emptyValues()} FROM generate_series($1::integer, $2::integer - 1) g`,
      [kept, capacity],
    );
    await tx.execute(`UPDATE ${state} SET capacity = $2, next_seq = $3 WHERE table_name = $1`, [
      this.name,
      capacity,
      kept,
    ]);
    return dropped;
  }

  /** An empty slot's values for WRITTEN_COLUMNS, as SQL constants. */
  #emptyValues(): string {
    const fill = this.useNullForEmpty ? 'NULL' : '0';
    return [
      'NULL',
      'FALSE',
      'FALSE',
      "''",
      'NULL',
      ...METRIC_COLUMN_NAMES.map(() => fill),
      "'empty'",
      'NULL',
    ].join(', ');
  }

  /** Empties the slots of samples older than `keepHours` (by the database's clock); returns how many. */
  async cleanup(keepHours: number): Promise<number> {
    if (!(keepHours >= 0)) throw new RangeError(`keepHours must be a number of hours ≥ 0, not ${keepHours}`);
    await this.ensure();
    const empty = this.#emptyValues();
    // Under the state row's lock, as resize: two bulk updates of the ring must not take rows in turns.
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT 1 FROM ${this.names.state} WHERE table_name = $1 FOR UPDATE`, [this.name]);
      return tx.execute(
        `UPDATE ${this.names.table} SET (${WRITTEN_COLUMNS.join(', ')}) = (${empty})
         WHERE sample_time < EXTRACT(epoch FROM NOW()) - $1::double precision * 3600`,
        [keepHours],
      );
    });
  }

  /** The newest samples first, optionally of one node and/or one container name. */
  async recent(filter: RecentFilter = {}): Promise<RingSample[]> {
    const limit = filter.limit ?? 100;
    if (!Number.isInteger(limit) || limit < 0)
      throw new RangeError(`limit must be an integer ≥ 0, not ${limit}`);
    await this.ensure();
    const params: unknown[] = [limit];
    const where = ['sample_time IS NOT NULL'];
    if (filter.node !== undefined) {
      params.push(filter.node);
      where.push(`node_name = $${params.length}`);
    }
    if (filter.container !== undefined) {
      params.push(filter.container);
      where.push(`container_name = $${params.length}`);
    }
    return this.db.query<RingSample>(
      `SELECT * FROM ${this.names.table} WHERE ${where.join(' AND ')}
       ORDER BY sample_time DESC, id DESC LIMIT $1`,
      params,
    );
  }

  /** The ring's capacity, fill and contents per node and container. */
  async state(): Promise<RingTableState> {
    await this.ensure();
    const { table, state } = this.names;
    const [ring] = await this.db.query<{ capacity: number; next_seq: number }>(
      `SELECT capacity, next_seq FROM ${state} WHERE table_name = $1`,
      [this.name],
    );
    const [counts] = await this.db.query<{
      rows: number;
      used: number;
      oldest: number | null;
      newest: number | null;
    }>(
      `SELECT count(*) AS rows, count(sample_time) AS used, min(sample_time) AS oldest, max(sample_time) AS newest
       FROM ${table}`,
    );
    const targets = await this.db.query<RingTarget>(
      `SELECT node_name, container_name, node_flag, count(*) AS samples, max(sample_time) AS newest
       FROM ${table} WHERE sample_time IS NOT NULL
       GROUP BY node_name, container_name, node_flag ORDER BY node_name, node_flag DESC, container_name`,
    );
    if (!ring || !counts) throw new Error(`the ring ${this.name} has lost its row in monitor_ring_state`);
    this.#capacity = ring.capacity;
    const nextSeq = Number(ring.next_seq);
    return {
      table: this.name,
      capacity: ring.capacity,
      nextSeq,
      nextSlot: nextSeq % ring.capacity,
      rows: Number(counts.rows),
      used: Number(counts.used),
      empty: Number(counts.rows) - Number(counts.used),
      oldest: counts.oldest === null ? null : Number(counts.oldest),
      newest: counts.newest === null ? null : Number(counts.newest),
      targets: targets.map((t) => ({
        ...t,
        samples: Number(t.samples),
        newest: t.newest === null ? null : Number(t.newest),
      })),
    };
  }
}
