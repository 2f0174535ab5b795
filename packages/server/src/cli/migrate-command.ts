import type { Values } from '@perfanalysis/shared/cli-command';
import { type Database, migrate, migrationStatus } from '@perfanalysis/storage';
import type { Command, Io } from './command.js';
import { DATABASE_HELP, DATABASE_OPTIONS, openConfiguredDatabase } from './database-options.js';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'apply pending migrations to the control schema and every tenant schema',
  usage: `perfanalysis migrate [--list]

  --list               show each schema's migrations, applied ([X], with when) or pending ([ ]), and change
                       nothing (the seeds' showmigrations)
${DATABASE_HELP}

Starting the server migrates too; this is for deployments that migrate first.`,
  options: { ...DATABASE_OPTIONS, list: { type: 'boolean' } },
  async run(values, _positionals, io) {
    const db = await openConfiguredDatabase(values, { migrate: false });
    try {
      if (values.list) return await list(db, values, io);
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

/** Applied and pending migrations per schema; exits 0 either way (a listing, not a check). */
async function list(db: Database, values: Values, io: Io): Promise<number> {
  const states = await migrationStatus(db);
  if (values.json) {
    io.out(JSON.stringify(states.map((s) => ({ ...s, appliedAt: s.appliedAt?.toISOString() ?? null }))));
    return 0;
  }
  let schema: string | undefined;
  for (const state of states) {
    if (state.schema !== schema) {
      schema = state.schema;
      io.out(schema);
    }
    const when = state.appliedAt
      ? `  (${state.appliedAt.toISOString().slice(0, 19).replace('T', ' ')} UTC)`
      : '';
    io.out(` [${state.appliedAt ? 'X' : ' '}] ${state.migration}${when}`);
  }
  const pending = states.filter((s) => s.appliedAt === null).length;
  io.out(pending === 0 ? 'Up to date.' : `${pending} pending: perfanalysis migrate applies them.`);
  return 0;
}
