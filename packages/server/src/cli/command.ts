import type { ParseArgsConfig } from 'node:util';

/** Where a command talks: standard output for results, standard error for progress and problems. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readonly interactive: boolean;
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | string[] | undefined>;

/** One `perfanalysis` command: its options, its help and what it does. Returns the exit code. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: OptionSpec;
  run(values: Values, positionals: readonly string[], io: Io): Promise<number>;
}

/** A problem with what the user typed: printed with a hint, exit code 2. */
export class UsageError extends Error {}

export function text(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function required(values: Values, name: string): string {
  const value = text(values, name);
  if (value === undefined || value === '') throw new UsageError(`--${name} is required`);
  return value;
}
