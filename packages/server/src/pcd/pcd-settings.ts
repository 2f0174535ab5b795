import { join } from 'node:path';
import { text, UsageError, type Values } from '@perfanalysis/shared/cli-command';
import { type PcdConfig, PcdConfigError } from './pcd-config.js';
import { DEFAULT_UPLOAD_ENDPOINT } from './relay/portal-client.js';

/** pcd's settings from its flags, then the environment, then its configuration file, then the defaults. */
export interface PcdSettings {
  /** The command's values, with `data-dir` from `storage.data_dir` when neither flag nor environment set it. */
  readonly values: Values;
  /** The ingest port the file gives (flags and PA_INGEST_PORT come first). */
  readonly port: string | undefined;
  readonly readTimeoutMs: number | undefined;
  readonly writeTimeoutMs: number | undefined;
  /** Set when pcd relays to a portal (`xatbackend.url`, --xatbackend-url or PCD_XATBACKEND_URL). */
  readonly relay?: {
    readonly url: string;
    readonly uploadEndpoint: string;
    readonly apiKey: string | undefined;
    readonly dataDir: string;
    readonly apiKeysFile: string;
  };
  /** What the file sets that this mode does not use, to say so at start. */
  readonly warnings: readonly string[];
}

export function pcdSettings(values: Values, config: PcdConfig | undefined, env = process.env): PcdSettings {
  const dataDir = text(values, 'data-dir') ?? env.PA_DATA_DIR ?? config?.storage.dataDir;
  const merged = dataDir === undefined ? values : { ...values, 'data-dir': dataDir };
  const base = {
    values: merged,
    port: config?.server.port === undefined ? undefined : String(config.server.port),
    readTimeoutMs: config?.server.readTimeoutMs,
    writeTimeoutMs: config?.server.writeTimeoutMs,
  };
  const url = text(values, 'xatbackend-url') ?? env.PCD_XATBACKEND_URL ?? config?.xatbackend.url;
  const apiKey = env.PCD_XATBACKEND_API_KEY ?? config?.xatbackend.apiKey;
  if (url === undefined) {
    if (apiKey !== undefined || config?.xatbackend.uploadEndpoint !== undefined)
      throw new PcdConfigError(
        'xatbackend: api_key and upload_endpoint need xatbackend.url (the portal to relay to)',
      );
    const warnings =
      config?.storage.apiKeysFile === undefined
        ? []
        : ['storage.api_keys_file is for relaying (xatbackend.url); without it the keys are in the database'];
    return { ...base, warnings };
  }
  try {
    const protocol = new URL(url).protocol;
    if (protocol !== 'http:' && protocol !== 'https:') throw new Error(protocol);
  } catch {
    throw new UsageError(`--xatbackend-url: "${url}" is not an http:// or https:// address`);
  }
  if (text(values, 'database-url') !== undefined)
    throw new UsageError('--database-url: a relay (xatbackend.url) keeps no database, only its spool');
  const relayDir = dataDir ?? 'data';
  return {
    ...base,
    relay: {
      url,
      uploadEndpoint: config?.xatbackend.uploadEndpoint ?? DEFAULT_UPLOAD_ENDPOINT,
      apiKey,
      dataDir: relayDir,
      apiKeysFile: config?.storage.apiKeysFile ?? join(relayDir, 'apikeys'),
    },
    warnings: [],
  };
}
