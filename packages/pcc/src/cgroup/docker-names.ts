// node:http and node:child_process load only when a name is looked up, on hosts that run containers: the
// agent's footprint stays small elsewhere.
import { type CommandRunner, runCommand } from './command-runner.js';

/** One way of learning container names: id → name, or a rejection when the source is unavailable. */
export type NameLookup = (signal: AbortSignal) => Promise<ReadonlyMap<string, string>>;

/** Where the Docker Engine API listens, from DOCKER_HOST; undefined when only the docker command can reach it. */
export type DockerEndpoint =
  | { readonly socketPath: string; readonly label: string }
  | { readonly host: string; readonly port: number; readonly label: string };

export const DEFAULT_DOCKER_SOCKET = '/var/run/docker.sock';
const API_TIMEOUT_MS = 2000;
const CLI_TIMEOUT_MS = 5000;
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

/**
 * The API endpoint DOCKER_HOST names: `unix:///path` (the default is /var/run/docker.sock) or plain
 * `tcp://host:port`. TLS (DOCKER_TLS_VERIFY), ssh:// and anything else are left to the docker command.
 */
export function dockerEndpoint(
  dockerHost: string | undefined,
  tlsVerify?: string,
): DockerEndpoint | undefined {
  if (dockerHost === undefined || dockerHost === '') {
    return { socketPath: DEFAULT_DOCKER_SOCKET, label: `unix://${DEFAULT_DOCKER_SOCKET}` };
  }
  if (dockerHost.startsWith('unix://')) {
    const socketPath = dockerHost.slice('unix://'.length);
    return socketPath === '' ? undefined : { socketPath, label: dockerHost };
  }
  if (dockerHost.startsWith('tcp://') && !tlsVerify) {
    try {
      const url = new URL(`http://${dockerHost.slice('tcp://'.length)}`);
      return {
        host: url.hostname.replace(/^\[|\]$/g, ''),
        port: Number(url.port || 2375),
        label: dockerHost,
      };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Names from the Docker Engine API: `GET /containers/json` (running containers; the unversioned path is
 * answered at the daemon's own API version) gives each container's `Id` and `Names`, such as `["/web"]`.
 */
export function dockerApiLookup(endpoint: DockerEndpoint, timeoutMs = API_TIMEOUT_MS): NameLookup {
  return async (signal) => containerListNames(await getJson(endpoint, '/containers/json', signal, timeoutMs));
}

/** Names from `docker ps --no-trunc --format '{{.ID}} {{.Names}}'`, which honours DOCKER_HOST and contexts. */
export function dockerCliLookup(
  command = 'docker',
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = CLI_TIMEOUT_MS,
  run: CommandRunner = runCommand,
): NameLookup {
  return async (signal) =>
    dockerPsNames(
      await run(command, ['ps', '--no-trunc', '--format', '{{.ID}} {{.Names}}'], { env, signal, timeoutMs }),
    );
}

/** The ids and names of an Engine API container list; entries that are not containers are skipped. */
export function containerListNames(list: unknown): Map<string, string> {
  if (!Array.isArray(list)) throw new Error('the container list is not an array');
  const names = new Map<string, string>();
  for (const item of list as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { Id: id, Names: all } = item as { Id?: unknown; Names?: unknown };
    if (typeof id !== 'string' || !Array.isArray(all)) continue;
    const name = primaryName(all.filter((n): n is string => typeof n === 'string'));
    if (name !== undefined) names.set(id, name);
  }
  return names;
}

/** `docker ps` lines: the full id, a space, the names (comma-separated when a legacy link adds some). */
export function dockerPsNames(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const line of text.split('\n')) {
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    const name = primaryName(
      line
        .slice(space + 1)
        .trim()
        .split(','),
    );
    if (name !== undefined) names.set(line.slice(0, space), name);
  }
  return names;
}

/** The container's own name, without docker's leading slash; legacy link aliases (`/app/db`) are not it. */
function primaryName(names: readonly string[]): string | undefined {
  const bare = names.map((n) => (n.startsWith('/') ? n.slice(1) : n)).filter((n) => n !== '');
  return bare.find((n) => !n.includes('/')) ?? bare[0];
}

async function getJson(
  endpoint: DockerEndpoint,
  path: string,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<unknown> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    const where =
      'socketPath' in endpoint
        ? { socketPath: endpoint.socketPath }
        : { host: endpoint.host, port: endpoint.port };
    const req = request(
      {
        ...where,
        path,
        method: 'GET',
        headers: { accept: 'application/json' },
        agent: false,
        signal,
        timeout: timeoutMs,
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          reject(new Error(`${endpoint.label} answered ${res.statusCode} to GET ${path}`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) req.destroy(new Error(`${endpoint.label}: answer too large`));
          else chunks.push(chunk);
        });
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch {
            reject(new Error(`${endpoint.label}: GET ${path} did not answer JSON`));
          }
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${endpoint.label}: no answer in ${timeoutMs} ms`)));
    req.on('error', (error: NodeJS.ErrnoException) =>
      reject(error.code ? new Error(`${endpoint.label}: ${error.code}`) : error),
    );
    req.end();
  });
}

/** The lookups to try in order: the Engine API where DOCKER_HOST names one, then the docker command. */
export function dockerNameLookups(options: {
  readonly dockerHost?: string | undefined;
  readonly dockerTlsVerify?: string | undefined;
  readonly dockerCommand?: string | undefined;
  readonly env?: NodeJS.ProcessEnv | undefined;
}): NameLookup[] {
  const endpoint = dockerEndpoint(options.dockerHost, options.dockerTlsVerify);
  const cli = dockerCliLookup(options.dockerCommand, options.env);
  return endpoint ? [dockerApiLookup(endpoint), cli] : [cli];
}
