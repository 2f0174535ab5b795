import { formatTable } from '@perfanalysis/shared';
import { UsageError } from '@perfanalysis/shared/cli-command';
import {
  changeTenantDomains,
  createTenant,
  listTenants,
  setTenantRetention,
  type Tenant,
} from '@perfanalysis/storage';
import type { Command } from './command.js';
import { DATABASE_HELP, DATABASE_OPTIONS, openConfiguredDatabase } from './database-options.js';

export const tenantCreate: Command = {
  name: 'tenant create',
  summary: 'create a tenant: its own schema, reached through its domains',
  usage: `perfanalysis tenant create NAME [--domain HOST]... [--retention-days N]

  NAME                 lower-case letters, digits, "_" and "-"; its schema is tenant_NAME
  --domain HOST        a host name that leads to this tenant (repeatable; default: NAME.localhost)
  --retention-days N   delete samples older than N days (default: keep them)
${DATABASE_HELP}`,
  options: {
    ...DATABASE_OPTIONS,
    domain: { type: 'string', multiple: true },
    'retention-days': { type: 'string' },
  },
  async run(values, positionals, io) {
    const [name, ...rest] = positionals;
    if (!name || rest.length > 0) throw new UsageError('give exactly one tenant name');
    const days = values['retention-days'];
    const retentionDays = typeof days === 'string' ? Number(days) : null;
    const domains = (values.domain as string[] | undefined) ?? [`${name}.localhost`];
    const db = await openConfiguredDatabase(values);
    try {
      const tenant = await createTenant(db, { name, domains, retentionDays });
      io.out(values.json ? JSON.stringify(tenant) : `Created ${describe(tenant)}`);
      if (!values.json)
        io.out(
          `Its first admin: perfanalysis user create --tenant ${tenant.name} --role admin --username NAME, or the setup link perfanalysis serve prints`,
        );
      return 0;
    } finally {
      await db.close();
    }
  },
};

export const tenantList: Command = {
  name: 'tenant list',
  summary: 'list the tenants and their domains',
  usage: `perfanalysis tenant list\n\n${DATABASE_HELP}`,
  options: DATABASE_OPTIONS,
  async run(values, _positionals, io) {
    const db = await openConfiguredDatabase(values);
    try {
      const tenants = await listTenants(db);
      if (values.json) io.out(JSON.stringify(tenants));
      else {
        const rows = tenants.map((t) => [
          t.name,
          t.schemaName,
          t.domains.join(', '),
          t.retentionDays?.toString() ?? '-',
        ]);
        io.out(formatTable(['NAME', 'SCHEMA', 'DOMAINS', 'RETENTION DAYS'], rows));
      }
      return 0;
    } finally {
      await db.close();
    }
  },
};

export const tenantUpdate: Command = {
  name: 'tenant update',
  summary: "change a tenant's domains or retention",
  usage: `perfanalysis tenant update NAME [--add-domain HOST]... [--remove-domain HOST]... [--retention-days N|none]

  --add-domain HOST    a host name that leads to this tenant from now on, such as the portal's DNS name
                       (repeatable)
  --remove-domain HOST one that no longer does (repeatable)
  --retention-days N   delete samples older than N days; none keeps them
${DATABASE_HELP}`,
  options: {
    ...DATABASE_OPTIONS,
    'add-domain': { type: 'string', multiple: true },
    'remove-domain': { type: 'string', multiple: true },
    'retention-days': { type: 'string' },
  },
  async run(values, positionals, io) {
    const [name, ...rest] = positionals;
    if (!name || rest.length > 0) throw new UsageError('give exactly one tenant name');
    const add = (values['add-domain'] as string[] | undefined) ?? [];
    const remove = (values['remove-domain'] as string[] | undefined) ?? [];
    const days = values['retention-days'];
    if (add.length + remove.length === 0 && typeof days !== 'string')
      throw new UsageError('nothing to change: give --add-domain, --remove-domain or --retention-days');
    const db = await openConfiguredDatabase(values);
    try {
      const tenant = await db.transaction(async (tx) => {
        const changed = await changeTenantDomains(tx, name, { add, remove });
        if (changed === undefined || typeof days !== 'string') return changed;
        return setTenantRetention(tx, name, days === 'none' ? null : Number(days));
      });
      if (tenant === undefined) {
        io.err(
          `perfanalysis tenant update: no tenant ${JSON.stringify(name)} (see perfanalysis tenant list)`,
        );
        return 1;
      }
      io.out(values.json ? JSON.stringify(tenant) : `Updated ${describe(tenant)}`);
      return 0;
    } finally {
      await db.close();
    }
  },
};

function describe(tenant: Tenant): string {
  const retention = tenant.retentionDays === null ? 'kept' : `kept ${tenant.retentionDays} days`;
  return `tenant ${tenant.name} (schema ${tenant.schemaName}), reached at ${tenant.domains.join(', ') || 'no domain'}; samples ${retention}`;
}
