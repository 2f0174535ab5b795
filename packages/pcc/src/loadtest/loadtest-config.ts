import { availableParallelism, hostname } from 'node:os';
import { parseArgs } from 'node:util';
import { parseDuration } from '@perfanalysis/shared';
import { ConfigError } from '../config.js';
import { DELIVERY_OPTIONS, type Delivery, readDelivery } from '../result-delivery.js';

export const LOADTEST_USAGE = `Usage: pcc loadtest [options]

Runs a fixed, versioned unit of CPU work in worker threads at each target utilisation level: every thread is
busy for level % of each 100 ms period. For each level it measures the work units per second (per thread and
in total) and the utilisation reached, from /proc/stat over the same interval (host, each CPU, steal), then
prints a table and how the work scales up to saturation. Ctrl-C stops it at once.

Options:
  --levels LIST        target levels in %, each 1–100, run in this order (default: 10,25,50,75,100)
  --step-duration D    how long each level runs: 30s, 2m (default: 30s)
  --threads N          worker threads (default: one per CPU)
  --server URL         PCC_SERVER  the portal to post the result to (/api/v1/loadtest/)
  --apikey KEY         PCC_APIKEY  the collector's API key
  --output FILE        without a server: the JSON file to write (default: ./pcc-loadtest-<hostname>.json);
                       post it later with pcctl loadtest upload FILE
  --hostname NAME      PCC_HOSTNAME  the name to record for this machine (default: its host name)
  --procfs DIR         PCC_PROCFS    procfs root (default: /proc)
  --quiet              no progress display
  -h, --help           show this help
`;

export interface LoadTestConfig {
  readonly levels: readonly number[];
  readonly stepMs: number;
  readonly threads: number;
  readonly delivery: Delivery;
  readonly hostname: string;
  readonly procfs: string;
  readonly sysfs: string;
  readonly quiet: boolean;
}

export const DEFAULT_LEVELS = [10, 25, 50, 75, 100];
const MIN_STEP_MS = 1000;
const MAX_THREADS = 1024;

/** `pcc loadtest`'s options, every problem reported at once, before anything starts. */
export function parseLoadTestConfig(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): { kind: 'help' } | { kind: 'run'; config: LoadTestConfig } {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new ConfigError([(error as Error).message]);
  }
  if (values.help) return { kind: 'help' };
  const problems: string[] = [];
  const levels = values.levels === undefined ? DEFAULT_LEVELS : parseLevels(values.levels, problems);
  let stepMs = 30_000;
  if (values['step-duration'] !== undefined) {
    try {
      stepMs = parseDuration(values['step-duration']);
      if (stepMs < MIN_STEP_MS)
        problems.push(`--step-duration: at least 1s, got "${values['step-duration']}"`);
    } catch (error) {
      problems.push(`--step-duration: ${(error as Error).message}`);
    }
  }
  let threads = availableParallelism();
  if (values.threads !== undefined) {
    threads = Number(values.threads);
    if (!Number.isInteger(threads) || threads < 1 || threads > MAX_THREADS)
      problems.push(`--threads: a whole number from 1 to ${MAX_THREADS}, got "${values.threads}"`);
  }
  const name = values.hostname ?? env.PCC_HOSTNAME ?? hostname();
  const delivery = readDelivery(values, env, `pcc-loadtest-${name}.json`, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    kind: 'run',
    config: Object.freeze({
      levels,
      stepMs,
      threads,
      delivery,
      hostname: name,
      procfs: values.procfs ?? env.PCC_PROCFS ?? '/proc',
      sysfs: env.PCC_SYSFS ?? '/sys',
      quiet: values.quiet ?? false,
    }),
  };
}

/** `10,25,50`: whole numbers from 1 to 100, each once. */
export function parseLevels(text: string, problems: string[]): number[] {
  const levels: number[] = [];
  for (const part of text.split(',')) {
    const level = Number(part.trim());
    if (part.trim() === '' || !Number.isInteger(level) || level < 1 || level > 100)
      problems.push(`--levels: "${part.trim()}" is not a level; use whole percentages from 1 to 100`);
    else if (levels.includes(level)) problems.push(`--levels: ${level} is given twice`);
    else levels.push(level);
  }
  return levels;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      levels: { type: 'string' },
      'step-duration': { type: 'string' },
      threads: { type: 'string' },
      procfs: { type: 'string' },
      ...DELIVERY_OPTIONS,
    },
  });
}
