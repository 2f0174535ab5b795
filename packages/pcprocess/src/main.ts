import { basename } from 'node:path';
import { type Command, ConfigError, parseCommand } from './config.js';
import { CaptureError, OutputError } from './errors.js';
import { processCapture } from './process-capture.js';
import { TerminalProgress } from './terminal-progress.js';
import { packageVersion, USAGE } from './usage.js';

const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

/** The pcprocess command: parses its configuration, converts the capture, reports. Returns the exit code. */
async function main(): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) process.stderr.write(`pcprocess: ${problem}\n`);
    process.stderr.write("Try 'pcprocess --help' for more information.\n");
    return EXIT_USAGE;
  }
  if (command.action === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command.action === 'version') {
    process.stdout.write(`pcprocess ${packageVersion()}\n`);
    return 0;
  }

  const { config } = command;
  const progress = !config.quiet && process.stderr.isTTY ? new TerminalProgress(process.stderr) : undefined;
  try {
    const result = await processCapture({
      collection: config.collection,
      outdir: config.outdir,
      filters: config.filters,
      ...(progress && { onProgress: progress.update.bind(progress) }),
    });
    progress?.clear();
    if (result.skippedLines > 0) {
      process.stderr.write(`pcprocess: warning: skipped the truncated last line of ${config.collection}\n`);
    }
    if (!config.quiet) {
      const files = result.files.map((file) => basename(file)).join(', ');
      process.stdout.write(`pcprocess: ${result.samples} samples written to ${config.outdir}: ${files}\n`);
    }
    return 0;
  } catch (error) {
    progress?.clear();
    if (error instanceof CaptureError || error instanceof OutputError) {
      process.stderr.write(`pcprocess: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    throw error;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `pcprocess: internal error: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exitCode = EXIT_FAILURE;
  },
);
