import { randomUUID } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { text, UsageError, type Values } from '@perfanalysis/shared/cli-command';
import { STATS } from '@perfanalysis/shared/utilisation-compare';
import { type ApiClient, PcctlError } from './api-client.js';
import { collectorId } from './collector-id.js';
import { COMMON_HELP, COMMON_OPTIONS, type Command } from './command.js';
import { connect } from './connect.js';

const FORMATS = ['html', 'pdf', 'png'];
const RANGES = ['ALL', '1H', '6H', '24H', '7D'];
/** A report is made on the server (a PDF by a headless browser): longer than an API call. */
const REPORT_TIMEOUT_MS = 300_000;

/** One of `allowed` (any case), or a UsageError naming the option. */
function oneOf(values: Values, name: string, allowed: readonly string[]): string | undefined {
  const value = text(values, name);
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (found === undefined) throw new UsageError(`--${name}: "${value}" is not one of ${allowed.join(', ')}`);
  return found;
}

/** A run: COLLECTOR or COLLECTOR~UPLOAD_ID, the collector by id or name. */
async function runId(api: ApiClient, run: string): Promise<string> {
  const [named = '', upload] = run.split('~');
  const id = await collectorId(api, named);
  return upload === undefined ? id : `${id}~${upload}`;
}

/** Where the file goes: --out as a file, into --out when it is a folder, else the server's name here. */
async function targetOf(out: string | undefined, filename: string): Promise<string> {
  if (out === undefined) return filename;
  const info = await stat(out).catch(() => undefined);
  return info?.isDirectory() ? join(out, filename) : out;
}

export const reportCommand: Command = {
  name: 'report',
  usage: `pcctl report (--collector NAME|ID | --compare RUN,RUN,…) [options]

The report the portal's Download report makes, fetched from the server: one collector's, or the comparison of
two runs or more (the first the baseline).

  --collector NAME|ID  the collector (its machine name or id)
  --compare RUNS       collectors (NAME|ID), or captures uploaded to one (NAME|ID~UPLOAD_ID), comma-separated
  --range RANGE        ALL (default), 1H, 6H, 24H or 7D: the collector's last hour … of data
  --start TIME         from this time (ISO 8601), with --end instead of --range
  --end TIME           until this time (excluded)
  --align HOW          start (default, every run from t = 0) or clock, for --compare
  --stat STAT          ${STATS.join(', ')} (default p95): what --compare's tables compare
  --format FORMAT      html (default), pdf, or png (the PNG charts in a zip)
  --paper SIZE         a4 (default) or letter, for the PDF
  --tz ZONE            the time zone of the report's times (an IANA name; default: this machine's)
  --out PATH           the file to write, or a folder to write it into (default: the server's file name, here)
${COMMON_HELP}`,
  options: {
    ...COMMON_OPTIONS,
    collector: { type: 'string' },
    compare: { type: 'string' },
    range: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    align: { type: 'string' },
    stat: { type: 'string' },
    format: { type: 'string' },
    paper: { type: 'string' },
    tz: { type: 'string' },
    out: { type: 'string' },
  },
  positionals: [],
  async run(values, _positionals, io) {
    const collector = text(values, 'collector');
    const compare = text(values, 'compare');
    if ((collector === undefined) === (compare === undefined))
      throw new UsageError('name one of --collector or --compare');
    const runs = (compare ?? collector ?? '')
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean);
    if (compare !== undefined && runs.length < 2)
      throw new UsageError(`--compare: "${compare}" names fewer than two runs`);
    if (compare === undefined && (values.align !== undefined || values.stat !== undefined))
      throw new UsageError('--align and --stat apply to --compare');
    const start = text(values, 'start');
    const end = text(values, 'end');
    if ((start === undefined) !== (end === undefined)) throw new UsageError('--start and --end go together');
    if (start !== undefined && values.range !== undefined)
      throw new UsageError('give --range or --start and --end, not both');
    for (const [name, value] of [
      ['start', start],
      ['end', end],
    ] as const)
      if (value !== undefined && Number.isNaN(Date.parse(value)))
        throw new UsageError(`--${name}: "${value}" is not a date and time`);
    const query = new URLSearchParams({
      format: oneOf(values, 'format', FORMATS) ?? 'html',
      tz: text(values, 'tz') ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    for (const [name, allowed] of [
      ['range', RANGES],
      ['align', ['start', 'clock']],
      ['stat', STATS],
      ['paper', ['a4', 'letter']],
    ] as const) {
      const value = oneOf(values, name, allowed);
      if (value !== undefined) query.set(name, value);
    }
    if (start !== undefined && end !== undefined) {
      query.set('start', new Date(start).toISOString());
      query.set('end', new Date(end).toISOString());
    }
    const api = await connect(values, io);
    const ids: string[] = [];
    for (const run of runs) ids.push(await runId(api, run));
    query.set('runs', ids.join(','));
    const { body, filename } = await api.download(`/api/v1/reports/?${query}`, REPORT_TIMEOUT_MS);
    const target = await targetOf(text(values, 'out'), filename ?? `report.${query.get('format')}`);
    // Written beside and renamed: an interrupted write leaves no partial file under the report's name.
    const partial = join(dirname(target), `.${basename(target)}.${randomUUID().slice(0, 8)}.part`);
    try {
      await writeFile(partial, body);
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw new PcctlError(`cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? error}`);
    }
    if (values.json) io.out(JSON.stringify({ file: target, bytes: body.length }));
    else io.out(`Wrote ${target} (${body.length.toLocaleString('en')} bytes)`);
    return 0;
  },
};
