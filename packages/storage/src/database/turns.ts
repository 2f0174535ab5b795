import { WaitTally } from './connection-waits.js';

/**
 * One holder at a time, in the order they asked: the embedded database's gate. Whoever holds it owns the one
 * PGlite session — an in-process statement or transaction, or a socket client's unit of work (see
 * embedded-socket.ts) — so that nobody's statements run inside somebody else's transaction.
 */
export class Turns {
  #last: Promise<void> = Promise.resolve();
  /** How long holders waited for their turn. */
  readonly tally = new WaitTally();

  /** Waits for the turn; call the returned function exactly once to pass it on. */
  take(): Promise<() => void> {
    let release!: () => void;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const before = this.#last;
    this.#last = before.then(() => done);
    return this.tally.time(before.then(() => release));
  }

  /** Runs fn in a turn of its own. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.take();
    try {
      return await fn();
    } finally {
      release();
    }
  }
}
