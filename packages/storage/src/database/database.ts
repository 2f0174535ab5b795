import type { ConnectionWaits } from './connection-waits.js';
import type { QuotedName } from './identifiers.js';

export type BinaryChunks = Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/** Anything SQL can be sent to: the database itself, or a transaction (or savepoint) on it. */
export interface Queryable {
  /** One statement, with $1… parameters; returns its rows. */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** One statement, with $1… parameters; returns the number of rows it inserted, updated or deleted. */
  execute(sql: string, params?: readonly unknown[]): Promise<number>;
  /** A script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Bulk-loads CSV text (FORMAT csv: unquoted empty field = NULL) into a table, streamed in chunks of whole
   * rows; returns the number of rows loaded. Atomic: all rows or none.
   */
  copyFrom(
    table: QuotedName,
    columns: readonly string[],
    csvChunks: AsyncIterable<string> | Iterable<string>,
  ): Promise<number>;
  /**
   * Bulk-loads one complete binary COPY stream (FORMAT binary: header, rows, trailer; see BinaryCopyWriter),
   * given whole or in chunks; returns the number of rows loaded. Atomic. Faster than CSV on both sides.
   */
  copyFromBinary(table: QuotedName, columns: readonly string[], data: BinaryChunks): Promise<number>;
  /**
   * Runs fn in a transaction: committed when it resolves, rolled back when it throws. Called on a transaction,
   * it opens a savepoint, so that a failure inside rolls back only what fn did.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
}

export interface Database extends Queryable {
  /** For health and log output only: callers never branch on it. */
  readonly kind: 'embedded' | 'server';
  /** Where the data lives, without credentials: the data directory or the server's host and database. */
  readonly location: string;
  /** How statements waited for a connection (server) or a turn (embedded) so far: for /metrics. */
  connectionWaits(): ConnectionWaits;
  close(): Promise<void>;
}
