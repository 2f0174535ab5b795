/** One option of a command, as node:util's parseArgs takes it. */
export interface Option {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
}

export type Options = Readonly<Record<string, Option>>;
export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** node:util's parseArgs as a command line uses it (passed in, so that this package needs no Node types). */
export type ParseArgs = (config: {
  args: string[];
  options: Options;
  allowPositionals: true;
  strict: true;
}) => { values: Values; positionals: string[] };

/** Where a command talks: standard output for results, standard error for progress and problems. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
}

/** One command of a command line: its options, its help and what it does. `run` returns the exit code. */
export interface Command<Io extends CommandIo> {
  /** One word, or a group and a word (`collectors list`). */
  readonly name: string;
  /** One line for the program's list of commands. */
  readonly summary?: string;
  /** The help, after `Usage: `. */
  readonly usage: string;
  readonly options: Options;
  /** When given, the positional arguments it takes (their names), exactly as many. */
  readonly positionals?: readonly string[];
  run(values: Values, positionals: readonly string[], io: Io): Promise<number>;
}

/** A problem with what the user typed: printed with a hint to the command's help, exit code 2. */
export class UsageError extends Error {}

/** How a program runs its commands. */
export interface CommandLine {
  /** The program's name, first on every problem it prints: `pcctl collectors list: …`. */
  readonly program: string;
  /** The line printed after a usage error, e.g. `Try 'pcctl login --help'.` */
  usageHint(command: string): string;
  readonly parseArgs: ParseArgs;
}

/**
 * Parses `args` (what follows the command's name) strictly against the command's options, answers --help
 * with its usage, and runs it. A usage error (an unknown option, a missing value, the wrong number of
 * positional arguments, or a UsageError the command throws) is printed with the command's name and the hint:
 * exit code 2. Every other error is the caller's.
 */
export async function runCommand<Io extends CommandIo>(
  line: CommandLine,
  command: Command<Io>,
  args: readonly string[],
  io: Io,
): Promise<number> {
  try {
    const { values, positionals } = parse(line.parseArgs, command.options, args);
    if (values.help) {
      io.out(`Usage: ${command.usage}`);
      return 0;
    }
    const expected = command.positionals;
    if (expected !== undefined && positionals.length !== expected.length) {
      throw new UsageError(
        expected.length === 0 ? `unexpected argument "${positionals[0]}"` : `expects ${expected.join(' ')}`,
      );
    }
    return await command.run(values, positionals, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${line.program} ${command.name}: ${error.message}`);
    io.err(line.usageHint(command.name));
    return 2;
  }
}

function parse(
  parseArgs: ParseArgs,
  options: Options,
  args: readonly string[],
): { values: Values; positionals: string[] } {
  try {
    return parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))
      throw new UsageError((error as Error).message);
    throw error;
  }
}

/** The value of a string option, or undefined when it was not given. */
export function text(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** The value of a string option that must be given (and not empty). */
export function required(values: Values, name: string): string {
  const value = text(values, name);
  if (value === undefined || value === '') throw new UsageError(`--${name} is required`);
  return value;
}
