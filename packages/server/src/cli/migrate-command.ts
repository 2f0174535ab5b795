import { migrate } from '@perfanalysis/storage';
import type { Command } from './command.js';
import { DATABASE_HELP, DATABASE_OPTIONS, openConfiguredDatabase } from './database-options.js';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'apply pending migrations to the control schema and every tenant schema',
  usage: `perfanalysis migrate\n\n${DATABASE_HELP}\n\nStarting the server migrates too; this is for deployments that migrate first.`,
  options: DATABASE_OPTIONS,
  async run(values, _positionals, io) {
    const db = await openConfiguredDatabase(values, { migrate: false });
    try {
      const results = await migrate(db);
      const failed = results.filter((r) => r.status !== 'applied');
      if (values.json)
        io.out(JSON.stringify(results.map(({ error, ...r }) => ({ ...r, error: error && String(error) }))));
      else if (results.length === 0) io.out('Up to date: nothing to apply.');
      else {
        for (const r of results)
          io.out(
            `${r.status.padEnd(12)} ${r.schema}  ${r.migration}${r.error ? `: ${String(r.error)}` : ''}`,
          );
      }
      return failed.length > 0 ? 1 : 0;
    } finally {
      await db.close();
    }
  },
};
