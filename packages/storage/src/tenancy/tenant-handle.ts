import type { Queryable } from '../database/database.js';
import { InvalidNameError, UnknownTableError } from '../database/errors.js';
import { type QuotedName, qualify, quoteIdent } from '../database/identifiers.js';

/** A tenant, as the control schema records it. */
export interface Tenant {
  readonly id: number;
  readonly name: string;
  readonly schemaName: string;
  /** Samples older than this many days are deleted by applyRetention; null keeps them forever. */
  readonly retentionDays: number | null;
  readonly createdAt: Date;
  /** Its domains, the primary one first. */
  readonly domains: readonly string[];
}

/** Lower-case letters, digits, `_` and `-`, starting with a letter, at most 40 characters. */
export const TENANT_NAME_PATTERN = /^[a-z][a-z0-9_-]{0,39}$/;
const SCHEMA_NAME_PATTERN = /^tenant_[a-z][a-z0-9_]{0,39}$/;

export function assertTenantName(name: string): void {
  if (!TENANT_NAME_PATTERN.test(name)) {
    throw new InvalidNameError(
      `invalid tenant name ${JSON.stringify(name)}: use 1 to 40 lower-case letters, digits, "_" or "-", starting with a letter`,
    );
  }
}

/** The schema of a tenant: `tenant_` + its name with `-` as `_` (`acme-eu` → `tenant_acme_eu`). */
export function tenantSchemaName(name: string): string {
  assertTenantName(name);
  return `tenant_${name.replaceAll('-', '_')}`;
}

/** Every table a tenant schema has; a test holds this list equal to what the migrations create. */
export const TENANT_TABLES = [
  'schema_migrations',
  'sites',
  'collectors',
  'users',
  'samples',
  'sample_cpus',
  'sample_disks',
  'sample_nets',
  'sample_filesystems',
  'sample_temperatures',
  'sample_containers',
  'sample_device_names',
  'sample_rollups',
  'settings',
  'user_api_keys',
  'login_attempts',
  'sessions',
  'uploads',
  'upload_chunks',
  'benchmarks',
  'loadtests',
  'loadtest_runs',
  'runs',
  'list_versions',
] as const;
export type TenantTable = (typeof TENANT_TABLES)[number];
const KNOWN_TABLES: ReadonlySet<string> = new Set(TENANT_TABLES);

/**
 * The one way to reach a tenant's data: it holds the tenant's validated schema and names its tables.
 * Tenant-scoped SQL embeds only what `table()` returns, so a query cannot reach another tenant's schema.
 */
export interface TenantHandle extends Omit<Queryable, 'transaction'> {
  readonly tenant: Tenant;
  /** The quoted schema name, `"tenant_acme"`. */
  readonly schema: QuotedName;
  /** `"tenant_acme"."samples"`; throws UnknownTableError for a table the tenant schema does not have. */
  table(name: TenantTable): QuotedName;
  /** A transaction (a savepoint when already in one) whose handle names the same schema. */
  transaction<T>(fn: (tx: TenantHandle) => Promise<T>): Promise<T>;
}

export function tenantHandle(db: Queryable, tenant: Tenant): TenantHandle {
  if (!SCHEMA_NAME_PATTERN.test(tenant.schemaName)) {
    throw new InvalidNameError(`invalid tenant schema name ${JSON.stringify(tenant.schemaName)}`);
  }
  const schemaName = tenant.schemaName;
  return {
    tenant,
    schema: quoteIdent(schemaName),
    table(name: TenantTable): QuotedName {
      if (!KNOWN_TABLES.has(name)) throw new UnknownTableError(name);
      return qualify(schemaName, name);
    },
    query: (sql, params) => db.query(sql, params),
    execute: (sql, params) => db.execute(sql, params),
    exec: (sql) => db.exec(sql),
    copyFrom: (table, columns, chunks) => db.copyFrom(table, columns, chunks),
    copyFromBinary: (table, columns, data) => db.copyFromBinary(table, columns, data),
    transaction: (fn) => db.transaction((tx) => fn(tenantHandle(tx, tenant))),
  };
}
