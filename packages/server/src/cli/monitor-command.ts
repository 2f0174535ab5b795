import { readFile } from 'node:fs/promises';
import {
  CompleteResourceMonitor,
  DEFAULT_CAPACITY,
  formatSampleLine,
  MonitorConfigError,
  type MonitorConfigFile,
  type MonitorSettings,
  parseMonitorConfig,
  resolveMonitorSettings,
  runMonitor,
} from '@perfanalysis/monitor';
import { text, UsageError, type Values } from '@perfanalysis/shared/cli-command';
import type { Command, Io } from './command.js';
import { openConfiguredDatabase } from './database-options.js';

export const monitorCommand: Command = {
  name: 'monitor',
  summary: "the Complete Performance Monitor: this node's metrics (and containers') into a ring table",
  usage: `perfanalysis monitor [--host H --database D --user U --password P] [--capacity N] [--master]
                    [--node-name NAME] [--container NAME]... [--samples N] [--interval S] [--config FILE]

Samples this node every interval (and each container named) into a fixed-size ring table of the Complete
Performance Monitor's schema: once full, each sample overwrites the oldest. Runs until stopped (Ctrl-C,
SIGTERM) unless --samples is given. Several monitors, on several nodes, may write to one table at once.

  --host HOST          PostgreSQL server (with --database: a server; neither: DATABASE_URL, else the
                       embedded database)
  --port N             (default 5432)
  --database NAME
  --user NAME
  --password TEXT      (default: POSTGRES_PASSWORD)
  --table NAME         the ring table (default: monitor_samples_ring)
  --capacity N         the ring's size; a new ring gets ${DEFAULT_CAPACITY} without it, an existing one is resized to it
  --master             mark this node's samples as the master's
  --node-name NAME     (default: the host name)
  --container NAME     also sample this container (name, id or id prefix); repeatable
  --samples N          take N samples of the node and of each container, then stop
  --interval S         seconds between samples (default 5; fractions allowed)
  --config FILE        the seed's config.yaml (database, monitoring; logging is not used); flags override it
  --database-url URL   a PostgreSQL URL instead of --host and the rest
  --data-dir DIR       where the embedded database lives (default: PA_DATA_DIR or ./data)`,
  options: {
    host: { type: 'string' },
    port: { type: 'string' },
    database: { type: 'string' },
    user: { type: 'string' },
    password: { type: 'string' },
    table: { type: 'string' },
    capacity: { type: 'string' },
    master: { type: 'boolean' },
    'node-name': { type: 'string' },
    container: { type: 'string', multiple: true },
    samples: { type: 'string' },
    interval: { type: 'string' },
    config: { type: 'string' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
  },
  async run(values, _positionals, io) {
    const settings = await monitorSettings(values);
    const db = await openConfiguredDatabase(
      { 'database-url': settings.databaseUrl, 'data-dir': text(values, 'data-dir') },
      { migrate: false },
    );
    const monitor = new CompleteResourceMonitor(db, {
      tableName: settings.tableName,
      capacity: settings.capacity,
      master: settings.master,
      nodeName: settings.nodeName,
      onWarning: (message) => io.err(message),
      out: { write: (chunk: string) => io.out(chunk.trimEnd()) },
    });
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      await start(monitor, settings, db.kind === 'embedded' ? `embedded (${db.location})` : db.location, io);
      const result = await runMonitor(monitor, {
        containers: settings.containers,
        nodeIntervalSeconds: settings.nodeIntervalSeconds,
        containerIntervalSeconds: settings.containerIntervalSeconds,
        samples: settings.samples,
        signal: stop.signal,
        onSample: (row) => io.out(formatSampleLine(row)),
        onError: (error, target) => io.err(`${target}: not sampled: ${error.message}`),
      });
      io.err(
        `${stop.signal.aborted ? 'Stopped: ' : ''}${result.written} samples written to ${monitor.tableName}.`,
      );
      return 0;
    } catch (error) {
      io.err(`perfanalysis monitor: ${(error as Error).message}`);
      return 1;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await monitor.close();
      await db.close();
    }
  },
};

/** Flags over --config's file over the environment over defaults; every problem (file and flags) at once. */
async function monitorSettings(values: Values): Promise<MonitorSettings> {
  const configPath = text(values, 'config');
  const problems: string[] = [];
  let file: MonitorConfigFile = {};
  if (configPath !== undefined) {
    try {
      file = parseMonitorConfig(await readFile(configPath, 'utf8'), configPath);
    } catch (error) {
      if (error instanceof MonitorConfigError) problems.push(...error.problems);
      else problems.push(`--config: cannot read ${configPath}: ${(error as Error).message}`);
    }
  }
  const containers = values.container as string[] | undefined;
  try {
    const settings = resolveMonitorSettings(
      {
        databaseUrl: text(values, 'database-url'),
        host: text(values, 'host'),
        port: text(values, 'port'),
        database: text(values, 'database'),
        user: text(values, 'user'),
        password: text(values, 'password'),
        table: text(values, 'table'),
        capacity: text(values, 'capacity'),
        master: values.master === true ? true : undefined,
        nodeName: text(values, 'node-name'),
        containers: containers !== undefined && containers.length > 0 ? containers : undefined,
        samples: text(values, 'samples'),
        interval: text(values, 'interval'),
      },
      file,
    );
    if (problems.length === 0) return settings;
  } catch (error) {
    if (!(error instanceof MonitorConfigError)) throw error;
    problems.push(...error.problems);
  }
  throw new UsageError(problems.join('\n'));
}

/** Creates (or finds) the ring, resizes it when a capacity was asked for, and says what will happen. */
async function start(monitor: CompleteResourceMonitor, settings: MonitorSettings, where: string, io: Io) {
  const capacity = await monitor.init();
  if (settings.capacity !== undefined && settings.capacity !== capacity) {
    const dropped = await monitor.setCapacity(settings.capacity);
    io.err(
      `Resized ${monitor.tableName} from ${capacity} to ${settings.capacity} slots` +
        (dropped > 0 ? `, dropping the ${dropped} oldest samples.` : '.'),
    );
  }
  const targets = [
    `node ${settings.nodeName}${settings.master ? ' (master)' : ''}`,
    ...settings.containers.map((c) => `container ${c}`),
  ];
  const every =
    settings.containers.length > 0 && settings.containerIntervalSeconds !== settings.nodeIntervalSeconds
      ? `every ${settings.nodeIntervalSeconds} s (containers every ${settings.containerIntervalSeconds} s)`
      : `every ${settings.nodeIntervalSeconds} s`;
  io.err(
    `Monitoring ${targets.join(', ')} into ${monitor.tableName} (${monitor.capacity} slots) on ${where}, ` +
      `${every}, ${settings.samples === undefined ? 'until stopped (Ctrl-C)' : `${settings.samples} samples`}.`,
  );
}
