import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Spool } from '@perfanalysis/pcc';
import type { Io } from '../../cli/command.js';
import { IngestActivity } from '../ingest-activity.js';
import { PcdConfigError } from '../pcd-config.js';
import { KnownKeys } from './known-keys.js';
import { describeAnswer, PortalClient } from './portal-client.js';
import { buildRelayApp } from './relay-app.js';
import { forwardSpool } from './relay-forwarder.js';

export interface RelaySettings {
  readonly url: string;
  readonly uploadEndpoint: string;
  readonly apiKey: string | undefined;
  readonly dataDir: string;
  readonly apiKeysFile: string;
  readonly host: string;
  readonly port: number;
  readonly bodyLimitBytes: number;
  readonly readTimeoutMs: number | undefined;
  readonly writeTimeoutMs: number | undefined;
  readonly verbose: boolean;
  readonly agent: string;
}

/** What the spool may hold before the oldest batches go (with an error in the log). */
const SPOOL_MAX_BYTES = 1024 * 1024 * 1024;
const ACTIVITY_EVERY_MS = 60_000;

/**
 * Runs pcd as a relay until SIGINT or SIGTERM: checks the portal and the directories first (any problem is
 * thrown before anything listens), then takes pcc's requests into the spool in `data_dir/spool` and forwards
 * them. Returns the exit code.
 */
export async function runRelay(settings: RelaySettings, io: Io): Promise<number> {
  usableDirectory(settings.dataDir);
  const keys = new KnownKeys(settings.apiKeysFile);
  const portal = new PortalClient(settings.url, settings.uploadEndpoint, settings.agent);
  await checkPortal(portal, settings.apiKey, keys, io);

  const activity = new IngestActivity({ out: io.out, err: io.err, verbose: settings.verbose });
  const spool = new Spool(join(settings.dataDir, 'spool'), SPOOL_MAX_BYTES, (message) =>
    activity.error(message),
  );
  const app = await buildRelayApp({
    spool,
    keys,
    portal,
    bodyLimitBytes: settings.bodyLimitBytes,
    readTimeoutMs: settings.readTimeoutMs,
  });
  activity.watch(app);
  try {
    await app.listen({ host: settings.host, port: settings.port });
  } catch (error) {
    spool.close();
    throw error;
  }
  if (settings.writeTimeoutMs !== undefined) app.server.setTimeout(settings.writeTimeoutMs);
  const shown = settings.host === '0.0.0.0' ? 'localhost' : settings.host;
  io.err(`Ingest (pcd): http://${shown}:${settings.port}, relaying to ${portal.metricsUrl}`);
  io.err(
    `Spool: ${join(settings.dataDir, 'spool')} (${mib(spool.pendingBytes)} waiting); keys known: ${keys.size}`,
  );

  const stop = new AbortController();
  const forwarding = forwardSpool(spool, portal, keys, activity, stop.signal, io.out);
  const minutely = activity.every(ACTIVITY_EVERY_MS, () => `; spool ${mib(spool.pendingBytes)} waiting`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  io.err('Stopping…');
  await app.close();
  stop.abort();
  await forwarding;
  minutely.stop();
  spool.close();
  return 0;
}

/**
 * Asks the portal's batch endpoint for an empty batch: with `xatbackend.api_key`, that key must be accepted;
 * without, the endpoint must exist (it answers 401 to no key). A portal that cannot be reached is no reason
 * not to start (pcc's data waits in the spool), only a warning.
 */
async function checkPortal(
  portal: PortalClient,
  apiKey: string | undefined,
  keys: KnownKeys,
  io: Io,
): Promise<void> {
  const answer = await portal.post('metrics', apiKey, '{"samples":[]}');
  if (answer.kind === 'unreachable') {
    io.err(`Warning: the portal does not answer at ${portal.metricsUrl} (${answer.reason}); starting anyway`);
    return;
  }
  if (answer.status === 404)
    throw new PcdConfigError(
      `xatbackend: no ingest endpoint at ${portal.metricsUrl} (${describeAnswer(answer)}); the portal's is /api/v1/metrics/ (xatbackend.upload_endpoint)`,
    );
  if (apiKey !== undefined && (answer.status === 401 || answer.status === 403))
    throw new PcdConfigError(
      `xatbackend.api_key: the portal at ${portal.metricsUrl} rejects it (${describeAnswer(answer)})`,
    );
  if (apiKey !== undefined && answer.status < 300) keys.add(apiKey);
  else if (apiKey !== undefined || (answer.status !== 401 && answer.status >= 300))
    io.err(`Warning: the portal answered the start-up check with ${describeAnswer(answer)}`);
}

function usableDirectory(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    accessSync(dir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new PcdConfigError(
      `storage.data_dir ${dir}: cannot create or write it (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
}

function mib(bytes: number): string {
  return `${(bytes / 1048576).toFixed(2)} MiB`;
}
