import {
  CAPTURE_FORMAT,
  CAPTURE_VERSION,
  deriveSample,
  formatDuration,
  formatProgress,
  type RawSnapshot,
} from '@perfanalysis/shared';
import { openCaptureWriter } from './capture-writer.js';
import type { LocalConfig } from './config.js';
import { readHostInfo } from './host-info.js';
import { nextTick, runOnTicks } from './scheduler.js';
import { SnapshotReader } from './snapshot-reader.js';
import { Summary } from './summary.js';
import type { Terminal } from './terminal.js';
import { AGENT } from './version.js';

/**
 * Local mode: a baseline snapshot, then one snapshot on every wall-clock tick until the duration is over or
 * the signal aborts (SIGINT, SIGTERM), each appended to the capture file. Returns the closing summary.
 */
export async function runLocalMode(
  config: LocalConfig,
  terminal: Terminal,
  signal: AbortSignal,
): Promise<Summary> {
  const reader = new SnapshotReader({
    procfs: config.procfs,
    sysfs: config.sysfs,
    onWarning: (message) => terminal.warn(message),
    containers: { dockerHost: config.dockerHost, dockerTlsVerify: config.dockerTlsVerify },
  });
  // Containers found and named before the baseline, so that the first sample has them.
  await reader.ready();
  const started = Date.now();
  const writer = await openCaptureWriter(config.collection, {
    format: CAPTURE_FORMAT,
    version: CAPTURE_VERSION,
    agent: AGENT,
    host: readHostInfo(config),
    start: new Date(started).toISOString(),
    frequency: config.frequencyMs / 1000,
    duration: Number.isFinite(config.durationMs) ? config.durationMs / 1000 : 0,
  });
  const summary = new Summary();
  try {
    let previous: RawSnapshot = reader.read();
    writer.write(previous);
    const until = started + config.durationMs;
    // The first tick comes at least half an interval after the baseline, so its rates are not noise.
    const first = nextTick(started + config.frequencyMs / 2, config.frequencyMs);
    const expected = Number.isFinite(config.durationMs) ? Math.ceil((until - first) / config.frequencyMs) : 0;
    await runOnTicks(
      config.frequencyMs,
      until,
      signal,
      (tick) => {
        const current = reader.read(tick);
        writer.write(current);
        const sample = deriveSample(previous, current, config.filters);
        previous = current;
        if (!sample) return;
        summary.add(sample);
        const elapsed = Date.now() - started;
        terminal.status(
          expected > 0
            ? formatProgress(
                summary.count,
                expected,
                elapsed,
                `${summary.count} samples  ${Summary.line(sample)}`,
              )
            : `${formatDuration(elapsed)} elapsed  ${summary.count} samples  ${Summary.line(sample)}`,
        );
      },
      first,
    );
  } finally {
    reader.close();
    await writer.close();
    terminal.clearStatus();
  }
  return summary;
}
