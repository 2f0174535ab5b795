import { homedir, hostname } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type DeviceFilters, deviceFilters, parseDuration } from '@perfanalysis/shared';
import { serverUrl } from './server-url.js';

export const USAGE = `Usage: pcc [options]

Collects CPU (with each CPU's frequency), memory, disk, network, filesystem, load and temperature metrics
from /proc and /sys, and the metrics of the containers (docker, podman, containerd, cri-o) that the cgroup
v2 or v1 hierarchies show in /sys/fs/cgroup.
  local mode    writes a capture file for a duration; turn it into CSV with pcprocess
  trickle mode  streams samples to the server, spooling them to disk while it is away

Options (each also read from the environment variable shown; a flag wins):
  --mode MODE         PCC_MODE        local or trickle (default: trickle when a server is given)
  --duration D        PCC_DURATION    how long to collect: 10m, 1h, 24h (default: until stopped)
  --frequency D       PCC_FREQUENCY   time between samples: 1s, 5s, 15s (default: 1s)
  --interval SECONDS                  the same as --frequency, in seconds
  --hostname NAME     PCC_HOSTNAME    name to record for this machine (default: its host name)
  --procfs DIR        PCC_PROCFS      procfs root (default: /proc)
  --sysfs DIR         PCC_SYSFS       sysfs root (default: /sys)
  --quiet                             no progress display and no summary
  --daemon                            detach, writing --pid-file and --log-file
  --pid-file FILE     PCC_PIDFILE     (default: ~/.pcc/pcc.pid)
  --log-file FILE     PCC_LOGFILE     (default: ~/.pcc/pcc.log)
  -h, --help                          show this help
  -v, --version                       show the version

Local mode:
  --collection FILE   PCC_COLLECTION  capture file to write; gzip if it ends in .gz
                                      (default: ./pcc-<hostname>.json)
Trickle mode:
  --server URL        PCC_SERVER      the ingest server: host:port or http://host:8080
  --apikey KEY        PCC_APIKEY      the collector's API key
  --spool DIR         PCC_SPOOL       where unsent samples wait, in a directory of their own for each
                                      server and key (default: ~/.pcc/spool)
  --spool-max MB      PCC_SPOOL_MAX   the bound of each spool, in MiB (0.5 allowed); beyond it the oldest
                                      samples go (default: 256)
  --batch-interval D  PCC_BATCH_INTERVAL  time between batches sent to the server (default: 5s)
  Without --interval, --frequency or --duration, trickle mode sends a single sample and exits.
  A sample is only ever sent with the server and key it was collected for; one run at a time uses the
  spool of a server and key. A run ends saying how many samples it sent and how many still wait in the
  spool; when some wait, it exits with status 3.

Which devices count in the totals (trickle mode and the summary):
  --disk-exclude RE                   disks not reported (default: ram, loop, fd and partitions)
  --disk-totals-exclude RE            disks kept out of the totals (default: dm-* and md*)
  --net-totals-exclude RE             interfaces kept out of the totals (default: lo)

Containers are named by the Docker Engine API at DOCKER_HOST (default unix:///var/run/docker.sock), else
by \`docker ps\`, else after their cgroup (the short id).

Examples:
  PCC_DURATION=10m PCC_FREQUENCY=1s PCC_COLLECTION=~/loadtest.json pcc
  pcc --server http://perf.example.com:8080 --apikey KEY --interval 60 --hostname web-01 --daemon
`;

interface CommonConfig {
  /** Milliseconds; Infinity collects until stopped. */
  readonly durationMs: number;
  readonly frequencyMs: number;
  readonly hostname: string;
  readonly procfs: string;
  readonly sysfs: string;
  readonly filters: DeviceFilters;
  readonly quiet: boolean;
  readonly daemon: boolean;
  readonly pidFile: string;
  readonly logFile: string;
  /** DOCKER_HOST and DOCKER_TLS_VERIFY, for the names of containers. */
  readonly dockerHost: string | undefined;
  readonly dockerTlsVerify: string | undefined;
}
export interface LocalConfig extends CommonConfig {
  readonly mode: 'local';
  readonly collection: string;
}
export interface TrickleConfig extends CommonConfig {
  readonly mode: 'trickle';
  readonly server: string;
  readonly apiKey: string;
  readonly spoolDir: string;
  readonly spoolMaxBytes: number;
  readonly batchIntervalMs: number;
}
export type PccConfig = LocalConfig | TrickleConfig;

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

  const server = values.server ?? env.PCC_SERVER;
  const mode = values.mode ?? env.PCC_MODE ?? (server ? 'trickle' : 'local');
  if (mode !== 'local' && mode !== 'trickle') {
    problems.push(`mode (--mode, PCC_MODE): "${mode}" is not a mode; use local or trickle`);
  }
  const durationText = values.duration ?? env.PCC_DURATION;
  const frequencyText = values.frequency ?? env.PCC_FREQUENCY;
  const frequencyMs = values.interval
    ? duration('interval (--interval)', values.interval, 1000)
    : duration('frequency (--frequency, PCC_FREQUENCY)', frequencyText, 1000);
  const once = mode === 'trickle' && !durationText && !frequencyText && !values.interval && !values.daemon;
  const durationMs = once
    ? frequencyMs
    : duration('duration (--duration, PCC_DURATION)', durationText, Infinity);
  if (frequencyMs < MIN_FREQUENCY_MS) problems.push(`frequency: at least ${MIN_FREQUENCY_MS}ms`);
  if (Number.isFinite(durationMs) && durationMs < frequencyMs) {
    problems.push('duration: shorter than one sampling interval, so nothing would be collected');
  }
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
  const home = join(homedir(), '.pcc');
  const name = values.hostname ?? env.PCC_HOSTNAME ?? hostname();
  const common = {
    durationMs,
    frequencyMs,
    hostname: name,
    procfs: values.procfs ?? env.PCC_PROCFS ?? '/proc',
    sysfs: values.sysfs ?? env.PCC_SYSFS ?? '/sys',
    quiet: values.quiet ?? false,
    daemon: values.daemon ?? false,
    pidFile: expandHome(values['pid-file'] ?? env.PCC_PIDFILE ?? join(home, 'pcc.pid')),
    logFile: expandHome(values['log-file'] ?? env.PCC_LOGFILE ?? join(home, 'pcc.log')),
    dockerHost: env.DOCKER_HOST,
    dockerTlsVerify: env.DOCKER_TLS_VERIFY,
  };

  let config: PccConfig | undefined;
  if (mode === 'trickle') {
    const apiKey = values.apikey ?? env.PCC_APIKEY;
    checkServerAndKey(server, apiKey, 'in trickle mode', problems);
    const spoolMb = Number(values['spool-max'] ?? env.PCC_SPOOL_MAX ?? 256);
    if (!(spoolMb > 0)) problems.push('spool bound (--spool-max, PCC_SPOOL_MAX): a number of MiB above zero');
    const batchIntervalMs = duration(
      'batch interval (--batch-interval, PCC_BATCH_INTERVAL)',
      values['batch-interval'] ?? env.PCC_BATCH_INTERVAL,
      5000,
    );
    config = {
      ...common,
      mode,
      batchIntervalMs,
      server: server ?? '',
      apiKey: apiKey ?? '',
      spoolDir: expandHome(values.spool ?? env.PCC_SPOOL ?? join(home, 'spool')),
      spoolMaxBytes: spoolMb * 1024 * 1024,
      filters: filters ?? deviceFilters({}),
    };
  } else {
    config = {
      ...common,
      mode: 'local',
      collection: expandHome(values.collection ?? env.PCC_COLLECTION ?? `pcc-${name}.json`),
      filters: filters ?? deviceFilters({}),
    };
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return { kind: 'run', config: Object.freeze(config) };
}

/**
 * The server and API key pcc sends to (--server/PCC_SERVER, --apikey/PCC_APIKEY): both required, and the
 * server an address. `when` says what needs them, for the messages.
 */
export function checkServerAndKey(
  server: string | undefined,
  apiKey: string | undefined,
  when: string,
  problems: string[],
): void {
  if (!server) problems.push(`server (--server, PCC_SERVER): required ${when}, e.g. http://host:8080`);
  else {
    try {
      serverUrl(server);
    } catch {
      problems.push(`server (--server, PCC_SERVER): "${server}" is not an address; use host:port or a URL`);
    }
  }
  if (!apiKey)
    problems.push(
      `API key (--apikey, PCC_APIKEY): required ${when}; it is shown when you create the collector`,
    );
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      mode: { type: 'string' },
      duration: { type: 'string' },
      frequency: { type: 'string' },
      interval: { type: 'string' },
      collection: { type: 'string' },
      server: { type: 'string' },
      apikey: { type: 'string' },
      spool: { type: 'string' },
      'spool-max': { type: 'string' },
      'batch-interval': { type: 'string' },
      hostname: { type: 'string' },
      procfs: { type: 'string' },
      sysfs: { type: 'string' },
      'disk-exclude': { type: 'string' },
      'disk-totals-exclude': { type: 'string' },
      'net-totals-exclude': { type: 'string' },
      quiet: { type: 'boolean' },
      daemon: { type: 'boolean' },
      'pid-file': { type: 'string' },
      'log-file': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

export function expandHome(path: string): string {
  return path === '~' || path.startsWith('~/') ? homedir() + path.slice(1) : path;
}
