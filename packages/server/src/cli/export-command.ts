import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { required, text, UsageError } from '@perfanalysis/shared/cli-command';
import { collectorRepository, isCollectorId } from '@perfanalysis/storage';
import { hostCsvChunks } from '../export/host-csv-export.js';
import type { Command } from './command.js';
import { DATABASE_HELP, DATABASE_OPTIONS, openConfiguredDatabase, tenantOption } from './database-options.js';

export const exportCollectorData: Command = {
  name: 'export-collector-data',
  summary: "write a collector's samples to a host.csv file",
  usage: `perfanalysis export-collector-data --collector-id ID --output FILE [--start-date DATE] [--end-date DATE]

  --collector-id ID    the collector (see: perfanalysis collector list)
  --output FILE        the host.csv to write
  --start-date DATE    from this date or time (ISO 8601, e.g. 2024-01-01), included
  --end-date DATE      until this date or time; a bare date includes that whole day
${DATABASE_HELP}`,
  options: {
    ...DATABASE_OPTIONS,
    'collector-id': { type: 'string' },
    output: { type: 'string' },
    'start-date': { type: 'string' },
    'end-date': { type: 'string' },
  },
  async run(values, _positionals, io) {
    const id = required(values, 'collector-id');
    const output = required(values, 'output');
    const from = dateOption(text(values, 'start-date'), 'start-date', false);
    const to = dateOption(text(values, 'end-date'), 'end-date', true);
    if (!isCollectorId(id)) throw new UsageError(`--collector-id: "${id}" is not a collector id`);
    const db = await openConfiguredDatabase(values);
    const temporary = `${output}.${process.pid}.tmp`;
    try {
      const tenant = await tenantOption(db, values);
      const collector = await collectorRepository(tenant).get(id);
      if (!collector) throw new UsageError(`no collector ${id} in tenant ${tenant.tenant.name}`);
      let rows = -1;
      const counted = async function* (): AsyncGenerator<string> {
        for await (const chunk of hostCsvChunks(tenant, id, from, to)) {
          for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) rows += 1;
          yield chunk;
        }
      };
      await pipeline(Readable.from(counted()), createWriteStream(temporary));
      await rename(temporary, output);
      if (values.json) io.out(JSON.stringify({ collector_id: id, rows, output }));
      else io.out(`Wrote ${rows} rows of ${collector.machineName} to ${output}`);
      return 0;
    } finally {
      await rm(temporary, { force: true });
      await db.close();
    }
  },
};

/** An ISO date or date-time; a bare end date means the end of that day (the next midnight, excluded). */
function dateOption(value: string | undefined, name: string, endOfDay: boolean): Date | undefined {
  if (value === undefined) return undefined;
  const bareDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const ms = Date.parse(bareDate ? `${value}T00:00:00Z` : value);
  if (!Number.isFinite(ms)) throw new UsageError(`--${name}: "${value}" is not a date (use e.g. 2024-01-31)`);
  return new Date(bareDate && endOfDay ? ms + 86_400_000 : ms);
}
