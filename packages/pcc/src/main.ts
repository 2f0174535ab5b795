import { statSync } from 'node:fs';
import { formatBytes } from '@perfanalysis/shared';
import { ConfigError, type PccConfig, parseConfig, USAGE } from './config.js';
import { processTerminal, type Terminal } from './terminal.js';
import { VERSION } from './version.js';

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
  if (config.daemon) {
    const daemon = await import('./daemon.js');
    if (!daemon.isDaemonChild()) {
      const pid = daemon.detach(config.pidFile, config.logFile);
      process.stdout.write(`pcc: running in the background as pid ${pid}; log: ${config.logFile}\n`);
      return 0;
    }
    daemon.removePidFileAtExit(config.pidFile);
  }
  const terminal = processTerminal(config.quiet);
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
  await run(config, terminal, stop.signal);
  return 0;
}

async function run(config: PccConfig, terminal: Terminal, signal: AbortSignal): Promise<void> {
  const started = Date.now();
  const seconds = (): number => Math.round((Date.now() - started) / 1000);
  // Each mode's modules load only when it runs: what an agent does not use costs memory on the server measured.
  if (config.mode === 'local') {
    const { runLocalMode } = await import('./local-mode.js');
    const summary = await runLocalMode(config, terminal, signal);
    const size = formatBytes(statSync(config.collection).size);
    terminal.print(
      `pcc: ${summary.count} samples in ${seconds()} s written to ${config.collection} (${size})`,
    );
    if (summary.count > 0) terminal.print(summary.toString());
  } else {
    const { runTrickleMode } = await import('./trickle-mode.js');
    const summary = await runTrickleMode(config, terminal, signal);
    terminal.print(`pcc: ${summary.count} samples in ${seconds()} s streamed to ${config.server}`);
  }
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
