import { join } from 'node:path';
import { type Options, text, UsageError, type Values } from '@perfanalysis/shared/cli-command';
import {
  type Database,
  DEFAULT_TENANT_NAME,
  migrate,
  openDatabase,
  type TenantHandle,
  tenantByName,
  tenantHandle,
} from '@perfanalysis/storage';

export const DATABASE_OPTIONS: Options = {
  'database-url': { type: 'string' },
  'data-dir': { type: 'string' },
  tenant: { type: 'string' },
  json: { type: 'boolean' },
};

export const DATABASE_HELP = `  --database-url URL   PostgreSQL server (default: DATABASE_URL; without one, the embedded database)
  --data-dir DIR       where the embedded database lives (default: PA_DATA_DIR or ./data)
  --tenant NAME        the tenant to work in (default: default)
  --json               print the result as JSON, for scripts`;

/**
 * The database the flags or the environment name, migrated: PostgreSQL by URL, else the embedded one. The
 * embedded database is opened by one process, its owner, which shares it on the socket DATA-DIR/.s.PGSQL.5432;
 * a command run beside it works through that socket. `serve` must be the owner (mustOwn).
 */
export async function openConfiguredDatabase(
  values: Values,
  options: {
    migrate?: boolean;
    mustOwn?: boolean;
    poolSize?: number;
    /** Told of each tenant whose migration failed (the rest are migrated and served). */
    warn?: (line: string) => void;
  } = {},
): Promise<Database> {
  const url = text(values, 'database-url') ?? process.env.DATABASE_URL;
  const dataDir = text(values, 'data-dir') ?? process.env.PA_DATA_DIR ?? 'data';
  const db = await openDatabase({
    url,
    dataDir: join(dataDir, 'pglite'),
    socketDir: dataDir,
    mustOwn: options.mustOwn,
    poolSize: options.poolSize,
  });
  if (options.migrate === false) return db;
  try {
    for (const failed of (await migrate(db)).filter((r) => r.status === 'failed'))
      options.warn?.(
        `${failed.schema}: migration ${failed.migration} failed: ${(failed.error as Error | undefined)?.message ?? 'unknown error'} (perfanalysis migrate says it again)`,
      );
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/** The tenant `--tenant` names (the default tenant without it), or a usage error that says how to list them. */
export async function tenantOption(db: Database, values: Values): Promise<TenantHandle> {
  const name = text(values, 'tenant') ?? DEFAULT_TENANT_NAME;
  const tenant = await tenantByName(db, name).catch(() => undefined);
  if (!tenant) throw new UsageError(`no tenant named "${name}" (see: perfanalysis tenant list)`);
  return tenantHandle(db, tenant);
}
