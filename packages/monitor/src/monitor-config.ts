import { hostname } from 'node:os';
import { parse } from 'yaml';
import { DEFAULT_RING_TABLE, MAX_CAPACITY } from './ring-schema.js';

/** The monitor's settings, from flags over the config file over the environment over defaults. */
export interface MonitorSettings {
  /** A PostgreSQL URL; undefined: the embedded database. */
  readonly databaseUrl: string | undefined;
  readonly tableName: string;
  /** Undefined when neither flag nor file gives one: a new ring gets the default, an existing one stays. */
  readonly capacity: number | undefined;
  readonly master: boolean;
  readonly nodeName: string;
  readonly containers: readonly string[];
  readonly nodeIntervalSeconds: number;
  readonly containerIntervalSeconds: number;
  /** Samples per node and container; undefined: until stopped. */
  readonly samples: number | undefined;
}

/** The command line's values, as typed. */
export interface MonitorFlags {
  readonly databaseUrl?: string | undefined;
  readonly host?: string | undefined;
  readonly port?: string | undefined;
  readonly database?: string | undefined;
  readonly user?: string | undefined;
  readonly password?: string | undefined;
  readonly table?: string | undefined;
  readonly capacity?: string | undefined;
  readonly master?: boolean | undefined;
  readonly nodeName?: string | undefined;
  readonly containers?: readonly string[] | undefined;
  readonly samples?: string | undefined;
  readonly interval?: string | undefined;
}

/** The seed's config.yaml, validated: what it sets. */
export interface MonitorConfigFile {
  readonly host?: string;
  readonly port?: number;
  readonly database?: string;
  readonly user?: string;
  /** The environment variable that holds the password (database.password_env). */
  readonly passwordEnv?: string;
  readonly password?: string;
  readonly tableName?: string;
  readonly capacity?: number;
  readonly nodeName?: string;
  readonly master?: boolean;
  readonly nodeSeconds?: number;
  readonly containerSeconds?: number;
  readonly containers?: readonly string[];
  readonly samples?: number;
}

/** Every problem with the settings, each naming its flag or key. */
export class MonitorConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'MonitorConfigError';
  }
}

export const DEFAULT_INTERVAL_SECONDS = 5;

/** The keys the seed's config.yaml has, section by section (logging is accepted and not used). */
const KNOWN_KEYS: Record<string, readonly string[]> = {
  '': ['database', 'monitoring', 'logging'],
  database: ['host', 'port', 'database', 'user', 'password', 'password_env'],
  monitoring: ['table_name', 'capacity', 'node_name', 'master', 'intervals', 'containers', 'samples'],
  'monitoring.intervals': ['node_seconds', 'container_seconds'],
  logging: ['level', 'file'],
};

type Problems = string[];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses and validates the seed's config.yaml. Throws MonitorConfigError with every problem. */
export function parseMonitorConfig(text: string, file = 'config.yaml'): MonitorConfigFile {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    throw new MonitorConfigError([`${file}: not valid YAML: ${(error as Error).message}`]);
  }
  const problems: Problems = [];
  const config: Record<string, unknown> = {};
  if (doc === null || doc === undefined) return {};
  const section = (path: string, value: unknown): Record<string, unknown> => {
    if (value === undefined || value === null) return {};
    if (!isRecord(value)) {
      problems.push(`${file}: ${path || 'the document'}: must be a mapping`);
      return {};
    }
    for (const key of Object.keys(value)) {
      if (!KNOWN_KEYS[path]?.includes(key))
        problems.push(`${file}: ${path ? `${path}.` : ''}${key}: unknown setting`);
    }
    return value;
  };
  const root = section('', doc);
  const database = section('database', root.database);
  const monitoring = section('monitoring', root.monitoring);
  const intervals = section('monitoring.intervals', monitoring.intervals);
  section('logging', root.logging);

  const at = (key: string) => `${file}: ${key}`;
  const str = (target: string, key: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (typeof value === 'string' || typeof value === 'number') config[target] = String(value);
    else problems.push(`${at(key)}: must be a string`);
  };
  const num = (target: string, key: string, value: unknown, check: (n: number) => string | undefined) => {
    if (value === undefined || value === null) return;
    const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
    const problem = typeof value === 'boolean' ? 'must be a number' : check(n);
    if (problem) problems.push(`${at(key)}: ${problem}`);
    else config[target] = n;
  };
  str('host', 'database.host', database.host);
  num('port', 'database.port', database.port, portProblem);
  str('database', 'database.database', database.database);
  str('user', 'database.user', database.user);
  str('password', 'database.password', database.password);
  str('passwordEnv', 'database.password_env', database.password_env);
  str('tableName', 'monitoring.table_name', monitoring.table_name);
  num('capacity', 'monitoring.capacity', monitoring.capacity, capacityProblem);
  str('nodeName', 'monitoring.node_name', monitoring.node_name);
  if (monitoring.master !== undefined && monitoring.master !== null) {
    if (typeof monitoring.master === 'boolean') config.master = monitoring.master;
    else problems.push(`${at('monitoring.master')}: must be true or false`);
  }
  num('nodeSeconds', 'monitoring.intervals.node_seconds', intervals.node_seconds, intervalProblem);
  num(
    'containerSeconds',
    'monitoring.intervals.container_seconds',
    intervals.container_seconds,
    intervalProblem,
  );
  num('samples', 'monitoring.samples', monitoring.samples, samplesProblem);
  const containers = monitoring.containers;
  if (containers !== undefined && containers !== null) {
    if (Array.isArray(containers) && containers.every((c) => typeof c === 'string' && c !== '')) {
      config.containers = containers;
    } else problems.push(`${at('monitoring.containers')}: must be a list of container names or ids`);
  }
  if (problems.length > 0) throw new MonitorConfigError(problems);
  return config as MonitorConfigFile;
}

function portProblem(n: number): string | undefined {
  return Number.isInteger(n) && n > 0 && n < 65536 ? undefined : 'must be a port number (1-65535)';
}
function capacityProblem(n: number): string | undefined {
  return Number.isInteger(n) && n >= 1 && n <= MAX_CAPACITY
    ? undefined
    : `must be an integer from 1 to ${MAX_CAPACITY}`;
}
function intervalProblem(n: number): string | undefined {
  return Number.isFinite(n) && n > 0 ? undefined : 'must be a number of seconds above 0';
}
function samplesProblem(n: number): string | undefined {
  return Number.isInteger(n) && n >= 1 ? undefined : 'must be a whole number of samples, at least 1';
}

/** An Ansible template the file was copied with unrendered (the seed's `"{{ ansible_hostname }}"`). */
const UNRENDERED = /\{\{.*\}\}/;

/**
 * The settings: flags over the config file over the environment (DATABASE_URL, POSTGRES_PASSWORD or the
 * file's password_env) over defaults. With --host or --database (or the file's), a PostgreSQL URL is built;
 * else DATABASE_URL; else the embedded database. Throws MonitorConfigError with every problem.
 */
export function resolveMonitorSettings(
  flags: MonitorFlags,
  file: MonitorConfigFile = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): MonitorSettings {
  const problems: Problems = [];
  const number = (flag: string, value: string | undefined, check: (n: number) => string | undefined) => {
    if (value === undefined) return undefined;
    const n = value.trim() === '' ? Number.NaN : Number(value);
    const problem = check(n);
    if (problem) problems.push(`--${flag}: "${value}" ${problem}`);
    return problem ? undefined : n;
  };
  const port = number('port', flags.port, portProblem) ?? file.port;
  const capacity = number('capacity', flags.capacity, capacityProblem) ?? file.capacity;
  const samples = number('samples', flags.samples, samplesProblem) ?? file.samples;
  const interval = number('interval', flags.interval, intervalProblem);

  const host = flags.host ?? file.host;
  const database = flags.database ?? file.database;
  const user = flags.user ?? file.user;
  const password =
    flags.password ??
    file.password ??
    (file.passwordEnv !== undefined ? env[file.passwordEnv] : undefined) ??
    env.POSTGRES_PASSWORD;
  let databaseUrl: string | undefined;
  if (flags.databaseUrl !== undefined && flags.databaseUrl !== '') databaseUrl = flags.databaseUrl;
  else if (host !== undefined || database !== undefined) {
    databaseUrl = postgresUrl({ host: host ?? 'localhost', port, database, user, password });
  } else {
    const stray = (
      [
        ['--port', flags.port],
        ['--user', flags.user],
        ['--password', flags.password],
      ] as const
    ).filter(([, v]) => v !== undefined);
    if (stray.length > 0) {
      problems.push(
        `${stray.map(([f]) => f).join(', ')}: only with --host or --database (a PostgreSQL server)`,
      );
    }
    databaseUrl = env.DATABASE_URL || undefined;
  }

  let nodeName = flags.nodeName ?? file.nodeName ?? hostname();
  if (flags.nodeName === undefined && UNRENDERED.test(nodeName)) nodeName = hostname();
  if (nodeName === '') problems.push('--node-name: must not be empty');
  const tableName = flags.table ?? file.tableName ?? DEFAULT_RING_TABLE;
  if (tableName === '') problems.push('--table: must not be empty');
  if (problems.length > 0) throw new MonitorConfigError(problems);

  const nodeIntervalSeconds = interval ?? file.nodeSeconds ?? DEFAULT_INTERVAL_SECONDS;
  return {
    databaseUrl,
    tableName,
    capacity,
    master: flags.master ?? file.master ?? false,
    nodeName,
    containers: [...new Set([...(flags.containers ?? file.containers ?? [])])],
    nodeIntervalSeconds,
    containerIntervalSeconds: interval ?? file.containerSeconds ?? nodeIntervalSeconds,
    samples,
  };
}

interface UrlParts {
  readonly host: string;
  readonly port: number | undefined;
  readonly database: string | undefined;
  readonly user: string | undefined;
  readonly password: string | undefined;
}

/** postgres://user:password@host:port/database, every part escaped. */
export function postgresUrl(parts: UrlParts): string {
  const url = new URL('postgres://localhost');
  url.hostname = parts.host.includes(':') && !parts.host.startsWith('[') ? `[${parts.host}]` : parts.host;
  if (parts.port !== undefined) url.port = String(parts.port);
  if (parts.user !== undefined) url.username = encodeURIComponent(parts.user);
  if (parts.password !== undefined) url.password = encodeURIComponent(parts.password);
  if (parts.database !== undefined) url.pathname = `/${encodeURIComponent(parts.database)}`;
  return url.toString();
}
