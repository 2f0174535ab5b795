import { statSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { formatBytes } from '@perfanalysis/shared';
import { ConfigError, type PccConfig, parseConfig, USAGE } from './config.js';
import { processTerminal, type Terminal } from './terminal.js';
import { VERSION } from './version.js';

/** The exit status of a trickle run that ended with samples still waiting in the spool. */
const SAMPLES_WAITING = 3;

/** The commands that measure the machine rather than collect from it; each with its own options. */
const MEASURING_COMMANDS = {
  loadtest: () => import('./loadtest/loadtest-command.js'),
  benchmark: () => import('./benchmark/benchmark-command.js'),
} as const;

async function main(): Promise<number> {
  const subcommand = process.argv[2];
  if (subcommand !== undefined && Object.hasOwn(MEASURING_COMMANDS, subcommand)) {
    const { runCommand } = await MEASURING_COMMANDS[subcommand as keyof typeof MEASURING_COMMANDS]();
    return runCommand(process.argv.slice(3), process.env);
  }
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
  return run(config, terminal, stop.signal);
}

/** Runs a mode and reports; the exit status: 0, or SAMPLES_WAITING when a trickle run left samples unsent. */
async function run(config: PccConfig, terminal: Terminal, signal: AbortSignal): Promise<number> {
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
    return 0;
  }
  const { runTrickleMode } = await import('./trickle-mode.js');
  const result = await runTrickleMode(config, terminal, signal);
  const dropped = result.dropped > 0 ? `, ${result.dropped} dropped (spool full)` : '';
  const line =
    `pcc: ${result.summary.count} samples in ${seconds()} s; sent ${result.sent} samples to ${config.server}` +
    `, ${result.waiting} still waiting in ${result.spoolDir}${dropped}`;
  // A run that could not send everything says so even when quiet, and ends with a status scripts can see.
  if (result.waiting === 0) {
    terminal.print(line);
    return 0;
  }
  terminal.warn(`${line.slice('pcc: '.length)}; they go at the next start with this server and key`);
  return SAMPLES_WAITING;
}

if (isMainThread) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      process.stderr.write(`pcc: ${error.message}\n`);
      process.exitCode = 1;
    },
  );
} else {
  // A load test's worker thread, in the single-file bundle (which is all of pcc): the duty cycle.
  void import('./loadtest/duty-cycle-worker.js');
}
