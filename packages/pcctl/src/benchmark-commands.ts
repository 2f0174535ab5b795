import { type BenchmarkRun, formatTable } from '@perfanalysis/shared';
import type { ApiAnswer } from '@perfanalysis/shared/api-answers';
import { text } from '@perfanalysis/shared/cli-command';
import { listQuery } from './collector-id.js';
import { COMMON_HELP, COMMON_OPTIONS, type Command } from './command.js';
import { connect } from './connect.js';
import { readResultFile, uploadTarget } from './loadtest-commands.js';

const figure = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: 2 });

const benchmarkList: Command = {
  name: 'benchmark list',
  usage: `pcctl benchmark list [--collector C] [--name NAME] [--json]

  --collector C        a collector, by id or machine name
  --name NAME          only this benchmark (e.g. cpu-single-thread)
${COMMON_HELP}`,
  options: { ...COMMON_OPTIONS, collector: { type: 'string' }, name: { type: 'string' } },
  positionals: [],
  async run(values, _positionals, io) {
    const api = await connect(values, io);
    const query = await listQuery(api, { collector: text(values, 'collector'), name: text(values, 'name') });
    const page = await api.request<ApiAnswer<'listBenchmarks'>>('GET', `/api/v1/benchmarks/?${query}`);
    if (values.json) {
      io.out(JSON.stringify(page));
      return 0;
    }
    if (page.results.length === 0) {
      io.out('No benchmark runs yet: run pcc benchmark on a server.');
      return 0;
    }
    io.out(
      formatTable(
        ['ID', 'COLLECTOR', 'BENCHMARK', 'SCORE', 'UNIT', 'RUN AT'],
        page.results.map((b) => [String(b.id), b.collector_id, b.name, figure(b.score), b.unit, b.run_at]),
      ),
    );
    return 0;
  },
};

const benchmarkStats: Command = {
  name: 'benchmark stats',
  usage: `pcctl benchmark stats [--name NAME] [--json]

  --name NAME          only this benchmark
${COMMON_HELP}

Per benchmark and collector: how many runs, their mean, min, max and standard deviation.`,
  options: { ...COMMON_OPTIONS, name: { type: 'string' } },
  positionals: [],
  async run(values, _positionals, io) {
    const api = await connect(values, io);
    const name = text(values, 'name');
    const query = name === undefined ? '' : `?${new URLSearchParams({ name })}`;
    const stats = await api.request<ApiAnswer<'benchmarkStats'>>('GET', `/api/v1/benchmarks/stats/${query}`);
    if (values.json) {
      io.out(JSON.stringify(stats));
      return 0;
    }
    const machines = await api.request<ApiAnswer<'listCollectors'>>('GET', '/api/v1/collectors/?limit=1000');
    const machine = (id: string) => machines.results.find((c) => c.id === id)?.machine_name ?? id;
    io.out(
      formatTable(
        ['BENCHMARK', 'MACHINE', 'RUNS', 'MEAN', 'MIN', 'MAX', 'STDDEV'],
        stats.map((s) => [
          s.name,
          machine(s.collector_id),
          String(s.count),
          figure(s.mean),
          figure(s.min),
          figure(s.max),
          figure(s.stddev),
        ]),
      ),
    );
    return 0;
  },
};

const benchmarkUpload: Command = {
  name: 'benchmark upload',
  usage: `pcctl benchmark upload FILE [--collector C] [--json]

  FILE                 what pcc benchmark --output wrote
  --collector C        a collector, by id or machine name (default: the one named as the host in FILE)
${COMMON_HELP}`,
  options: { ...COMMON_OPTIONS, collector: { type: 'string' } },
  positionals: ['FILE'],
  async run(values, [file = ''], io) {
    const run = await readResultFile<BenchmarkRun>(file, 'results');
    const api = await connect(values, io);
    const collector = await uploadTarget(api, values, run.hostname);
    const posted = await api.request<{ results: ApiAnswer<'listBenchmarks'>['results'] }>(
      'POST',
      '/api/v1/benchmarks/',
      {
        ...run,
        collector_id: collector,
      },
    );
    if (values.json) io.out(JSON.stringify(posted));
    else io.out(`Uploaded ${posted.results.length} benchmark results to collector ${collector}.`);
    return 0;
  },
};

export const BENCHMARK_COMMANDS: readonly Command[] = [benchmarkList, benchmarkStats, benchmarkUpload];
