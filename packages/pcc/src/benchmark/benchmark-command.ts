import { type BenchmarkResult, type BenchmarkRun, formatTable } from '@perfanalysis/shared';
import { ConfigError } from '../config.js';
import { readHostInfo } from '../host-info.js';
import { deliver } from '../result-delivery.js';
import { processTerminal } from '../terminal.js';
import { BENCHMARK_USAGE, type BenchmarkConfig, parseBenchmarkConfig } from './benchmark-config.js';
import { cpuAllCores, cpuSingleThread } from './cpu-benchmarks.js';
import { diskBenchmarks } from './disk-benchmark.js';
import { memoryCopy } from './memory-benchmark.js';

export const SUITE = { name: 'pcc-benchmark', version: 1 } as const;

/** `pcc benchmark`: runs the suite, prints its table, then posts or writes the results. Returns the exit status. */
export async function runCommand(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  let parsed: ReturnType<typeof parseBenchmarkConfig>;
  try {
    parsed = parseBenchmarkConfig(argv, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) process.stderr.write(`pcc benchmark: ${problem}\n`);
    process.stderr.write("Try 'pcc benchmark --help'.\n");
    return 2;
  }
  if (parsed.kind === 'help') {
    process.stdout.write(BENCHMARK_USAGE);
    return 0;
  }
  const { config } = parsed;
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
  const run = await runSuite(config, stop.signal);
  if (stop.signal.aborted) {
    process.stderr.write('pcc benchmark: stopped; no result kept\n');
    return 130;
  }
  process.stdout.write(`${formatBenchmarks(run.results)}\n`);
  const delivered = await deliver(
    config.delivery,
    '/api/v1/benchmarks/',
    run,
    `pcc-benchmark-${config.hostname}.json`,
    'pcctl benchmark upload',
  );
  (delivered.ok ? process.stdout : process.stderr).write(`pcc benchmark: ${delivered.message}\n`);
  return delivered.ok ? 0 : 1;
}

async function runSuite(config: BenchmarkConfig, signal: AbortSignal): Promise<BenchmarkRun> {
  const terminal = processTerminal(config.quiet);
  const host = readHostInfo(config);
  const startedAt = new Date().toISOString();
  const results: BenchmarkResult[] = [];
  const step = async (what: string, run: () => Promise<BenchmarkResult | BenchmarkResult[]>) => {
    if (signal.aborted) return;
    terminal.print(`pcc benchmark: ${what}…`);
    results.push(...[await run()].flat());
  };
  if (config.only.includes('cpu')) {
    await step('CPU, one thread', () => cpuSingleThread(config.seconds, signal));
    await step('CPU, all cores', () => cpuAllCores(config.seconds, signal));
  }
  if (config.only.includes('memory')) await step('memory copy', () => memoryCopy(config.seconds, signal));
  if (config.only.includes('disk'))
    await step(`disk in ${config.diskPath}`, () =>
      diskBenchmarks(config.diskPath, config.sizeBytes, config.seconds, signal),
    );
  return {
    suite: { ...SUITE },
    hostname: host.hostname,
    cpu_model: host.cpu_model,
    cpu_count: host.cpu_count,
    kernel: host.kernel,
    started_at: startedAt,
    ended_at: new Date().toISOString(),
    results,
  };
}

function formatBenchmarks(results: readonly BenchmarkResult[]): string {
  const table = formatTable(
    ['benchmark', 'score', 'unit', 'parameters'],
    results.map((r) => [
      r.name,
      r.score.toLocaleString('en-US'),
      r.unit,
      Object.entries(r.parameters)
        .map(([key, value]) => `${key}=${value}`)
        .join(' '),
    ]),
  );
  const notes = results.filter((r) => r.note !== undefined).map((r) => `${r.name}: ${r.note}`);
  return [table, ...[...new Set(notes)]].join('\n');
}
