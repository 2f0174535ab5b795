import {
  ChartRenderers,
  checkTimeZone,
  comparisonOf,
  defaultTimeZone,
  PAPER_SIZES,
  type PaperSize,
  REPORT_FORMATS,
  type ReportFormat,
  type ReportModel,
  reportFromDatabase,
  reportFromFile,
  reportFromUpload,
  writeReport,
} from '@perfanalysis/report';
import { required, text, UsageError, type Values } from '@perfanalysis/shared/cli-command';
import { STATS, type Stat } from '@perfanalysis/shared/utilisation-compare';
import {
  type Collector,
  collectorRepository,
  isCollectorId,
  type RangeSpec,
  RELATIVE_RANGES,
  type TenantHandle,
  uploadRepository,
} from '@perfanalysis/storage';
import type { Command } from './command.js';
import { DATABASE_HELP, DATABASE_OPTIONS, openConfiguredDatabase, tenantOption } from './database-options.js';
import { progressBar } from './progress-bar.js';

export const reportCommand: Command = {
  name: 'report',
  summary: "write a collector's report (PNG charts, HTML, PDF), or a host.csv's",
  usage: `perfanalysis report (--collector NAME|ID | --from-csv FILE | --compare RUN,RUN,…) --out DIR [options]

  --collector NAME|ID  the collector (its machine name or id; see: perfanalysis collector list)
  --from-csv FILE      a host.csv (plain or .gz) or a pcc capture file (.json, .jsonl, .json.gz) instead:
                       no database, no server
  --compare RUNS       a comparison report of two runs or more, the first the baseline: collectors (NAME|ID,
                       over --range or --start/--end) or captures uploaded to one (NAME|ID~UPLOAD_ID)
  --align HOW          start (default: every run from its own t = 0) or clock, for --compare
  --stat STAT          p50, p90, p95 (default), p99, mean or max: what --compare's tables compare
  --range RANGE        ALL (default), 1H, 6H, 24H or 7D: the collector's last hour … of data, as on the dashboard
  --start TIME         from this time (ISO 8601), with --end instead of --range
  --end TIME           until this time (excluded)
  --out DIR            the folder to write (created; files of an earlier report there are replaced)
  --format LIST        png,html,pdf or some of them (default png,html)
  --paper SIZE         a4 (default) or letter, for the PDF
  --tz ZONE            the time zone of the report's times (an IANA name such as Europe/Berlin, or UTC; default:
                       this machine's), named on every chart

Writes cpu.png, memory.png, network.png, disk.png, summary.png, report.html and report.pdf (--compare:
compare.png, report.html and report.pdf). The PDF is
printed by a headless Chromium (Debian's chromium package, or CHROMIUM_PATH).
${DATABASE_HELP}`,
  options: {
    ...DATABASE_OPTIONS,
    collector: { type: 'string' },
    'from-csv': { type: 'string' },
    compare: { type: 'string' },
    align: { type: 'string' },
    stat: { type: 'string' },
    range: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    out: { type: 'string' },
    format: { type: 'string' },
    paper: { type: 'string' },
    tz: { type: 'string' },
  },
  async run(values, _positionals, io) {
    const out = required(values, 'out');
    const formats = formatsOption(text(values, 'format') ?? 'png,html');
    const paper = paperOption(text(values, 'paper') ?? 'a4');
    const timeZone = zoneOption(text(values, 'tz'));
    const file = text(values, 'from-csv');
    const collector = text(values, 'collector');
    const compare = text(values, 'compare');
    if ([file, collector, compare].filter((v) => v !== undefined).length !== 1)
      throw new UsageError('name one of --collector, --from-csv or --compare');
    const range = rangeOption(values);
    if (file !== undefined && range !== 'ALL')
      throw new UsageError(
        '--range, --start and --end apply to --collector; --from-csv reports the whole file',
      );
    if (compare === undefined && (values.align !== undefined || values.stat !== undefined))
      throw new UsageError('--align and --stat apply to --compare');
    if (compare !== undefined) {
      const model = comparisonOf(await modelsOfRuns(values, compare, range), {
        align: alignOption(text(values, 'align') ?? 'start'),
        stat: statOption(text(values, 'stat') ?? 'p95'),
        timeZone,
      });
      io.err(`Writing the comparison of ${model.runs.map((r) => r.label).join(', ')}…`);
      const written = await writeReport(model, out, {
        formats,
        paper,
        onFile: (name) => io.err(`  ${name}`),
      });
      if (values.json) io.out(JSON.stringify({ out, files: written, runs: model.runs.length }));
      else io.out(`Wrote ${written.join(', ')} to ${out}`);
      return 0;
    }
    // The chart renderers load their libraries while the model is made (on the other core).
    const renderers = new ChartRenderers();
    try {
      const model = {
        ...(file !== undefined
          ? await modelOfFile(file)
          : await modelOfCollector(values, collector ?? '', range)),
        timeZone,
      };
      io.err(
        `Writing the report of ${model.host.name} (${model.table.samples.toLocaleString('en')} samples)…`,
      );
      const written = await writeReport(model, out, {
        formats,
        paper,
        renderers,
        onFile: (name) => io.err(`  ${name}`),
      });
      if (values.json) io.out(JSON.stringify({ out, files: written, samples: model.table.samples }));
      else io.out(`Wrote ${written.join(', ')} to ${out}`);
      return 0;
    } finally {
      renderers.close();
    }
  },
};

async function modelOfFile(file: string): Promise<ReportModel> {
  const bar = progressBar('read');
  try {
    return await reportFromFile(file, (done, total) => bar.update(done, total));
  } finally {
    bar.done();
  }
}

/** A collector's report over a range, read from the configured database. */
async function modelOfCollector(values: Values, named: string, range: RangeSpec): Promise<ReportModel> {
  const db = await openConfiguredDatabase(values);
  try {
    const tenant = await tenantOption(db, values);
    return await reportFromDatabase(tenant, await findCollector(tenant, named), range);
  } finally {
    await db.close();
  }
}

/** The reports of --compare's runs: collectors over the range, or captures uploaded to one (NAME|ID~UPLOAD). */
async function modelsOfRuns(values: Values, list: string, range: RangeSpec): Promise<ReportModel[]> {
  const runs = list
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '');
  if (runs.length < 2) throw new UsageError(`--compare: "${list}" names fewer than two runs`);
  const db = await openConfiguredDatabase(values);
  try {
    const tenant = await tenantOption(db, values);
    const models: ReportModel[] = [];
    for (const run of runs) {
      const [named, uploadId] = run.split('~') as [string, string | undefined];
      const collector = await findCollector(tenant, named);
      if (uploadId === undefined) {
        models.push(await reportFromDatabase(tenant, collector, range));
        continue;
      }
      const upload = await uploadRepository(tenant).get(uploadId);
      if (!upload || upload.collectorId !== collector.id)
        throw new UsageError(
          `--compare: ${collector.machineName} has no upload ${uploadId} (its uploads are on its Files tab in the portal)`,
        );
      models.push(await reportFromUpload(tenant, collector, upload));
    }
    return models;
  } finally {
    await db.close();
  }
}

/** The collector by id or machine name (a name must be unique in the tenant). */
async function findCollector(tenant: TenantHandle, named: string): Promise<Collector> {
  const collectors = collectorRepository(tenant);
  let collector = isCollectorId(named) ? await collectors.get(named) : undefined;
  if (!collector) {
    const { collectors: all } = await collectors.list({ limit: 100_000 });
    const matches = all.filter((c) => c.machineName === named);
    if (matches.length > 1) {
      throw new UsageError(
        `${matches.length} collectors are named "${named}" (in sites ${matches.map((c) => c.siteName ?? '–').join(', ')}): give its id`,
      );
    }
    collector = matches[0];
  }
  if (!collector)
    throw new UsageError(
      `no collector "${named}" in tenant ${tenant.tenant.name} (see: perfanalysis collector list)`,
    );
  return collector;
}

function zoneOption(value: string | undefined): string {
  if (value === undefined) return defaultTimeZone();
  try {
    return checkTimeZone(value);
  } catch (error) {
    throw new UsageError(`--tz: ${(error as Error).message}`);
  }
}

function alignOption(value: string): 'start' | 'clock' {
  const align = value.toLowerCase();
  if (align !== 'start' && align !== 'clock')
    throw new UsageError(`--align: "${value}" is not start or clock`);
  return align;
}

function statOption(value: string): Stat {
  const stat = value.toLowerCase();
  if (!(STATS as readonly string[]).includes(stat))
    throw new UsageError(`--stat: "${value}" is not one of ${STATS.join(', ')}`);
  return stat as Stat;
}

function formatsOption(value: string): ReportFormat[] {
  const formats = value.split(',').map((f) => f.trim().toLowerCase());
  const unknown = formats.filter((f) => !(REPORT_FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0 || formats.length === 0)
    throw new UsageError(`--format: "${value}" is not a list of ${REPORT_FORMATS.join(', ')}`);
  return formats as ReportFormat[];
}

function paperOption(value: string): PaperSize {
  const paper = value.toLowerCase();
  if (!(PAPER_SIZES as readonly string[]).includes(paper))
    throw new UsageError(`--paper: "${value}" is not one of ${PAPER_SIZES.join(', ')}`);
  return paper as PaperSize;
}

function rangeOption(values: Values): RangeSpec {
  const range = text(values, 'range');
  const start = text(values, 'start');
  const end = text(values, 'end');
  if (start !== undefined || end !== undefined) {
    if (range !== undefined) throw new UsageError('give --range or --start and --end, not both');
    if (start === undefined || end === undefined) throw new UsageError('--start and --end go together');
    const from = new Date(start);
    const to = new Date(end);
    if (Number.isNaN(from.getTime())) throw new UsageError(`--start: "${start}" is not a date and time`);
    if (Number.isNaN(to.getTime())) throw new UsageError(`--end: "${end}" is not a date and time`);
    if (!(from < to)) throw new UsageError('--start must be before --end');
    return { from, to };
  }
  const relative = (range ?? 'ALL').toUpperCase();
  if (!(RELATIVE_RANGES as readonly string[]).includes(relative))
    throw new UsageError(`--range: "${range}" is not one of ${RELATIVE_RANGES.join(', ')}`);
  return relative as RangeSpec;
}
