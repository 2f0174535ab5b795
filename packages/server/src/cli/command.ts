import type { Command as CliCommand, CommandIo } from '@perfanalysis/shared/cli-command';

/** Where a `perfanalysis` command talks, and whether someone is there to answer a question. */
export interface Io extends CommandIo {
  readonly interactive: boolean;
}

/** One `perfanalysis` command; each has a summary, for the list of commands. */
export type Command = CliCommand<Io> & { readonly summary: string };
