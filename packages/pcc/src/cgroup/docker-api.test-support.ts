/**
 * Test support: a Docker Engine API on a unix socket, answering as the documented API does (`GET /_ping`,
 * `GET [/v1.xx]/containers/json` with ContainerSummary objects, `{"message": …}` errors).
 */
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

export interface FakeContainer {
  readonly id: string;
  /** Docker's names, with their leading slash: `['/web']`. */
  readonly names: readonly string[];
}

export interface FakeDockerApi {
  readonly socketPath: string;
  /** `METHOD path` of every request, in order. */
  readonly requests: string[];
  /** Replaces the running containers. */
  containers: readonly FakeContainer[];
  /** When set, every containers/json request is answered with this status. */
  failWith: number | undefined;
  close(): Promise<void>;
}

const API_VERSION = '1.47';
const CONTAINERS = /^(?:\/v1\.\d+)?\/containers\/json(?:\?.*)?$/;

/** A ContainerSummary as GET /containers/json returns it (Engine API v1.47). */
function summary(container: FakeContainer, index: number): Record<string, unknown> {
  return {
    Id: container.id,
    Names: container.names,
    Image: 'nginx:1.27',
    ImageID: `sha256:${'0'.repeat(63)}${index}`,
    Command: "/docker-entrypoint.sh nginx -g 'daemon off;'",
    Created: 1_732_000_000 + index,
    Ports: [{ IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080 + index, Type: 'tcp' }],
    Labels: { 'com.docker.compose.service': container.names[0]?.slice(1) ?? '' },
    State: 'running',
    Status: 'Up 2 hours',
    HostConfig: { NetworkMode: 'bridge' },
    NetworkSettings: {
      Networks: {
        bridge: {
          NetworkID: 'b'.repeat(64),
          IPAddress: `172.17.0.${2 + index}`,
          MacAddress: '02:42:ac:11:00:02',
        },
      },
    },
    Mounts: [],
  };
}

export async function startDockerApi(
  dir: string,
  containers: readonly FakeContainer[],
): Promise<FakeDockerApi> {
  const socketPath = join(dir, 'docker.sock');
  const api: FakeDockerApi = {
    socketPath,
    requests: [],
    containers,
    failWith: undefined,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    api.requests.push(`${req.method} ${url}`);
    res.setHeader('Api-Version', API_VERSION);
    res.setHeader('Docker-Experimental', 'false');
    res.setHeader('Ostype', 'linux');
    res.setHeader('Server', 'Docker/27.3.1 (linux)');
    if (/^(?:\/v1\.\d+)?\/_ping$/.test(url) && (req.method === 'GET' || req.method === 'HEAD')) {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(req.method === 'GET' ? 'OK' : undefined);
      return;
    }
    if (req.method === 'GET' && CONTAINERS.test(url)) {
      const status = api.failWith ?? 200;
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(
        status === 200
          ? `${JSON.stringify(api.containers.map(summary))}\n`
          : `${JSON.stringify({ message: 'server error' })}\n`,
      );
      return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(`${JSON.stringify({ message: 'page not found' })}\n`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  return api;
}
