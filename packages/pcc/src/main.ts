import { statSync } from 'node:fs';
import { formatBytes } from '@perfanalysis/shared';
import { ConfigError, parseConfig, USAGE } from './config.js';
import { runLocalMode, VERSION } from './local-mode.js';
import { processTerminal } from './terminal.js';

async function main(): Promise<number> {
  let command: ReturnType<typeof parseConfig>;
  try {
    command = parseConfig(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) process.stderr.write(`pcc: ${problem}\n`);
    process.stderr.write("Try 'pcc --help'.\n");
    return 2;
  }
  if (command.kind === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command.kind === 'version') {
    process.stdout.write(`pcc ${VERSION}\n`);
    return 0;
  }
  const { config } = command;
  const terminal = processTerminal(config.quiet);
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());

  const started = Date.now();
  const summary = await runLocalMode(config, terminal, stop.signal);
  const size = formatBytes(statSync(config.collection).size);
  terminal.print(
    `pcc: ${summary.count} samples in ${Math.round((Date.now() - started) / 1000)} s written to ${config.collection} (${size})`,
  );
  if (summary.count > 0) terminal.print(summary.toString());
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`pcc: ${error.message}\n`);
    process.exitCode = 1;
  },
);
