import { formatTable } from '@perfanalysis/shared';
import { required, text } from '@perfanalysis/shared/cli-command';
import { collectorRepository } from '@perfanalysis/storage';
import { qualifiedKey } from '../credentials.js';
import type { Command } from './command.js';
import { DATABASE_HELP, DATABASE_OPTIONS, openConfiguredDatabase, tenantOption } from './database-options.js';

export const collectorCreate: Command = {
  name: 'collector create',
  summary: 'create a collector (a monitored server) and print its id and API key',
  usage: `perfanalysis collector create --machine-name NAME --site-name SITE [--platform TEXT]

  --machine-name NAME  the server's name, e.g. web-01
  --site-name SITE     a logical group, e.g. "Azure Benchmark" (created when new)
  --platform TEXT      e.g. "Linux Server"
${DATABASE_HELP}

The API key is shown once: give it to pcc (--apikey or PCC_APIKEY).`,
  options: {
    ...DATABASE_OPTIONS,
    'machine-name': { type: 'string' },
    'site-name': { type: 'string' },
    platform: { type: 'string' },
  },
  async run(values, _positionals, io) {
    const machineName = required(values, 'machine-name');
    const siteName = required(values, 'site-name');
    const db = await openConfiguredDatabase(values);
    try {
      const tenant = await tenantOption(db, values);
      const { collector, apiKey } = await collectorRepository(tenant).create({
        machineName,
        siteName,
        platform: text(values, 'platform') ?? null,
      });
      const key = qualifiedKey(tenant.tenant.name, apiKey);
      if (values.json)
        io.out(
          JSON.stringify({ id: collector.id, machine_name: machineName, site_name: siteName, api_key: key }),
        );
      else {
        io.out(`Created collector ${machineName} (site ${siteName})`);
        io.out(`  id:      ${collector.id}`);
        io.out(`  API key: ${key}   (shown once)`);
        io.out(
          `Start it on the server with: pcc --server http://<this-host>:8080 --apikey ${key} --interval 60 --daemon`,
        );
      }
      return 0;
    } finally {
      await db.close();
    }
  },
};

export const collectorList: Command = {
  name: 'collector list',
  summary: 'list the collectors of a tenant',
  usage: `perfanalysis collector list [--site-name SITE]\n\n${DATABASE_HELP}`,
  options: { ...DATABASE_OPTIONS, 'site-name': { type: 'string' } },
  async run(values, _positionals, io) {
    const db = await openConfiguredDatabase(values);
    try {
      const tenant = await tenantOption(db, values);
      const { collectors, total } = await collectorRepository(tenant).list({
        site: text(values, 'site-name'),
        limit: 10_000,
      });
      if (values.json) io.out(JSON.stringify({ count: total, results: collectors }));
      else {
        const rows = collectors.map((c) => [
          c.id,
          c.machineName,
          c.siteName ?? '-',
          c.platform ?? '-',
          c.lastSeenAt?.toISOString() ?? 'never',
          `${c.apiKeyPrefix}…`,
        ]);
        io.out(formatTable(['ID', 'MACHINE', 'SITE', 'PLATFORM', 'LAST SEEN', 'KEY'], rows));
      }
      return 0;
    } finally {
      await db.close();
    }
  },
};
