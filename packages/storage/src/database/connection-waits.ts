/**
 * How statements waited for a connection: from the pool (PostgreSQL) or for a turn (the embedded database),
 * since the database was opened. Every query, transaction and copy asks once.
 */
export interface ConnectionWaits {
  /** Connections (or turns) asked for so far. */
  readonly count: number;
  /** The time between asking and having, summed over them, in seconds. */
  readonly seconds: number;
  /** Asking right now. */
  readonly waiting: number;
}

/** Counts the waits of one database. */
export class WaitTally {
  #count = 0;
  #seconds = 0;
  #waiting = 0;

  /** Resolves as `acquire` does, counting the wait whether it succeeds or fails. */
  async time<T>(acquire: Promise<T>): Promise<T> {
    const asked = performance.now();
    this.#waiting += 1;
    try {
      return await acquire;
    } finally {
      this.#waiting -= 1;
      this.#count += 1;
      this.#seconds += (performance.now() - asked) / 1000;
    }
  }

  get waits(): ConnectionWaits {
    return { count: this.#count, seconds: this.#seconds, waiting: this.#waiting };
  }
}
