import { baselinesAlreadyMade, PartialBaselineError } from '../migrations/baseline-adoption.js';
import { MIGRATIONS, type Migration } from '../migrations/index.js';
import { controlSchema, controlTable } from '../tenancy/control-schema.js';
import { type Tenant, tenantHandle } from '../tenancy/tenant-handle.js';
import type { Queryable } from './database.js';
import type { QuotedName } from './identifiers.js';

/** What happened to one pending migration of one schema. */
export interface MigrationResult {
  /** `control` or the tenant's schema, `tenant_acme`. */
  readonly schema: string;
  readonly migration: string;
  /** not-executed: pending, but an earlier migration of the same schema failed, so its transaction rolled back. */
  readonly status: 'applied' | 'failed' | 'not-executed';
  readonly error?: unknown;
}

/** Thrown inside a schema's migration transaction; carries what the results must say. */
export class SchemaMigrationFailure extends Error {
  constructor(
    readonly schema: string,
    readonly failed: string,
    readonly pending: readonly string[],
    options: ErrorOptions,
  ) {
    super(`migration ${failed} failed on schema ${schema}`, options);
    this.name = 'SchemaMigrationFailure';
  }

  results(): MigrationResult[] {
    return this.pending.map((migration) =>
      migration === this.failed
        ? { schema: this.schema, migration, status: 'failed', error: this.cause }
        : { schema: this.schema, migration, status: 'not-executed' },
    );
  }
}

/** Any fixed key: every process that migrates or creates a tenant takes this one, in its transaction. */
const MIGRATION_LOCK_KEY = 7_045_311_026_112;

/** Serialises migrations and tenant creation across processes, until the transaction ends. */
export async function lockMigrations(tx: Queryable): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
}

export const controlMigrations = (all: readonly Migration[] = MIGRATIONS): Migration[] =>
  all.filter((m) => m.target === 'control');
export const tenantMigrations = (all: readonly Migration[] = MIGRATIONS): Migration[] =>
  all.filter((m) => m.target === 'tenant');

/**
 * Applies the migrations not yet recorded in the schema's own schema_migrations table, in order, with the
 * schema as search_path. Call inside a transaction holding the migration lock. Returns the applied names;
 * throws SchemaMigrationFailure when one fails (the caller's transaction then rolls them all back). A baseline
 * whose replaced migrations the schema all recorded is recorded without running (and not returned); one of
 * which it recorded only some fails with PartialBaselineError, saying what to do.
 */
async function applyPending(
  tx: Queryable,
  schemaName: string,
  schema: QuotedName,
  recordTable: QuotedName,
  migrations: readonly Migration[],
): Promise<string[]> {
  await tx.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await tx.exec(
    `CREATE TABLE IF NOT EXISTS ${recordTable} (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  const done = new Set(
    (await tx.query<{ name: string }>(`SELECT name FROM ${recordTable}`)).map((r) => r.name),
  );
  const unrecorded = migrations.filter((m) => !done.has(m.name));
  let made: Migration[];
  try {
    made = baselinesAlreadyMade(schemaName, unrecorded, done);
  } catch (error) {
    if (!(error instanceof PartialBaselineError)) throw error;
    const names = unrecorded.map((m) => m.name);
    throw new SchemaMigrationFailure(schemaName, error.baseline, names, { cause: error });
  }
  for (const baseline of made) {
    await tx.query(`INSERT INTO ${recordTable} (name) VALUES ($1)`, [baseline.name]);
  }
  const pending = unrecorded.filter((m) => !made.includes(m));
  if (pending.length === 0) return [];
  const [previous] = await tx.query<{ path: string }>(`SELECT current_setting('search_path') AS path`);
  await tx.query(`SELECT set_config('search_path', $1, true)`, [schema]);
  for (const migration of pending) {
    try {
      await tx.exec(migration.sql);
    } catch (error) {
      throw new SchemaMigrationFailure(
        schemaName,
        migration.name,
        pending.map((m) => m.name),
        { cause: error },
      );
    }
    await tx.query(`INSERT INTO ${recordTable} (name) VALUES ($1)`, [migration.name]);
  }
  await tx.query(`SELECT set_config('search_path', $1, true)`, [previous?.path ?? '']);
  return pending.map((m) => m.name);
}

export function applyControlMigrations(tx: Queryable, migrations: readonly Migration[]): Promise<string[]> {
  return applyPending(tx, 'control', controlSchema, controlTable('schema_migrations'), migrations);
}

export function applyTenantMigrations(
  tx: Queryable,
  tenant: Tenant,
  migrations: readonly Migration[] = tenantMigrations(),
): Promise<string[]> {
  const t = tenantHandle(tx, tenant);
  return applyPending(tx, tenant.schemaName, t.schema, t.table('schema_migrations'), migrations);
}
