import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import type { BinaryChunks, Database, Queryable } from './database.js';
import { DatabaseUnavailableError, sqlState } from './errors.js';
import { columnList, type QuotedName } from './identifiers.js';

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
}

export const DEFAULT_DATA_DIR = './data/pglite';

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  if (options.url !== undefined && options.url !== '') return openServer(options.url, options.poolSize ?? 10);
  return openEmbedded(options.dataDir ?? DEFAULT_DATA_DIR);
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
  readonly kind = 'server';
  private probe: Promise<boolean> | undefined;

  constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
    readonly location: string,
  ) {}

  /** Whether a new connection gets an answer to SELECT 1 in time; one probe at a time, shared. */
  private answers(): Promise<boolean> {
    this.probe ??= (async () => {
      const client = new pg.Client({
        connectionString: this.url,
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
      client = await this.pool.connect();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
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
    // and the statement fails as unavailable.
    const watchdog = setInterval(async () => {
      if (broken || (await this.answers())) return;
      broken = true;
      client.connection.stream.destroy();
    }, PROBE_AFTER_MS);
    watchdog.unref();
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

  close(): Promise<void> {
    return this.pool.end();
  }
}

function openServer(url: string, poolSize: number): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'perfanalysis',
    types,
  });
  // An idle client whose server went away: the pool drops it, and the next query opens a new one.
  pool.on('error', () => undefined);
  return new ServerDatabase(pool, url, redact(url));
}

// ---------------------------------------------------------------------------------------------------------
// Embedded PGlite: one in-process backend; its own mutex serialises transactions and queries.

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

class EmbeddedDatabase extends EmbeddedQueryable implements Database {
  readonly kind = 'embedded';

  constructor(
    private readonly pglite: PGlite,
    readonly location: string,
  ) {
    super(pglite);
  }

  override copyFrom(table: QuotedName, columns: readonly string[], csvChunks: Chunks): Promise<number> {
    // Several slices must still load all or nothing.
    return this.transaction((tx) => tx.copyFrom(table, columns, csvChunks));
  }

  override async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    try {
      return await this.pglite.transaction((tx) => fn(new EmbeddedQueryable(tx)));
    } catch (error) {
      throw embeddedError(error);
    }
  }

  close(): Promise<void> {
    return this.pglite.close();
  }
}

async function openEmbedded(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  const location = inMemory ? dataDir : resolve(dataDir);
  try {
    if (!inMemory) await mkdir(location, { recursive: true });
    const pglite = await PGlite.create(location);
    return new EmbeddedDatabase(pglite, location);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnavailableError(`cannot open the embedded database at ${location}: ${reason}`, {
      cause: error,
    });
  }
}
