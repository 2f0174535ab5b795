import { readFile } from 'node:fs/promises';
import { parseDuration } from '@perfanalysis/shared';
import { parseDocument } from 'yaml';

/** pcd's configuration file (`pcd --config /etc/pcd/config.yaml`), as the seeds write it. */
export interface PcdConfig {
  readonly server: {
    readonly port: number | undefined;
    /** The longest a client may take to send a whole request. */
    readonly readTimeoutMs: number | undefined;
    /** The longest a connection may stall, answering included. */
    readonly writeTimeoutMs: number | undefined;
  };
  readonly storage: {
    readonly dataDir: string | undefined;
    readonly apiKeysFile: string | undefined;
  };
  readonly xatbackend: {
    readonly url: string | undefined;
    readonly uploadEndpoint: string | undefined;
    readonly apiKey: string | undefined;
  };
}

/** What is wrong with a configuration file: printed as it is, with a non-zero exit before anything starts. */
export class PcdConfigError extends Error {
  readonly code = 'PCD_CONFIG';
}

type Section = Record<string, (value: unknown, where: string) => unknown>;

const SECTIONS: Record<keyof PcdConfig, Section> = {
  server: { port, read_timeout: duration, write_timeout: duration },
  storage: { data_dir: path, api_keys_file: path },
  xatbackend: { url: httpUrl, upload_endpoint: endpoint, api_key: nonEmpty },
};

/** Reads and checks the file: unknown keys (all of them named), wrong types and bad values are errors. */
export async function loadPcdConfig(file: string): Promise<PcdConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new PcdConfigError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  return parsePcdConfig(text, file);
}

export function parsePcdConfig(text: string, file: string): PcdConfig {
  const document = parseDocument(text, { uniqueKeys: true });
  const problem = document.errors[0];
  if (problem) throw new PcdConfigError(`${file}: not valid YAML: ${problem.message.split('\n')[0]}`);
  const root: unknown = document.toJS() ?? {};
  if (!isObject(root)) throw new PcdConfigError(`${file}: expected the sections server, storage, xatbackend`);

  const unknown: string[] = [];
  const errors: string[] = [];
  const values: Record<string, Record<string, unknown>> = {};
  for (const [name, section] of Object.entries(root)) {
    const spec = SECTIONS[name as keyof PcdConfig];
    if (!spec) {
      unknown.push(name);
      continue;
    }
    if (section === null || section === undefined) continue;
    if (!isObject(section)) {
      errors.push(`${name}: expected keys (${Object.keys(spec).join(', ')}), got ${describe(section)}`);
      continue;
    }
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(section)) {
      const check = spec[key];
      if (!check) unknown.push(`${name}.${key}`);
      else if (value !== null) {
        try {
          out[key] = check(value, `${name}.${key}`);
        } catch (error) {
          errors.push((error as Error).message);
        }
      }
    }
    values[name] = out;
  }
  if (unknown.length > 0) {
    const known = Object.entries(SECTIONS).flatMap(([name, spec]) =>
      Object.keys(spec).map((k) => `${name}.${k}`),
    );
    errors.unshift(
      `unknown key${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (known: ${known.join(', ')})`,
    );
  }
  if (errors.length > 0) throw new PcdConfigError(`${file}: ${errors.join('; ')}`);
  const { server = {}, storage = {}, xatbackend = {} } = values;
  return {
    server: {
      port: server.port as number | undefined,
      readTimeoutMs: server.read_timeout as number | undefined,
      writeTimeoutMs: server.write_timeout as number | undefined,
    },
    storage: {
      dataDir: storage.data_dir as string | undefined,
      apiKeysFile: storage.api_keys_file as string | undefined,
    },
    xatbackend: {
      url: xatbackend.url as string | undefined,
      uploadEndpoint: xatbackend.upload_endpoint as string | undefined,
      apiKey: xatbackend.api_key as string | undefined,
    },
  };
}

function port(value: unknown, where: string): number {
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 65535)
    throw new Error(`${where}: expected a port number (0–65535), got ${describe(value)}`);
  return value as number;
}

function duration(value: unknown, where: string): number {
  if (typeof value === 'number' && value > 0) return value * 1000;
  if (typeof value === 'string') {
    try {
      const ms = parseDuration(value);
      if (ms > 0) return ms;
    } catch {
      // Reported below, with the key.
    }
  }
  throw new Error(`${where}: expected a duration such as 10s, 500ms or 2m, got ${describe(value)}`);
}

function path(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new Error(`${where}: expected a path, got ${describe(value)}`);
  return value;
}

function httpUrl(value: unknown, where: string): string {
  let protocol: string | undefined;
  try {
    protocol = new URL(String(value)).protocol;
  } catch {
    // Reported below.
  }
  if (typeof value !== 'string' || (protocol !== 'http:' && protocol !== 'https:'))
    throw new Error(`${where}: expected an http:// or https:// address, got ${describe(value)}`);
  return value as string;
}

function endpoint(value: unknown, where: string): string {
  if (typeof value !== 'string' || !value.startsWith('/'))
    throw new Error(`${where}: expected a path starting with /, got ${describe(value)}`);
  return value;
}

function nonEmpty(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new Error(`${where}: expected text, got ${describe(value)}`);
  return value.trim();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isObject(value)) return 'a section';
  return JSON.stringify(value);
}
