import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { type ConnectionWaits, WaitTally } from './connection-waits.js';
import { claimDataDir, dataDirOwner, describeOwner, type Ownership, ownerRuns } from './data-dir-owner.js';
import type { BinaryChunks, Database, Queryable } from './database.js';
import { MAX_SOCKET_PATH, type SharedSocket, shareEmbedded } from './embedded-socket.js';
import { DatabaseBusyError, DatabaseUnavailableError, sqlState } from './errors.js';
import { columnList, type QuotedName } from './identifiers.js';
import { Turns } from './turns.js';

/**
 * The one module that knows the embedded PGlite from a PostgreSQL server. Everything above it writes one SQL
 * dialect against the `Database` interface.
 */
export interface OpenDatabaseOptions {
  /** A PostgreSQL URL (`DATABASE_URL`): a connection pool to that server. */
  url?: string | undefined;
  /** Without a url: the embedded database's directory, or `memory://` for a throwaway one. */
  dataDir?: string | undefined;
  /** Connections in the server pool; 10 unless told. */
  poolSize?: number | undefined;
  /**
   * How long a statement waits for one of the pool's connections (opening one included) before it fails with
   * DatabaseBusyError (all in use) or DatabaseUnavailableError (none could be opened); 5 s unless told.
   */
  poolWaitMs?: number | undefined;
  /**
   * The embedded database is opened by one process only, its owner (see data-dir-owner.ts). As the owner,
   * serve it to other processes on the Unix socket SOCKET_NAME in this directory (psql -h DIR); without it,
   * others are refused. Whoever finds the directory owned reaches the database through its owner's socket.
   */
  socketDir?: string | undefined;
  /** Be the owner or fail (after waiting OWNER_WAIT_MS for the owner to go): never go through another. */
  mustOwn?: boolean | undefined;
}

export const DEFAULT_DATA_DIR = './data/pglite';

/** PostgreSQL's name for its socket on port 5432, which psql and pg look for in the directory they are given. */
export const SOCKET_NAME = '.s.PGSQL.5432';

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  if (options.url !== undefined && options.url !== '')
    return openServer(
      { connectionString: options.url },
      redact(options.url),
      options.poolSize ?? 10,
      options.poolWaitMs ?? CONNECT_TIMEOUT_MS,
    );
  return openEmbedded(options.dataDir ?? DEFAULT_DATA_DIR, options);
}

type Chunks = AsyncIterable<string> | Iterable<string>;

type Format = 'csv' | 'binary';

const copySql = (table: QuotedName, columns: readonly string[], source: string, format: Format): string =>
  `COPY ${table} (${columnList(columns)}) FROM ${source} (FORMAT ${format})`;

/** A string is iterable too, character by character: never let one through as chunks. */
const asChunks = (chunks: Chunks | string): Chunks => (typeof chunks === 'string' ? [chunks] : chunks);
/** And so is a byte array, byte by byte. */
const asBinaryChunks = (data: BinaryChunks): Iterable<Uint8Array> | AsyncIterable<Uint8Array> =>
  data instanceof Uint8Array ? [data] : data;

let savepoints = 0;

/** A nested transaction: a savepoint, rolled back (and the error rethrown) when fn throws. */
async function inSavepoint<T>(q: Queryable, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  savepoints += 1;
  const name = `pa_sp_${savepoints}`;
  await q.exec(`SAVEPOINT ${name}`);
  let result: T;
  try {
    result = await fn(q);
  } catch (error) {
    try {
      await q.exec(`ROLLBACK TO SAVEPOINT ${name}; RELEASE SAVEPOINT ${name}`);
    } catch {
      // The original error says more; a broken connection will say so on the next statement.
    }
    throw error;
  }
  await q.exec(`RELEASE SAVEPOINT ${name}`);
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// PostgreSQL server, through a pg pool.

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
]);
const CONNECTION_MESSAGE =
  /connection terminated|connection error|timeout exceeded when trying to connect|client was closed|cannot use a pool after calling end/i;

function isConnectionFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, errors, message } = error as { code?: unknown; errors?: unknown; message?: unknown };
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || code.startsWith('08'))) return true;
  if (Array.isArray(errors) && errors.some(isConnectionFailure)) return true;
  return typeof message === 'string' && CONNECTION_MESSAGE.test(message);
}

function serverError(error: unknown, location: string): unknown {
  if (error instanceof DatabaseUnavailableError || !isConnectionFailure(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new DatabaseUnavailableError(`PostgreSQL at ${location} is unavailable: ${reason}`, {
    cause: error,
  });
}

/** bigint (count(*), identity columns) as a number, as PGlite returns it: ids and counts stay below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'the configured server';
  }
}

/** Statements on one checked-out client: a transaction's. */
class ClientQueryable implements Queryable {
  constructor(
    private readonly client: pg.PoolClient,
    private readonly location: string,
  ) {}

  async query<R>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    try {
      return (await this.client.query(sql, params as unknown[])).rows as R[];
    } catch (error) {
      throw serverError(error, this.location);
    }
  }

  async execute(sql: string, params: readonly unknown[] = []): Promise<number> {
    try {
      return (await this.client.query(sql, params as unknown[])).rowCount ?? 0;
    } catch (error) {
      throw serverError(error, this.location);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      await this.client.query(sql);
    } catch (error) {
      throw serverError(error, this.location);
    }
  }

  copyFrom(table: QuotedName, columns: readonly string[], csvChunks: Chunks): Promise<number> {
    return this.copy(copySql(table, columns, 'STDIN', 'csv'), asChunks(csvChunks));
  }

  copyFromBinary(table: QuotedName, columns: readonly string[], data: BinaryChunks): Promise<number> {
    return this.copy(copySql(table, columns, 'STDIN', 'binary'), asBinaryChunks(data));
  }

  private async copy(sql: string, chunks: Chunks | Iterable<Uint8Array> | AsyncIterable<Uint8Array>) {
    try {
      const stream = this.client.query(copyStreams.from(sql));
      await pipeline(Readable.from(chunks), stream);
      return stream.rowCount;
    } catch (error) {
      throw serverError(error, this.location);
    }
  }

  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return inSavepoint(this, fn);
  }
}

/** How long opening a connection may take: a server that does not answer by then is unavailable. */
const CONNECT_TIMEOUT_MS = 5_000;
/**
 * How long a statement runs before the server is asked, on a new connection, whether it is still there. A
 * statement has no time limit of its own (an import's COPY or a rollup rebuild may take minutes), but one
 * whose server stopped answering (black-holed: no reply, no reset) fails within about this plus
 * CONNECT_TIMEOUT_MS, as unavailable, instead of waiting for TCP to give up after minutes.
 */
const PROBE_AFTER_MS = 5_000;

class ServerDatabase implements Database {
  private probe: Promise<boolean> | undefined;
  readonly #tally = new WaitTally();
  private closing: Promise<void> | undefined;

  constructor(
    private readonly pool: pg.Pool,
    private readonly config: pg.PoolConfig,
    readonly location: string,
    private readonly poolSize: number,
    readonly kind: Database['kind'] = 'server',
  ) {}

  /** Whether a new connection gets an answer to SELECT 1 in time; one probe at a time, shared. */
  private answers(): Promise<boolean> {
    this.probe ??= (async () => {
      const client = new pg.Client({
        ...this.config,
        connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
        query_timeout: CONNECT_TIMEOUT_MS,
      });
      client.on('error', () => undefined);
      try {
        await client.connect();
        await client.query('SELECT 1');
        return true;
      } catch {
        return false;
      } finally {
        client.connection.stream.destroy();
        this.probe = undefined;
      }
    })();
    return this.probe;
  }

  private async withClient<T>(fn: (client: ClientQueryable) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.#tally.time(this.pool.connect());
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      // Timed out while every connection was in use (and no new one opening): busy, not unavailable.
      if (this.pool.totalCount >= this.poolSize && this.pool.idleCount === 0 && /timeout/i.test(reason))
        throw new DatabaseBusyError(
          `all ${this.poolSize} connections to PostgreSQL at ${this.location} stayed in use: ${reason}`,
          { cause: error },
        );
      throw new DatabaseUnavailableError(`cannot connect to PostgreSQL at ${this.location}: ${reason}`, {
        cause: error,
      });
    }
    // A checked-out client has no pool listener: its socket dying would otherwise be an unhandled 'error'
    // event that ends the process. The statement in flight fails on its own; the client is not reused.
    let broken = false;
    const onError = () => {
      broken = true;
    };
    client.on('error', onError);
    // A statement still running after PROBE_AFTER_MS: if the server no longer answers, its socket is cut,
    // and the statement fails as unavailable. Not through an embedded owner's socket, where a new connection
    // waits its turn behind the running statement (and the owner's going closes the socket anyway).
    const watchdog =
      this.kind === 'server'
        ? setInterval(async () => {
            if (broken || (await this.answers())) return;
            broken = true;
            client.connection.stream.destroy();
          }, PROBE_AFTER_MS)
        : undefined;
    watchdog?.unref();
    try {
      return await fn(new ClientQueryable(client, this.location));
    } catch (error) {
      broken ||= error instanceof DatabaseUnavailableError;
      throw error;
    } finally {
      clearInterval(watchdog);
      client.removeListener('error', onError);
      client.release(broken);
    }
  }

  query<R>(sql: string, params?: readonly unknown[]): Promise<R[]> {
    return this.withClient((c) => c.query<R>(sql, params));
  }

  execute(sql: string, params?: readonly unknown[]): Promise<number> {
    return this.withClient((c) => c.execute(sql, params));
  }

  exec(sql: string): Promise<void> {
    return this.withClient((c) => c.exec(sql));
  }

  copyFrom(table: QuotedName, columns: readonly string[], csvChunks: Chunks): Promise<number> {
    return this.withClient((c) => c.copyFrom(table, columns, csvChunks));
  }

  copyFromBinary(table: QuotedName, columns: readonly string[], data: BinaryChunks): Promise<number> {
    return this.withClient((c) => c.copyFromBinary(table, columns, data));
  }

  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.withClient(async (c) => {
      await c.exec('BEGIN');
      let result: T;
      try {
        result = await fn(c);
      } catch (error) {
        await c.exec('ROLLBACK').catch(() => undefined);
        throw error;
      }
      await c.exec('COMMIT');
      return result;
    });
  }

  connectionWaits(): ConnectionWaits {
    return this.#tally.waits;
  }

  /** Closing again is a no-op: its first close is waited for. */
  close(): Promise<void> {
    this.closing ??= this.pool.end();
    return this.closing;
  }
}

function openServer(
  config: pg.PoolConfig,
  location: string,
  poolSize: number,
  poolWaitMs: number,
  kind: Database['kind'] = 'server',
): ServerDatabase {
  const pool = new pg.Pool({
    ...config,
    max: poolSize,
    connectionTimeoutMillis: poolWaitMs,
    application_name: 'perfanalysis',
    types,
  });
  // An idle client whose server went away: the pool drops it, and the next query opens a new one.
  pool.on('error', () => undefined);
  return new ServerDatabase(pool, config, location, poolSize, kind);
}

// ---------------------------------------------------------------------------------------------------------
// Embedded PGlite: one in-process backend, one session. Its Turns serialise the statements and transactions of
// this process and of the clients of its socket.

/** PGlite takes a COPY's data as one Blob: load in slices of this size to bound memory. */
const COPY_SLICE_CHARS = 16 * 1024 * 1024;

function embeddedError(error: unknown): unknown {
  if (sqlState(error) === undefined && error instanceof Error && /closed/i.test(error.message)) {
    return new DatabaseUnavailableError(`the embedded database is unavailable: ${error.message}`, {
      cause: error,
    });
  }
  return error;
}

interface PgliteRunner {
  query: Transaction['query'];
  exec: Transaction['exec'];
}

class EmbeddedQueryable implements Queryable {
  constructor(private readonly runner: PgliteRunner) {}

  async query<R>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    try {
      return (await this.runner.query<R>(sql, [...params])).rows;
    } catch (error) {
      throw embeddedError(error);
    }
  }

  async execute(sql: string, params: readonly unknown[] = []): Promise<number> {
    try {
      return (await this.runner.query(sql, [...params])).affectedRows ?? 0;
    } catch (error) {
      throw embeddedError(error);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      await this.runner.exec(sql);
    } catch (error) {
      throw embeddedError(error);
    }
  }

  private async copyBlob(sql: string, parts: (string | Uint8Array)[]): Promise<number> {
    try {
      return (await this.runner.query(sql, [], { blob: new Blob(parts) })).affectedRows ?? 0;
    } catch (error) {
      throw embeddedError(error);
    }
  }

  async copyFromBinary(table: QuotedName, columns: readonly string[], data: BinaryChunks): Promise<number> {
    // One stream is one COPY: its header and trailer cannot be cut apart, so it loads as one Blob.
    const parts: Uint8Array[] = [];
    for await (const chunk of asBinaryChunks(data)) parts.push(chunk);
    return this.copyBlob(copySql(table, columns, "'/dev/blob'", 'binary'), parts);
  }

  async copyFrom(table: QuotedName, columns: readonly string[], csvChunks: Chunks): Promise<number> {
    const sql = copySql(table, columns, "'/dev/blob'", 'csv');
    let rows = 0;
    let parts: string[] = [];
    let size = 0;
    const flush = async (): Promise<void> => {
      if (size === 0) return;
      rows += await this.copyBlob(sql, parts);
      parts = [];
      size = 0;
    };
    for await (const chunk of asChunks(csvChunks)) {
      parts.push(chunk);
      size += chunk.length;
      // Slices must end on a row: cut only after a chunk that ends with a line break outside quotes,
      // which is how every writer here chunks (whole rows per chunk).
      if (size >= COPY_SLICE_CHARS && chunk.endsWith('\n')) await flush();
    }
    await flush();
    return rows;
  }

  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return inSavepoint(this, fn);
  }
}

class EmbeddedDatabase implements Database {
  readonly kind = 'embedded';
  readonly #direct: EmbeddedQueryable;
  private closing: Promise<void> | undefined;

  constructor(
    private readonly pglite: PGlite,
    readonly location: string,
    private readonly turns: Turns,
    private readonly shared?: SharedSocket,
    private readonly ownership?: Ownership,
  ) {
    this.#direct = new EmbeddedQueryable(pglite);
  }

  query<R>(sql: string, params?: readonly unknown[]): Promise<R[]> {
    return this.turns.run(() => this.#direct.query<R>(sql, params));
  }

  execute(sql: string, params?: readonly unknown[]): Promise<number> {
    return this.turns.run(() => this.#direct.execute(sql, params));
  }

  exec(sql: string): Promise<void> {
    return this.turns.run(() => this.#direct.exec(sql));
  }

  copyFromBinary(table: QuotedName, columns: readonly string[], data: BinaryChunks): Promise<number> {
    return this.turns.run(() => this.#direct.copyFromBinary(table, columns, data));
  }

  copyFrom(table: QuotedName, columns: readonly string[], csvChunks: Chunks): Promise<number> {
    // Several slices must still load all or nothing.
    return this.transaction((tx) => tx.copyFrom(table, columns, csvChunks));
  }

  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.turns.run(async () => {
      try {
        return await this.pglite.transaction((tx) => fn(new EmbeddedQueryable(tx)));
      } catch (error) {
        throw embeddedError(error);
      }
    });
  }

  connectionWaits(): ConnectionWaits {
    return this.turns.tally.waits;
  }

  /** Closing again is a no-op: its first close is waited for. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.shared?.close();
      // In a turn: what is under way finishes first.
      await this.turns.run(() => this.pglite.close());
      await this.ownership?.release();
    })();
    return this.closing;
  }
}

/** How long a process waits for the owner of a data directory to come up, or (mustOwn) to go. */
const OWNER_WAIT_MS = 60_000;
const OWNER_POLL_MS = 200;

async function openEmbedded(dataDir: string, options: OpenDatabaseOptions): Promise<Database> {
  if (dataDir.startsWith('memory://')) return openPglite(dataDir, new Turns());
  const location = resolve(dataDir);
  const socket = options.socketDir === undefined ? undefined : join(resolve(options.socketDir), SOCKET_NAME);
  // A path too long for a Unix socket is not shared: other processes are told so.
  const shareOn = socket !== undefined && Buffer.byteLength(socket) <= MAX_SOCKET_PATH ? socket : undefined;
  const deadline = Date.now() + OWNER_WAIT_MS;
  for (;;) {
    let ownership: Ownership | undefined;
    try {
      await mkdir(location, { recursive: true });
      ownership = await claimDataDir(location, shareOn);
    } catch (error) {
      throw unavailable(location, error);
    }
    if (ownership) return openOwned(location, ownership, shareOn);
    const owner = await dataDirOwner(location);
    const taken = `the embedded database at ${location} is in use by ${describeOwner(owner)}`;
    // An owner is still writing who it is (the file is a gone owner's), or has not opened its socket yet, or
    // has just gone: ask again.
    if (!options.mustOwn && owner !== undefined && ownerRuns(owner)) {
      if (owner.socket === undefined)
        throw new DatabaseUnavailableError(
          `${taken}, which does not share it with other processes (PGlite cannot be opened twice): stop it first`,
        );
      const through = await throughOwner(location, owner.socket, describeOwner(owner));
      if (through) return through;
    }
    if (Date.now() > deadline)
      throw new DatabaseUnavailableError(
        options.mustOwn
          ? `${taken}: stop it first`
          : `${taken}, which does not answer on ${owner?.socket ?? 'its socket'}`,
      );
    await sleep(OWNER_POLL_MS);
  }
}

/** A connection pool through the owner's socket, or undefined when it does not answer (yet, or any more). */
async function throughOwner(location: string, socket: string, owner: string): Promise<Database | undefined> {
  const db = openServer(
    // One connection, kept: PGlite is one session anyway, and a connection the pool let go could not be
    // opened again once the owner has started to close.
    { host: dirname(socket), port: 5432, user: 'postgres', database: 'postgres', idleTimeoutMillis: 0 },
    `${location}, through ${owner}`,
    1,
    CONNECT_TIMEOUT_MS,
    'embedded',
  );
  try {
    await db.query('SELECT 1');
    return db;
  } catch {
    await db.close();
    return undefined;
  }
}

/** Opens the directory this process has claimed; serves it on `socket` when given (its owner file says so). */
async function openOwned(
  location: string,
  ownership: Ownership,
  socket: string | undefined,
): Promise<Database> {
  const turns = new Turns();
  let shared: SharedSocket | undefined;
  try {
    const pglite = await PGlite.create(location);
    if (socket !== undefined) shared = await shareEmbedded(pglite, turns, socket);
    return new EmbeddedDatabase(pglite, location, turns, shared, ownership);
  } catch (error) {
    await shared?.close();
    await ownership.release();
    throw unavailable(location, error);
  }
}

async function openPglite(location: string, turns: Turns): Promise<Database> {
  try {
    return new EmbeddedDatabase(await PGlite.create(location), location, turns);
  } catch (error) {
    throw unavailable(location, error);
  }
}

function unavailable(location: string, error: unknown): DatabaseUnavailableError {
  if (error instanceof DatabaseUnavailableError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new DatabaseUnavailableError(`cannot open the embedded database at ${location}: ${reason}`, {
    cause: error,
  });
}
