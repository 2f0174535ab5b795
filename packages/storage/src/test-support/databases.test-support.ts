import { randomBytes } from 'node:crypto';
import { after, describe, test } from 'node:test';
import { openDatabase } from '../database/connection.js';
import type { Database } from '../database/database.js';
import { quoteIdent } from '../database/identifiers.js';
import { migrate } from '../database/migrate.js';

/**
 * Runs one test suite over every database under test: the embedded PGlite (in memory) always, and the
 * PostgreSQL server at TEST_DATABASE_URL when it answers. Each suite gets its own databases: on the server,
 * `CREATE DATABASE pa_test_<unix seconds>_<random>`, dropped after the suite (and by a later run when a killed
 * one left it behind for an hour), so runs never see each other. With CI set, an
 * unreachable server fails the suite instead of skipping it. TEST_DATABASES=pglite (or postgres) narrows the
 * list. For this package's tests and other packages' (`@perfanalysis/storage/test-support/databases`).
 */
export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_DATABASE_KINDS = ['pglite', 'postgres'] as const;
export type TestDatabaseKind = (typeof TEST_DATABASE_KINDS)[number];

export interface DatabaseContext {
  readonly kind: TestDatabaseKind;
  /** The suite's database, migrated, opened on first use (then shared by the suite's tests). */
  db(): Promise<Database>;
  /**
   * Another database, empty (not migrated); closed and dropped after the suite. On PostgreSQL, its pool may be
   * sized (4 connections, waited for 5 s, unless told).
   */
  fresh(pool?: PoolOptions): Promise<Database>;
}

export function testDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
}

/** The kinds TEST_DATABASES names (comma-separated), or all. */
export function selectedDatabaseKinds(): TestDatabaseKind[] {
  const wanted = (process.env.TEST_DATABASES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (wanted.length === 0) return [...TEST_DATABASE_KINDS];
  const unknown = wanted.filter((w) => !(TEST_DATABASE_KINDS as readonly string[]).includes(w));
  if (unknown.length > 0) throw new Error(`TEST_DATABASES names unknown databases: ${unknown.join(', ')}`);
  return TEST_DATABASE_KINDS.filter((k) => wanted.includes(k));
}

export interface PoolOptions {
  readonly poolSize?: number;
  readonly poolWaitMs?: number;
}

interface Factory {
  create(pool?: PoolOptions): Promise<{ db: Database; drop(): Promise<void> }>;
  close(): Promise<void>;
}

const pgliteFactory: Factory = {
  async create() {
    const db = await openDatabase({ dataDir: 'memory://' });
    return { db, drop: () => db.close() };
  },
  close: async () => undefined,
};

/** A factory of fresh server databases, or the reason there is none. */
async function postgresFactory(): Promise<Factory | string> {
  const url = testDatabaseUrl();
  const admin = await openDatabase({ url, poolSize: 1 });
  try {
    await admin.query('SELECT 1');
  } catch (error) {
    await admin.close();
    return `PostgreSQL unreachable at ${admin.location}: ${error instanceof Error ? error.message : error}`;
  }
  await dropAbandoned(admin);
  return {
    async create(pool = {}) {
      const name = `pa_test_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
      await admin.exec(`CREATE DATABASE ${name}`);
      const target = new URL(url);
      target.pathname = `/${name}`;
      const db = await openDatabase({ url: target.toString(), poolSize: 4, ...pool });
      return {
        db,
        async drop() {
          await db.close();
          await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        },
      };
    },
    close: () => admin.close(),
  };
}

/** Databases of runs that were killed before their clean-up: named with their creation time, an hour old. */
async function dropAbandoned(admin: Database): Promise<void> {
  const rows = await admin.query<{ name: string }>(
    `SELECT datname AS name FROM pg_database WHERE datname LIKE 'pa\\_test\\_%'`,
  );
  const hourAgo = Date.now() / 1000 - 3600;
  for (const { name } of rows) {
    const created = /^pa_test_(\d{10})_[0-9a-f]{8}$/.exec(name)?.[1];
    if (created === undefined || Number(created) > hourAgo) continue;
    // Without FORCE: a database still in use stays.
    await admin.exec(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`).catch(() => undefined);
  }
}

export function forEachDatabase(title: string, fn: (ctx: DatabaseContext) => void): void {
  for (const kind of selectedDatabaseKinds()) {
    describe(`${title} [${kind}]`, async () => {
      const factory = kind === 'pglite' ? pgliteFactory : await postgresFactory();
      if (typeof factory === 'string') {
        if (process.env.CI) {
          test('PostgreSQL is reachable (CI is set, so its tests must run)', () => {
            throw new Error(factory);
          });
        } else {
          test(`skipped: ${factory}`, { skip: true }, () => undefined);
        }
        return;
      }
      const drops: (() => Promise<void>)[] = [];
      let suiteDb: Promise<Database> | undefined;
      const fresh = async (pool?: PoolOptions): Promise<Database> => {
        const { db, drop } = await factory.create(pool);
        drops.push(drop);
        return db;
      };
      const ctx: DatabaseContext = {
        kind,
        fresh,
        db() {
          suiteDb ??= fresh().then(async (db) => {
            await migrate(db);
            return db;
          });
          return suiteDb;
        },
      };
      after(async () => {
        for (const drop of drops.reverse()) await drop();
        await factory.close();
      });
      fn(ctx);
    });
  }
}
