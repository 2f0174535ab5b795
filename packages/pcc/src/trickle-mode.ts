import { deriveSample, formatBytes, formatDuration, type RawSnapshot } from '@perfanalysis/shared';
import type { TrickleConfig } from './config.js';
import { readHostInfo } from './host-info.js';
import { IngestClient } from './ingest-client.js';
import { nextTick, runOnTicks } from './scheduler.js';
import { DEFAULT_SENDER_OPTIONS, sendSpool } from './sender.js';
import { sleep } from './sleep.js';
import { SnapshotReader } from './snapshot-reader.js';
import { Spool } from './spool.js';
import { claimSpoolDir, keyedSpoolDir, oldSpoolNotice } from './spool-directory.js';
import { Summary } from './summary.js';
import type { Terminal } from './terminal.js';
import { AGENT } from './version.js';

const FINAL_FLUSH_MS = 10_000;

/** How a trickle run ended: what it collected, what the server stored, and what still waits in the spool. */
export interface TrickleResult {
  readonly summary: Summary;
  /** Samples the server stored in this run, spooled by earlier runs with the same server and key included. */
  readonly sent: number;
  /** Samples left in the spool, for the next run with the same server and key. */
  readonly waiting: number;
  /** Samples dropped because the spool was full. */
  readonly dropped: number;
  readonly spoolDir: string;
}

/**
 * Trickle mode: derive a sample on every tick and put it in the spool on disk; a sender streams the spool
 * to the server in batches every few seconds. Registration is retried in the background until it succeeds.
 * At the end, the sender gets a few seconds to empty the spool; whatever is left goes at the next start
 * with the same server and key (the spool is kept per server and key, so no other key ever sends it).
 */
export async function runTrickleMode(
  config: TrickleConfig,
  terminal: Terminal,
  signal: AbortSignal,
): Promise<TrickleResult> {
  const warn = (message: string): void => terminal.warn(message);
  const spoolDir = keyedSpoolDir(config.spoolDir, config.server, config.apiKey);
  const release = claimSpoolDir(spoolDir);
  const oldSpool = oldSpoolNotice(config.spoolDir, spoolDir);
  if (oldSpool) warn(oldSpool);
  const reader = new SnapshotReader({
    procfs: config.procfs,
    sysfs: config.sysfs,
    onWarning: warn,
    containers: { dockerHost: config.dockerHost, dockerTlsVerify: config.dockerTlsVerify },
  });
  const spool = new Spool(spoolDir, config.spoolMaxBytes, warn);
  const client = new IngestClient(config.server, config.apiKey, AGENT);
  const background = new AbortController();
  const stopBackground = (): void => background.abort();
  signal.addEventListener('abort', stopBackground, { once: true });
  const senderOptions = { ...DEFAULT_SENDER_OPTIONS, pauseMs: config.batchIntervalMs, onWarning: warn };
  const registration = register(client, config, background.signal, warn);
  let sent = 0;
  const sender = sendSpool(spool, client, background.signal, senderOptions).then((n) => {
    sent += n;
  });

  const summary = new Summary();
  const started = Date.now();
  let waiting = 0;
  try {
    // Containers found and named before the baseline, so that the first sample has them.
    await reader.ready();
    let previous: RawSnapshot = reader.read();
    await runOnTicks(
      config.frequencyMs,
      started + config.durationMs,
      signal,
      (tick) => {
        const current = reader.read(tick);
        const sample = deriveSample(previous, current, config.filters);
        previous = current;
        if (!sample) return;
        spool.append(JSON.stringify(sample));
        summary.add(sample);
        terminal.status(
          `${formatDuration(Date.now() - started)}  ${summary.count} samples  spool ${formatBytes(spool.pendingBytes)}  ${Summary.line(sample)}`,
        );
      },
      nextTick(started + config.frequencyMs / 2, config.frequencyMs),
    );
  } finally {
    reader.close();
    background.abort();
    signal.removeEventListener('abort', stopBackground);
    await Promise.all([registration, sender]);
    const flush = AbortSignal.timeout(FINAL_FLUSH_MS);
    sent += await sendSpool(spool, client, flush, senderOptions, true);
    waiting = spool.pendingSamples();
    spool.close();
    release();
    terminal.clearStatus();
  }
  return { summary, sent, waiting, dropped: spool.droppedSamples, spoolDir };
}

async function register(
  client: IngestClient,
  config: TrickleConfig,
  signal: AbortSignal,
  warn: (message: string) => void,
): Promise<void> {
  const info = readHostInfo(config);
  for (let backoffMs = 1000; !signal.aborted; backoffMs = Math.min(backoffMs * 2, 60_000)) {
    const result = await client.register(info);
    if (result.kind === 'ok') return;
    if (result.kind === 'rejected') {
      warn(`registration refused (${result.reason})`);
      return;
    }
    await sleep(Math.max(result.retryAfterMs ?? 0, backoffMs), signal);
  }
}
