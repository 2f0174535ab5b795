import type { Queryable } from '../database/database.js';
import { ConflictError, InvalidNameError } from '../database/errors.js';
import { quoteIdent } from '../database/identifiers.js';
import { applyTenantMigrations, lockMigrations } from '../database/migration-runner.js';
import { controlTable } from './control-schema.js';
import { assertTenantName, type Tenant, tenantSchemaName } from './tenant-handle.js';

export const DEFAULT_TENANT_NAME = 'default';
export const DEFAULT_TENANT_DOMAIN = 'localhost';

export interface CreateTenantInput {
  readonly name: string;
  /** Host names that lead to this tenant; the first is its primary domain. */
  readonly domains?: readonly string[] | undefined;
  readonly retentionDays?: number | null | undefined;
}

const DOMAIN_PATTERN =
  /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

function normalizeDomain(domain: string): string {
  const lower = domain.trim().toLowerCase().replace(/\.$/, '');
  if (!DOMAIN_PATTERN.test(lower)) throw new InvalidNameError(`invalid domain ${JSON.stringify(domain)}`);
  return lower;
}

function assertRetention(days: number | null): void {
  if (days !== null && !(Number.isInteger(days) && days > 0 && days <= 1_000_000)) {
    throw new InvalidNameError(`retention must be a whole number of days above 0, not ${days}`);
  }
}

const TENANT_COLUMNS = `t.id, t.name, t.schema_name, t.retention_days, t.created_at,
  coalesce((SELECT array_agg(d.domain ORDER BY d.is_primary DESC, d.domain)
            FROM ${controlTable('domains')} d WHERE d.tenant_id = t.id), '{}') AS domains`;

interface TenantRow {
  id: number;
  name: string;
  schema_name: string;
  retention_days: number | null;
  created_at: Date;
  domains: string[];
}

const toTenant = (row: TenantRow): Tenant => ({
  id: row.id,
  name: row.name,
  schemaName: row.schema_name,
  retentionDays: row.retention_days,
  createdAt: row.created_at,
  domains: row.domains,
});

async function selectTenants(db: Queryable, where: string, params: readonly unknown[]): Promise<Tenant[]> {
  const rows = await db.query<TenantRow>(
    `SELECT ${TENANT_COLUMNS} FROM ${controlTable('tenants')} t ${where} ORDER BY t.name`,
    params,
  );
  return rows.map(toTenant);
}

export function listTenants(db: Queryable): Promise<Tenant[]> {
  return selectTenants(db, '', []);
}

export async function tenantByName(db: Queryable, name: string): Promise<Tenant | undefined> {
  return (await selectTenants(db, 'WHERE t.name = $1', [name]))[0];
}

/**
 * The tenant a request's Host header leads to. The port and a trailing dot are ignored, case too. Policy:
 * 1. a registered domain leads to its tenant (`localhost` → default, `perf.acme.com` → acme);
 * 2. otherwise `NAME.REST`, where REST is a registered domain, leads to the tenant named NAME
 *    (`acme.localhost`, `acme.perf.example.com` when `perf.example.com` is registered);
 * 3. anything else leads nowhere (undefined).
 */
export async function tenantByDomain(db: Queryable, host: string): Promise<Tenant | undefined> {
  const name = hostName(host);
  if (name === undefined) return undefined;
  const exact = await selectTenants(
    db,
    `WHERE t.id = (SELECT tenant_id FROM ${controlTable('domains')} WHERE domain = $1)`,
    [name],
  );
  if (exact[0] !== undefined) return exact[0];
  const dot = name.indexOf('.');
  if (dot <= 0) return undefined;
  const [tenant] = await selectTenants(
    db,
    `WHERE t.name = $1 AND EXISTS (SELECT 1 FROM ${controlTable('domains')} WHERE domain = $2)`,
    [name.slice(0, dot), name.slice(dot + 1)],
  );
  return tenant;
}

/** `Acme.Example.com.:8000` → `acme.example.com`; `[::1]:8000` → `::1`. */
function hostName(host: string): string | undefined {
  let name = host.trim().toLowerCase();
  if (name.startsWith('[')) {
    const end = name.indexOf(']');
    return end > 1 ? name.slice(1, end) : undefined;
  }
  const colon = name.indexOf(':');
  if (colon >= 0) {
    if (name.indexOf(':', colon + 1) >= 0) return name; // a bare IPv6 address
    name = name.slice(0, colon);
  }
  name = name.replace(/\.$/, '');
  return name === '' ? undefined : name;
}

/**
 * Creates a tenant, its domains and its schema, and migrates the schema: all in one transaction, under the
 * migration lock. Throws InvalidNameError for a bad name, domain or retention, ConflictError when the name,
 * its schema or a domain is taken.
 */
export async function createTenant(db: Queryable, input: CreateTenantInput): Promise<Tenant> {
  const schemaName = tenantSchemaName(input.name);
  const domains = [...new Set((input.domains ?? []).map(normalizeDomain))];
  const retentionDays = input.retentionDays ?? null;
  assertRetention(retentionDays);
  return db.transaction(async (tx) => {
    await lockMigrations(tx);
    const [taken] = await tx.query<{ name: string }>(
      `SELECT name FROM ${controlTable('tenants')} WHERE name = $1 OR schema_name = $2`,
      [input.name, schemaName],
    );
    if (taken !== undefined) throw new ConflictError(`tenant ${JSON.stringify(taken.name)} already exists`);
    const [domainTaken] = await tx.query<{ domain: string }>(
      `SELECT domain FROM ${controlTable('domains')} WHERE domain = ANY($1::text[])`,
      [domains],
    );
    if (domainTaken !== undefined) {
      throw new ConflictError(`domain ${JSON.stringify(domainTaken.domain)} already belongs to a tenant`);
    }
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO ${controlTable('tenants')} (name, schema_name, retention_days) VALUES ($1, $2, $3) RETURNING id`,
      [input.name, schemaName, retentionDays],
    );
    if (row === undefined) throw new Error('INSERT … RETURNING returned no row');
    for (const [i, domain] of domains.entries()) {
      await tx.query(
        `INSERT INTO ${controlTable('domains')} (domain, tenant_id, is_primary) VALUES ($1, $2, $3)`,
        [domain, row.id, i === 0],
      );
    }
    const [tenant] = await selectTenants(tx, 'WHERE t.id = $1', [row.id]);
    if (tenant === undefined) throw new Error('the new tenant is not visible in its own transaction');
    await applyTenantMigrations(tx, tenant);
    return tenant;
  });
}

/** Sets (or with null, clears) a tenant's retention; undefined when there is no such tenant. */
export async function setTenantRetention(
  db: Queryable,
  name: string,
  retentionDays: number | null,
): Promise<Tenant | undefined> {
  assertTenantName(name);
  assertRetention(retentionDays);
  const updated = await db.execute(
    `UPDATE ${controlTable('tenants')} SET retention_days = $2 WHERE name = $1`,
    [name, retentionDays],
  );
  return updated === 0 ? undefined : tenantByName(db, name);
}

/**
 * Adds domains to a tenant and removes others, in one transaction; undefined when there is no such tenant.
 * ConflictError when a domain to add belongs to another tenant; adding one it has, or removing one it has not,
 * changes nothing. When its primary domain goes, the first of the others (alphabetically) becomes primary.
 */
export async function changeTenantDomains(
  db: Queryable,
  name: string,
  change: { readonly add?: readonly string[]; readonly remove?: readonly string[] },
): Promise<Tenant | undefined> {
  assertTenantName(name);
  const add = [...new Set((change.add ?? []).map(normalizeDomain))];
  const remove = [...new Set((change.remove ?? []).map(normalizeDomain))];
  return db.transaction(async (tx) => {
    const tenant = await tenantByName(tx, name);
    if (tenant === undefined) return undefined;
    const domains = controlTable('domains');
    await tx.execute(`DELETE FROM ${domains} WHERE tenant_id = $1 AND domain = ANY($2::text[])`, [
      tenant.id,
      remove,
    ]);
    for (const domain of add) {
      const [owner] = await tx.query<{ tenant_id: number }>(
        `INSERT INTO ${domains} (domain, tenant_id, is_primary) VALUES ($1, $2, false)
         ON CONFLICT (domain) DO UPDATE SET domain = excluded.domain RETURNING tenant_id`,
        [domain, tenant.id],
      );
      if (owner?.tenant_id !== tenant.id) {
        throw new ConflictError(`domain ${JSON.stringify(domain)} already belongs to another tenant`);
      }
    }
    await tx.execute(
      `UPDATE ${domains} SET is_primary = (domain = (SELECT min(domain) FROM ${domains} WHERE tenant_id = $1))
       WHERE tenant_id = $1 AND NOT EXISTS (SELECT 1 FROM ${domains} WHERE tenant_id = $1 AND is_primary)`,
      [tenant.id],
    );
    return tenantByName(tx, name);
  });
}

/** Inserts the default tenant (and its domain localhost) when absent. Call under the migration lock. */
export async function ensureDefaultTenant(tx: Queryable): Promise<void> {
  const [created] = await tx.query<{ id: number }>(
    `INSERT INTO ${controlTable('tenants')} (name, schema_name) VALUES ($1, $2)
     ON CONFLICT (name) DO NOTHING RETURNING id`,
    [DEFAULT_TENANT_NAME, tenantSchemaName(DEFAULT_TENANT_NAME)],
  );
  if (created === undefined) return;
  await tx.query(
    `INSERT INTO ${controlTable('domains')} (domain, tenant_id, is_primary) VALUES ($1, $2, true)
     ON CONFLICT (domain) DO NOTHING`,
    [DEFAULT_TENANT_DOMAIN, created.id],
  );
}

/**
 * Removes a tenant: its schema with everything in it, its domains and its row, in one transaction under the
 * migration lock. False when there is no such tenant; the default tenant cannot be removed (InvalidNameError).
 */
export async function dropTenant(db: Queryable, name: string): Promise<boolean> {
  if (name === DEFAULT_TENANT_NAME) throw new InvalidNameError('the default tenant cannot be removed');
  return db.transaction(async (tx) => {
    await lockMigrations(tx);
    const [row] = await tx.query<{ id: number; schema_name: string }>(
      `SELECT id, schema_name FROM ${controlTable('tenants')} WHERE name = $1`,
      [name],
    );
    if (row === undefined) return false;
    await tx.exec(`DROP SCHEMA IF EXISTS ${quoteIdent(row.schema_name)} CASCADE`);
    await tx.execute(`DELETE FROM ${controlTable('tenants')} WHERE id = $1`, [row.id]);
    return true;
  });
}
