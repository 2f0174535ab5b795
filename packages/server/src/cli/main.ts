import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { ReportError } from '@perfanalysis/report';
import { runCommand } from '@perfanalysis/shared/cli-command';
import { ImportError } from '../import/import-error.js';
import { collectorCreate, collectorList } from './collector-commands.js';
import type { Command, Io } from './command.js';
import { exportCollectorData } from './export-command.js';
import { healthCommand } from './health-command.js';
import { importPerformance } from './import-command.js';
import { loadgenCommand } from './loadgen-command.js';
import { migrateCommand } from './migrate-command.js';
import { monitorCommand } from './monitor-command.js';
import { reportCommand } from './report-command.js';
import { serve } from './serve-command.js';
import { tenantCreate, tenantList, tenantUpdate } from './tenant-commands.js';
import { userCreate } from './user-commands.js';

const VERSION: string = createRequire(import.meta.url)('../../package.json').version;

const COMMANDS: readonly Command[] = [
  serve,
  migrateCommand,
  healthCommand,
  tenantCreate,
  tenantList,
  tenantUpdate,
  userCreate,
  collectorCreate,
  collectorList,
  importPerformance,
  exportCollectorData,
  reportCommand,
  monitorCommand,
  loadgenCommand,
];

const USAGE = `Usage: perfanalysis <command> [options]

The PerfAnalysis server and its administration.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(24)} ${c.summary}`).join('\n')}

Run 'perfanalysis <command> --help' for a command's options.
Every command reads DATABASE_URL (a PostgreSQL server); without it, the embedded database in PA_DATA_DIR
(default ./data). Every setting and environment variable: docs/configuration.md.`;

/** Runs `perfanalysis` with these arguments; returns the exit code. */
export async function runCli(argv: readonly string[], io: Io, program = 'perfanalysis'): Promise<number> {
  const [first, second] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.out(USAGE);
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    io.out(`${program} ${VERSION}`);
    return 0;
  }
  const command =
    COMMANDS.find((c) => c.name === `${first} ${second}`) ?? COMMANDS.find((c) => c.name === first);
  const group = COMMANDS.filter((c) => c.name.startsWith(`${first} `));
  if (!command && group.length > 0) {
    // `perfanalysis tenant`, `perfanalysis tenant --help`: the group's commands.
    const asked = second === '--help' || second === '-h';
    const lines = group.map((c) => `  ${c.name.padEnd(24)} ${c.summary}`).join('\n');
    (asked ? io.out : io.err)(
      `${asked ? '' : `${program}: "${first}" needs one of its commands:\n`}${lines}\n\n` +
        `Run '${program} ${first} <command> --help' for a command's options.`,
    );
    return asked ? 0 : 2;
  }
  if (!command) {
    io.err(`${program}: unknown command "${[first, second].filter(Boolean).join(' ')}"`);
    io.err(`Run '${program} --help' for the commands.`);
    return 2;
  }
  try {
    return await runCommand(
      { program, usageHint: (name) => `Run '${program} ${name} --help' for its options.`, parseArgs },
      command,
      argv.slice(command.name.split(' ').length),
      io,
    );
  } catch (error) {
    if (error instanceof ImportError || error instanceof ReportError || isUserFacing(error)) {
      io.err(`${program} ${command.name}: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  }
}

/** Errors whose message is meant for people (storage's catalogue: bad names, conflicts, no database). */
function isUserFacing(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    typeof code === 'string' &&
    ['DATABASE_UNAVAILABLE', 'INVALID_NAME', 'CONFLICT', 'MIGRATION_FAILED', 'PCD_CONFIG'].includes(code)
  );
}

export function processIo(): Io {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    interactive: process.stdin.isTTY === true,
  };
}
