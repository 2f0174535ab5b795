import { homedir, hostname } from 'node:os';
import { parseArgs } from 'node:util';
import { type DeviceFilters, deviceFilters, parseDuration } from '@perfanalysis/shared';

export const USAGE = `Usage: pcc [options]

Collects CPU, memory, disk, network, filesystem, load and temperature metrics from /proc and /sys.
Local mode writes a capture file for a duration; turn it into CSV with pcprocess.

Options (each also read from the environment variable shown; a flag wins):
  --duration D        PCC_DURATION    how long to collect: 10m, 1h, 24h (default: until stopped)
  --frequency D       PCC_FREQUENCY   time between samples: 1s, 5s, 15s (default: 1s)
  --interval SECONDS                  the same as --frequency, in seconds
  --collection FILE   PCC_COLLECTION  capture file to write; gzip if it ends in .gz
                                      (default: ./pcc-<hostname>.json)
  --mode MODE         PCC_MODE        local (the default)
  --hostname NAME     PCC_HOSTNAME    name to record for this machine (default: its host name)
  --procfs DIR        PCC_PROCFS      procfs root (default: /proc)
  --sysfs DIR         PCC_SYSFS       sysfs root (default: /sys)
  --disk-exclude RE                   disks not reported (default: ram, loop, fd and partitions)
  --disk-totals-exclude RE            disks kept out of the totals (default: dm-* and md*)
  --net-totals-exclude RE             interfaces kept out of the totals (default: lo)
  --quiet                             no progress bar and no summary
  -h, --help                          show this help
  -v, --version                       show the version

Example:
  PCC_DURATION=10m PCC_FREQUENCY=1s PCC_COLLECTION=~/loadtest.json pcc
`;

export interface PccConfig {
  readonly mode: 'local';
  /** Milliseconds; Infinity collects until stopped. */
  readonly durationMs: number;
  readonly frequencyMs: number;
  readonly collection: string;
  readonly hostname: string;
  readonly procfs: string;
  readonly sysfs: string;
  readonly filters: DeviceFilters;
  readonly quiet: boolean;
}

export type ParsedCommand = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; config: PccConfig };

/** Every problem with the settings, reported together. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

const MIN_FREQUENCY_MS = 100;

/** Flags over environment over defaults, validated once into a frozen object. */
export function parseConfig(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedCommand {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new ConfigError([(error as Error).message]);
  }
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const problems: string[] = [];
  const duration = (name: string, text: string | undefined, fallback: number): number => {
    if (text === undefined || text === '') return fallback;
    try {
      const ms = parseDuration(text);
      if (ms > 0) return ms;
      problems.push(`${name}: must be more than zero, got "${text}"`);
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
    return fallback;
  };

  const mode = values.mode ?? env.PCC_MODE ?? 'local';
  if (mode !== 'local') problems.push(`mode (--mode, PCC_MODE): "${mode}" is not a mode; use local`);
  const durationMs = duration(
    'duration (--duration, PCC_DURATION)',
    values.duration ?? env.PCC_DURATION,
    Infinity,
  );
  const frequencyMs = values.interval
    ? duration('interval (--interval)', values.interval, 1000)
    : duration('frequency (--frequency, PCC_FREQUENCY)', values.frequency ?? env.PCC_FREQUENCY, 1000);
  if (frequencyMs < MIN_FREQUENCY_MS) problems.push(`frequency: at least ${MIN_FREQUENCY_MS}ms`);
  if (Number.isFinite(durationMs) && durationMs < frequencyMs) {
    problems.push('duration: shorter than one sampling interval, so nothing would be collected');
  }
  const name = values.hostname ?? env.PCC_HOSTNAME ?? hostname();
  let filters: DeviceFilters | undefined;
  try {
    filters = deviceFilters({
      diskExclude: values['disk-exclude'],
      diskTotalsExclude: values['disk-totals-exclude'],
      netTotalsExclude: values['net-totals-exclude'],
    });
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.length > 0 || filters === undefined) throw new ConfigError(problems);
  return {
    kind: 'run',
    config: Object.freeze({
      mode: 'local',
      durationMs,
      frequencyMs,
      collection: expandHome(values.collection ?? env.PCC_COLLECTION ?? `pcc-${name}.json`),
      hostname: name,
      procfs: values.procfs ?? env.PCC_PROCFS ?? '/proc',
      sysfs: values.sysfs ?? env.PCC_SYSFS ?? '/sys',
      filters,
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
      duration: { type: 'string' },
      frequency: { type: 'string' },
      interval: { type: 'string' },
      collection: { type: 'string' },
      mode: { type: 'string' },
      hostname: { type: 'string' },
      procfs: { type: 'string' },
      sysfs: { type: 'string' },
      'disk-exclude': { type: 'string' },
      'disk-totals-exclude': { type: 'string' },
      'net-totals-exclude': { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

function expandHome(path: string): string {
  return path === '~' || path.startsWith('~/') ? homedir() + path.slice(1) : path;
}
