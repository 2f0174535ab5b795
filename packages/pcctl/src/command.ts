import type { ParseArgsConfig } from 'node:util';

/** Where pcctl talks and what it reads: injectable, for the tests. */
export interface PcctlIo {
  out(text: string): void;
  err(text: string): void;
  readonly env: NodeJS.ProcessEnv;
  /** Asks for the password without echoing it; undefined when there is no one to ask (no terminal). */
  askPassword(question: string): Promise<string | undefined>;
}

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly options: Options;
  /** How many positional arguments it takes (its ID). */
  readonly positionals: readonly string[];
  run(values: Values, positionals: readonly string[], io: PcctlIo): Promise<number>;
}

export const COMMON_HELP = `  --server URL         the portal, e.g. http://perf.example.com:8000 (default: PCCTL_SERVER, else the
                       one you logged in to)
  --json               print the API's answer as JSON, for scripts`;

export const COMMON_OPTIONS: Options = { server: { type: 'string' }, json: { type: 'boolean' } };

export function str(value: Values[string]): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
