import { createTenant, listTenants } from '@perfanalysis/storage';
import { type Command, table, UsageError } from './command.js';
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
      if (values.json) io.out(JSON.stringify(tenant));
      else
        io.out(
          `Created tenant ${tenant.name} (schema ${tenant.schemaName}), reached at ${tenant.domains.join(', ')}`,
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
        io.out(table(['NAME', 'SCHEMA', 'DOMAINS', 'RETENTION DAYS'], rows));
      }
      return 0;
    } finally {
      await db.close();
    }
  },
};
