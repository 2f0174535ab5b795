import { dirname, join } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type DeviceFilters, deviceFilters } from '@perfanalysis/shared';

/** The validated configuration of a pcprocess run. */
export interface Config {
  /** The capture file to read. */
  readonly collection: string;
  /** Where the CSV files go; by default a `csv` directory beside the capture file. */
  readonly outdir: string;
  readonly filters: DeviceFilters;
  /** No progress bar and no summary line. */
  readonly quiet: boolean;
}

/** What the command line asks for. */
export type Command =
  | { readonly action: 'help' }
  | { readonly action: 'version' }
  | { readonly action: 'run'; readonly config: Config };

/** A command line or environment that cannot be used; `problems` lists every one, each naming its setting. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('; '));
    this.problems = problems;
  }
}

/** Environment variables, as `process.env` holds them. */
export type Environment = Readonly<Record<string, string | undefined>>;

interface Setting {
  readonly flag: Flag;
  readonly env: string;
}

const COLLECTION: Setting = { flag: 'collection', env: 'PCR_COLLECTION' };
const OUTDIR: Setting = { flag: 'outdir', env: 'PCR_OUTDIR' };
const PATTERNS = {
  diskExclude: { flag: 'disk-exclude', env: 'PCR_DISK_EXCLUDE' },
  diskTotalsExclude: { flag: 'disk-totals-exclude', env: 'PCR_DISK_TOTALS_EXCLUDE' },
  netTotalsExclude: { flag: 'net-totals-exclude', env: 'PCR_NET_TOTALS_EXCLUDE' },
} as const satisfies Record<string, Setting>;

const OPTIONS = {
  collection: { type: 'string' },
  outdir: { type: 'string' },
  'disk-exclude': { type: 'string' },
  'disk-totals-exclude': { type: 'string' },
  'net-totals-exclude': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];
type Flag = keyof typeof OPTIONS;

const isFlag = (name: string): name is Flag => Object.hasOwn(OPTIONS, name);

/**
 * Reads the command line and the environment: a flag overrides its environment variable, which overrides
 * the default. `--help` and `--version` win over everything else. Throws a ConfigError listing all problems.
 */
export function parseCommand(args: readonly string[], env: Environment): Command {
  const problems: string[] = [];
  const flags = readFlags(args, problems);
  if (flags.get('help') === true) return { action: 'help' };
  if (flags.get('version') === true) return { action: 'version' };

  const setting = (s: Setting): { value: string; name: string } | undefined => {
    const flag = flags.get(s.flag);
    if (typeof flag === 'string') return { value: flag, name: `--${s.flag}` };
    const value = env[s.env];
    return value === undefined || value === '' ? undefined : { value, name: s.env };
  };

  const collection = setting(COLLECTION);
  if (collection === undefined && !flags.has(COLLECTION.flag)) {
    problems.push(`no capture file: set ${COLLECTION.env} or pass --${COLLECTION.flag} FILE`);
  }
  const outdir = setting(OUTDIR);
  const patterns: { -readonly [K in keyof typeof PATTERNS]?: string } = {};
  for (const key of Object.keys(PATTERNS) as (keyof typeof PATTERNS)[]) {
    const pattern = setting(PATTERNS[key]);
    if (pattern === undefined) continue;
    try {
      new RegExp(pattern.value);
      patterns[key] = pattern.value;
    } catch (error) {
      problems.push(`${pattern.name}: not a valid regular expression: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0 || collection === undefined) throw new ConfigError(problems);

  return {
    action: 'run',
    config: Object.freeze({
      collection: collection.value,
      outdir: outdir?.value ?? join(dirname(collection.value), 'csv'),
      filters: deviceFilters(patterns),
      quiet: flags.get('quiet') === true,
    }),
  };
}

/**
 * The flags given, last one winning. Unknown flags, stray arguments and missing values go to `problems`; a
 * string flag given without a usable value maps to `false`, so that it does not also count as absent.
 */
function readFlags(args: readonly string[], problems: string[]): Map<Flag, string | boolean> {
  const { tokens } = parseArgs({
    args: [...args],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const flags = new Map<Flag, string | boolean>();
  for (const token of tokens) {
    if (token.kind === 'positional') {
      problems.push(`unexpected argument "${token.value}"`);
    } else if (token.kind === 'option') {
      const { name, rawName, value, inlineValue } = token;
      if (!isFlag(name)) {
        problems.push(`unknown option ${rawName}`);
      } else if (OPTIONS[name].type === 'string') {
        if (value === undefined || (!inlineValue && value.startsWith('-'))) {
          problems.push(`${rawName} needs a value`);
          flags.set(name, false);
        } else if (value === '') {
          problems.push(`${rawName} is empty`);
          flags.set(name, false);
        } else {
          flags.set(name, value);
        }
      } else if (value !== undefined) {
        problems.push(`${rawName} takes no value`);
      } else {
        flags.set(name, true);
      }
    }
  }
  return flags;
}
