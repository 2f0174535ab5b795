import { MIGRATIONS, type Migration } from '../migrations/index.js';
import { listTenants } from '../tenancy/tenants.js';
import type { Database } from './database.js';
import { qualify } from './identifiers.js';

/** Runs SELECT 1: resolves when the database answers, rejects with the reason when it does not. */
export async function pingDatabase(db: Database): Promise<void> {
  await db.query('SELECT 1');
}

/** `schema: migration` for each migration of this version not recorded in its schema; changes nothing. */
export async function pendingMigrations(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<string[]> {
  const schemas = new Set(
    (
      await db.query<{ table_schema: string }>(
        "SELECT table_schema FROM information_schema.tables WHERE table_name = 'schema_migrations'",
      )
    ).map((r) => r.table_schema),
  );
  const recorded = async (schema: string): Promise<Set<string>> =>
    schemas.has(schema)
      ? new Set(
          (await db.query<{ name: string }>(`SELECT name FROM ${qualify(schema, 'schema_migrations')}`)).map(
            (r) => r.name,
          ),
        )
      : new Set();
  const missing = (schema: string, target: Migration['target'], done: Set<string>): string[] =>
    migrations.filter((m) => m.target === target && !done.has(m.name)).map((m) => `${schema}: ${m.name}`);

  const control = missing('control', 'control', await recorded('control'));
  if (control.length > 0) return control;
  const pending: string[] = [];
  for (const tenant of await listTenants(db)) {
    pending.push(...missing(tenant.schemaName, 'tenant', await recorded(tenant.schemaName)));
  }
  return pending;
}
