import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config.js';
import { DELIVERY_OPTIONS, type Delivery, readDelivery } from '../result-delivery.js';
import { parseByteSize } from './byte-size.js';
import { diskPathProblem } from './disk-benchmark.js';

export const BENCHMARK_USAGE = `Usage: pcc benchmark [options]

Runs a small named suite (pcc-benchmark v1) and reports each score with its unit and parameters:
  cpu      cpu-single-thread, cpu-all-cores: the load test's work unit, units/s
  memory   memory-copy: a 64 MiB buffer copied again and again, GB/s
  disk     disk-seq-write, disk-seq-read (1 MiB blocks, O_DIRECT), MB/s; disk-rand-read (4 KiB, one at a
           time), IOPS; on a file in --disk-path that is removed afterwards, also on Ctrl-C

Options:
  --only LIST          some of cpu,memory,disk (default: all)
  --disk-path DIR      where the disk benchmark writes its file (default: the current directory); it must be
                       writable and have twice --size free
  --size SIZE          the disk benchmark's file: 1G, 256M (default: 1G)
  --seconds N          how long each timed benchmark runs (default: 5)
  --server URL         PCC_SERVER  the portal to post the results to (/api/v1/benchmarks/)
  --apikey KEY         PCC_APIKEY  the collector's API key
  --output FILE        without a server: the JSON file to write (default: ./pcc-benchmark-<hostname>.json);
                       post it later with pcctl benchmark upload FILE
  --hostname NAME      PCC_HOSTNAME  the name to record for this machine (default: its host name)
  --quiet              no progress lines
  -h, --help           show this help
`;

export const GROUPS = ['cpu', 'memory', 'disk'] as const;
export type BenchmarkGroup = (typeof GROUPS)[number];

export interface BenchmarkConfig {
  readonly only: readonly BenchmarkGroup[];
  readonly diskPath: string;
  readonly sizeBytes: number;
  readonly seconds: number;
  readonly delivery: Delivery;
  readonly hostname: string;
  readonly procfs: string;
  readonly sysfs: string;
  readonly quiet: boolean;
}

const MIN_SIZE = 2 ** 20;

/** `pcc benchmark`'s options, every problem reported at once, before anything starts or is written. */
export function parseBenchmarkConfig(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): { kind: 'help' } | { kind: 'run'; config: BenchmarkConfig } {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new ConfigError([(error as Error).message]);
  }
  if (values.help) return { kind: 'help' };
  const problems: string[] = [];
  const only: BenchmarkGroup[] = [];
  for (const part of (values.only ?? GROUPS.join(',')).split(',').map((p) => p.trim())) {
    if (!(GROUPS as readonly string[]).includes(part))
      problems.push(`--only: "${part}" is not a benchmark; use some of ${GROUPS.join(', ')}`);
    else if (!only.includes(part as BenchmarkGroup)) only.push(part as BenchmarkGroup);
  }
  let sizeBytes = 2 ** 30;
  try {
    sizeBytes = parseByteSize(values.size ?? '1G');
    if (sizeBytes < MIN_SIZE) problems.push(`--size: at least 1M, got "${values.size}"`);
  } catch (error) {
    problems.push(`--size: ${(error as Error).message}`);
  }
  const seconds = Number(values.seconds ?? 5);
  if (!(seconds > 0) || seconds > 3600)
    problems.push(`--seconds: more than 0 and at most 3600, got "${values.seconds}"`);
  const diskPath = values['disk-path'] ?? '.';
  if (only.includes('disk') && problems.length === 0) {
    const problem = diskPathProblem(diskPath, sizeBytes);
    if (problem !== undefined) problems.push(problem);
  }
  const name = values.hostname ?? env.PCC_HOSTNAME ?? hostname();
  const delivery = readDelivery(values, env, `pcc-benchmark-${name}.json`, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    kind: 'run',
    config: Object.freeze({
      only,
      diskPath,
      sizeBytes,
      seconds,
      delivery,
      hostname: name,
      procfs: env.PCC_PROCFS ?? '/proc',
      sysfs: env.PCC_SYSFS ?? '/sys',
      quiet: values.quiet ?? false,
    }),
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      only: { type: 'string' },
      'disk-path': { type: 'string' },
      size: { type: 'string' },
      seconds: { type: 'string' },
      ...DELIVERY_OPTIONS,
    },
  });
}
