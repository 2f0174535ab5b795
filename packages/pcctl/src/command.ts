import type { Command as CliCommand, CommandIo, Options } from '@perfanalysis/shared/cli-command';

/** Where pcctl talks and what it reads: injectable, for the tests. */
export interface PcctlIo extends CommandIo {
  readonly env: NodeJS.ProcessEnv;
  /** Asks for the password without echoing it; undefined when there is no one to ask (no terminal). */
  askPassword(question: string): Promise<string | undefined>;
}

/** One pcctl command; each names the positional arguments it takes (its ID), exactly as many. */
export type Command = CliCommand<PcctlIo> & { readonly positionals: readonly string[] };

export const COMMON_HELP = `  --server URL         the portal, e.g. http://perf.example.com:8000 (default: PCCTL_SERVER, else the
                       one you logged in to)
  --json               print the API's answer as JSON, for scripts`;

export const COMMON_OPTIONS: Options = { server: { type: 'string' }, json: { type: 'boolean' } };
