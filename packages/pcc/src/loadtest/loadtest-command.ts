import { formatDuration } from '@perfanalysis/shared';
import { ConfigError } from '../config.js';
import { deliver } from '../result-delivery.js';
import { processTerminal } from '../terminal.js';
import { LOADTEST_USAGE, parseLoadTestConfig } from './loadtest-config.js';
import { formatLoadTest } from './loadtest-report.js';
import { runLoadTest } from './run-loadtest.js';

/** `pcc loadtest`: runs the levels, prints the table, then posts or writes the result. Returns the exit status. */
export async function runCommand(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  let parsed: ReturnType<typeof parseLoadTestConfig>;
  try {
    parsed = parseLoadTestConfig(argv, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) process.stderr.write(`pcc loadtest: ${problem}\n`);
    process.stderr.write("Try 'pcc loadtest --help'.\n");
    return 2;
  }
  if (parsed.kind === 'help') {
    process.stdout.write(LOADTEST_USAGE);
    return 0;
  }
  const { config } = parsed;
  const terminal = processTerminal(config.quiet);
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
  terminal.print(
    `pcc loadtest: ${config.threads} threads at ${config.levels.join(', ')} %, ${formatDuration(config.stepMs)} each ` +
      `(about ${formatDuration(config.levels.length * config.stepMs)}); Ctrl-C stops it`,
  );
  const result = await runLoadTest(config, terminal, stop.signal);
  if (result === undefined) {
    process.stderr.write('pcc loadtest: stopped; no result kept\n');
    return 130;
  }
  process.stdout.write(`${formatLoadTest(result)}\n`);
  const delivered = await deliver(
    config.delivery,
    '/api/v1/loadtest/',
    result,
    `pcc-loadtest-${config.hostname}.json`,
    'pcctl loadtest upload',
  );
  (delivered.ok ? process.stdout : process.stderr).write(`pcc loadtest: ${delivered.message}\n`);
  return delivered.ok ? 0 : 1;
}
