import { required } from '@perfanalysis/shared/cli-command';
import { collectorNamed, importFile } from '../import/import-file.js';
import type { Command } from './command.js';
import { DATABASE_HELP, DATABASE_OPTIONS, openConfiguredDatabase, tenantOption } from './database-options.js';
import { progressBar } from './progress-bar.js';

export const importPerformance: Command = {
  name: 'import-performance',
  summary: "import a host.csv, a pcc capture file or the original collector's JSON into a collector",
  usage: `perfanalysis import-performance --file FILE --collector-name NAME --site-name SITE

  --file FILE            host.csv from pcprocess (plain or gzip), a capture file (.json, .json.gz), or
                         the original collector's JSON (the user guide's example format, .json)
  --collector-name NAME  the collector to import into, created when missing
  --site-name SITE       its site
${DATABASE_HELP}

All or nothing: a bad row is reported with its line number and nothing of the file is stored.
Rows already stored (same collector and timestamp) are left as they are.`,
  options: {
    ...DATABASE_OPTIONS,
    file: { type: 'string' },
    'collector-name': { type: 'string' },
    'site-name': { type: 'string' },
  },
  async run(values, _positionals, io) {
    const file = required(values, 'file');
    const machineName = required(values, 'collector-name');
    const siteName = required(values, 'site-name');
    const db = await openConfiguredDatabase(values);
    try {
      const tenant = await tenantOption(db, values);
      const collector = await collectorNamed(tenant, machineName, siteName);
      const bar = progressBar('imported');
      const result = await importFile(tenant, collector.id, file, {
        onProgress: (done, total) => bar.update(done, total),
      }).finally(() => bar.done());
      if (values.json) io.out(JSON.stringify({ collector_id: collector.id, ...result }));
      else {
        io.out(
          `Imported ${result.rows} rows into ${machineName} (${collector.created ? 'new collector ' : ''}${collector.id}): ` +
            `${result.stored} stored, ${result.duplicates} already there`,
        );
        if (result.ignoredColumns.length > 0) io.err(`Ignored columns: ${result.ignoredColumns.join(', ')}`);
      }
      return 0;
    } finally {
      await db.close();
    }
  },
};
