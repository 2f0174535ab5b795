import { readFile } from 'node:fs/promises';
import { formatTable, type LoadTestRun } from '@perfanalysis/shared';
import type { ApiAnswer } from '@perfanalysis/shared/api-answers';
import { text, UsageError, type Values } from '@perfanalysis/shared/cli-command';
import { type ApiClient, PcctlError } from './api-client.js';
import { collectorId, listQuery } from './collector-id.js';
import { COMMON_HELP, COMMON_OPTIONS, type Command } from './command.js';
import { connect } from './connect.js';

type RunOut = ApiAnswer<'getLoadTestRun'>;
type CompareOut = ApiAnswer<'compareLoadTests'>;

const number = (value: number): string => Math.round(value).toLocaleString('en-US');
const COLLECTOR_HELP = '  --collector C        a collector, by id or machine name';

/** The collector a result file goes to: --collector, else the one named as the host the file was made on. */
async function uploadTarget(api: ApiClient, values: Values, hostname: string): Promise<string> {
  return collectorId(api, text(values, 'collector') ?? hostname);
}

/** A result file pcc wrote: its JSON, or a PcctlError naming the file. */
export async function readResultFile<T>(path: string, has: string): Promise<T> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== undefined) throw error;
    throw new PcctlError(`${path}: not JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || !(has in parsed))
    throw new PcctlError(`${path}: not a result that pcc wrote (no "${has}")`);
  return parsed as T;
}

const loadtestList: Command = {
  name: 'loadtest list',
  usage: `pcctl loadtest list [--collector C] [--name TEST] [--json]

${COLLECTOR_HELP}
  --name TEST          only the runs of this test
${COMMON_HELP}`,
  options: { ...COMMON_OPTIONS, collector: { type: 'string' }, name: { type: 'string' } },
  positionals: [],
  async run(values, _positionals, io) {
    const api = await connect(values, io);
    const query = await listQuery(api, { collector: text(values, 'collector'), name: text(values, 'name') });
    const page = await api.request<ApiAnswer<'listLoadTestRuns'>>('GET', `/api/v1/loadtest/runs/?${query}`);
    if (values.json) {
      io.out(JSON.stringify(page));
      return 0;
    }
    if (page.results.length === 0) {
      io.out('No load-test runs yet: run pcc loadtest on a server.');
      return 0;
    }
    io.out(
      formatTable(
        ['ID', 'HOST', 'TEST', 'WORK UNIT', 'THREADS', 'LEVELS', 'UNITS/S AT TOP', 'STARTED'],
        page.results.map((r) => {
          const top = [...r.steps].sort((a, b) => b.target_pct - a.target_pct)[0];
          return [
            String(r.id),
            r.hostname,
            r.name,
            `${r.work_unit.name} v${r.work_unit.version}`,
            String(r.threads),
            r.levels.join(','),
            top === undefined ? '-' : `${number(top.units_per_s)} at ${top.target_pct} %`,
            r.started_at,
          ];
        }),
      ),
    );
    return 0;
  },
};

const loadtestShow: Command = {
  name: 'loadtest show',
  usage: `pcctl loadtest show ID [--json]\n\n${COMMON_HELP}`,
  options: COMMON_OPTIONS,
  positionals: ['ID'],
  async run(values, [id = ''], io) {
    if (!/^\d+$/.test(id)) throw new UsageError(`ID: "${id}" is not a run id (see pcctl loadtest list)`);
    const api = await connect(values, io);
    const r = await api.request<RunOut>('GET', `/api/v1/loadtest/runs/${id}/`);
    if (values.json) {
      io.out(JSON.stringify(r));
      return 0;
    }
    io.out(`Load test ${r.id}: ${r.name} on ${r.hostname} (collector ${r.collector_id})`);
    io.out(
      `  work unit  ${r.work_unit.name} v${r.work_unit.version}; ${r.threads} threads; ${r.step_duration_s} s per level`,
    );
    io.out(`  machine    ${r.cpu_model || 'CPU model unknown'}, ${r.cpu_count} CPUs, kernel ${r.kernel}`);
    io.out(`  ran        ${r.started_at} to ${r.ended_at}`);
    io.out('');
    io.out(
      formatTable(
        ['TARGET %', 'HOST %', 'PCC %', 'STEAL %', 'UNITS/S', 'PER THREAD'],
        r.steps.map((s) => [
          String(s.target_pct),
          s.achieved_pct.toFixed(1),
          s.own_pct.toFixed(1),
          s.steal_pct.toFixed(1),
          number(s.units_per_s),
          number(s.units_per_s / r.threads),
        ]),
      ),
    );
    return 0;
  },
};

const loadtestCompare: Command = {
  name: 'loadtest compare',
  usage: `pcctl loadtest compare --collectors C,C,… [--name TEST] [--work-unit-version N] [--json]

  --collectors C,C,…   the collectors, by id or machine name
  --name TEST          the test (needed when they have results of several)
  --work-unit-version N  the work unit's version (needed when the test has results of several)
${COMMON_HELP}

Units per second at each level, the mean of the runs shown; different tests or versions are never averaged.`,
  options: {
    ...COMMON_OPTIONS,
    collectors: { type: 'string' },
    name: { type: 'string' },
    'work-unit-version': { type: 'string' },
  },
  positionals: [],
  async run(values, _positionals, io) {
    const named = text(values, 'collectors')?.split(',').filter(Boolean) ?? [];
    if (named.length === 0) throw new UsageError('--collectors is required');
    const version = text(values, 'work-unit-version');
    if (version !== undefined && !/^[1-9]\d*$/.test(version))
      throw new UsageError(`--work-unit-version: "${version}" is not a version number`);
    const api = await connect(values, io);
    const body: Record<string, unknown> = {
      collector_ids: await Promise.all(named.map((c) => collectorId(api, c))),
    };
    const name = text(values, 'name');
    if (name !== undefined) body.name = name;
    if (version !== undefined) body.work_unit_version = Number(version);
    const result = await api.request<CompareOut>('POST', '/api/v1/loadtest/compare/', body);
    if (values.json) {
      io.out(JSON.stringify(result));
      return 0;
    }
    const v = result.work_unit_version === null ? 'no version' : `v${result.work_unit_version}`;
    io.out(`Test ${result.name} (${v}): units per second at each level`);
    io.out(
      formatTable(
        ['MACHINE', ...result.levels.map((l) => `${l} %`), 'RUNS'],
        result.collectors.map((c) => [
          c.machine_name,
          ...c.work_units.map((u) => (u === null ? '-' : number(u))),
          c.run_ids.length > 0 ? c.run_ids.join(',') : '-',
        ]),
      ),
    );
    return 0;
  },
};

const loadtestUpload: Command = {
  name: 'loadtest upload',
  usage: `pcctl loadtest upload FILE [--collector C] [--json]

  FILE                 what pcc loadtest --output wrote
${COLLECTOR_HELP} (default: the one named as the host in FILE)
${COMMON_HELP}`,
  options: { ...COMMON_OPTIONS, collector: { type: 'string' } },
  positionals: ['FILE'],
  async run(values, [file = ''], io) {
    const run = await readResultFile<LoadTestRun>(file, 'steps');
    const api = await connect(values, io);
    const collector = await uploadTarget(api, values, run.hostname);
    const posted = await api.request<{ run: RunOut }>('POST', '/api/v1/loadtest/', {
      ...run,
      collector_id: collector,
    });
    if (values.json) io.out(JSON.stringify(posted));
    else
      io.out(
        `Uploaded load test ${posted.run.id} (${run.name}, ${run.steps.length} levels) to collector ${collector}.`,
      );
    return 0;
  },
};

export const LOADTEST_COMMANDS: readonly Command[] = [
  loadtestList,
  loadtestShow,
  loadtestCompare,
  loadtestUpload,
];
export { uploadTarget };
