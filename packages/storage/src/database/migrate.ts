import { MIGRATIONS, type Migration } from '../migrations/index.js';
import type { Tenant } from '../tenancy/tenant-handle.js';
import { ensureDefaultTenant, listTenants } from '../tenancy/tenants.js';
import type { Database } from './database.js';
import { DatabaseUnavailableError, MigrationError } from './errors.js';
import {
  applyControlMigrations,
  applyTenantMigrations,
  controlMigrations,
  lockMigrations,
  type MigrationResult,
  SchemaMigrationFailure,
  tenantMigrations,
} from './migration-runner.js';

export interface MigrateOptions {
  /** The migrations to apply; every one the package has unless told (tests pass others). */
  readonly migrations?: readonly Migration[] | undefined;
}

/**
 * Brings the database up to date: the control schema first (and the default tenant, when absent), then every
 * tenant schema, each in its own transaction under an advisory lock, so that processes starting together
 * migrate once. Returns what it applied. A failing tenant schema is reported in the results, rolled back, and
 * does not stop the others; a failing control schema throws MigrationError, and an unreachable database
 * DatabaseUnavailableError.
 */
export async function migrate(db: Database, options: MigrateOptions = {}): Promise<MigrationResult[]> {
  const all = options.migrations ?? MIGRATIONS;
  const results: MigrationResult[] = [];
  try {
    const applied = await db.transaction(async (tx) => {
      await lockMigrations(tx);
      const names = await applyControlMigrations(tx, controlMigrations(all));
      await ensureDefaultTenant(tx);
      return names;
    });
    for (const migration of applied) results.push({ schema: 'control', migration, status: 'applied' });
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) throw error;
    const which = error instanceof SchemaMigrationFailure ? error.failed : 'control schema set-up';
    throw new MigrationError(`control migration ${which} failed`, {
      cause: error instanceof SchemaMigrationFailure ? error.cause : error,
    });
  }
  const forTenants = tenantMigrations(all);
  for (const tenant of await listTenants(db)) results.push(...(await migrateTenant(db, tenant, forTenants)));
  return results;
}

async function migrateTenant(
  db: Database,
  tenant: Tenant,
  migrations: readonly Migration[],
): Promise<MigrationResult[]> {
  try {
    const applied = await db.transaction(async (tx) => {
      await lockMigrations(tx);
      return applyTenantMigrations(tx, tenant, migrations);
    });
    return applied.map((migration) => ({ schema: tenant.schemaName, migration, status: 'applied' }));
  } catch (error) {
    if (error instanceof SchemaMigrationFailure) return error.results();
    if (error instanceof DatabaseUnavailableError) throw error;
    return [{ schema: tenant.schemaName, migration: '(schema set-up)', status: 'failed', error }];
  }
}
