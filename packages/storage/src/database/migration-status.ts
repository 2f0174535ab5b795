import { MIGRATIONS, type Migration } from '../migrations/index.js';
import { controlTable } from '../tenancy/control-schema.js';
import { tenantHandle } from '../tenancy/tenant-handle.js';
import { listTenants } from '../tenancy/tenants.js';
import type { Queryable } from './database.js';
import type { QuotedName } from './identifiers.js';
import { controlMigrations, tenantMigrations } from './migration-runner.js';

/** One migration of one schema: applied (and when), or pending. */
export interface MigrationState {
  /** `control` or the tenant's schema, `tenant_acme`. */
  readonly schema: string;
  readonly migration: string;
  /** When it was applied; null while it is pending. */
  readonly appliedAt: Date | null;
}

/**
 * Every migration of the control schema and of every tenant schema, applied or pending, in the order they
 * apply (the seeds' `showmigrations`). Reads only: a database never migrated shows the control schema's
 * migrations all pending and no tenants. Names recorded that this version does not have are listed too, but
 * for those a baseline of this version replaces.
 */
export async function migrationStatus(
  db: Queryable,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationState[]> {
  const control = await recorded(db, controlTable('schema_migrations'));
  const states = statesOf('control', controlMigrations(migrations), control);
  if (control.size === 0) return states;
  for (const tenant of await listTenants(db)) {
    const applied = await recorded(db, tenantHandle(db, tenant).table('schema_migrations'));
    states.push(...statesOf(tenant.schemaName, tenantMigrations(migrations), applied));
  }
  return states;
}

async function recorded(db: Queryable, table: QuotedName): Promise<Map<string, Date>> {
  const [exists] = await db.query<{ found: boolean }>('SELECT to_regclass($1::text) IS NOT NULL AS found', [
    table,
  ]);
  if (!exists?.found) return new Map();
  const rows = await db.query<{ name: string; applied_at: Date | string }>(
    `SELECT name, applied_at FROM ${table} ORDER BY applied_at, name`,
  );
  return new Map(rows.map((row) => [row.name, new Date(row.applied_at)]));
}

function statesOf(schema: string, known: readonly Migration[], applied: Map<string, Date>): MigrationState[] {
  const names = known.map((m) => m.name);
  const replaced = new Set(known.flatMap((m) => m.replaces ?? []));
  const unknown = [...applied.keys()].filter((name) => !names.includes(name) && !replaced.has(name));
  return [...names, ...unknown].map((migration) => ({
    schema,
    migration,
    appliedAt: applied.get(migration) ?? null,
  }));
}
