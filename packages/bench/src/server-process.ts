import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freePort } from '@perfanalysis/pcc/free-port';
import { type Child, startChild } from './cleanup.js';

const require = createRequire(import.meta.url);

/** The real CLI, as installed: `perfanalysis` of @perfanalysis/server. */
export const PERFANALYSIS_BIN = join(
  dirname(require.resolve('@perfanalysis/server')),
  '..',
  'bin',
  'perfanalysis.js',
);

const READY_TIMEOUT_MS = 60_000;

export interface ServerProcess {
  /** The port of its role (the portal's, when it runs both). */
  readonly port: number;
  readonly ports: { readonly portal?: number; readonly ingest?: number };
  readonly child: Child;
  /** SIGTERM (then SIGKILL); resolves once it has ended. */
  stop(): Promise<void>;
}

export type ServerDatabase = { readonly url: string } | { readonly dataDir: string };

/**
 * `perfanalysis serve --services <role>` on 127.0.0.1 and a free port (one a role), as a child process on its
 * own database (a PostgreSQL URL, or a data directory for the embedded database), ready once /healthz answers
 * 200.
 */
export async function startServer(
  role: 'ingest' | 'portal' | 'portal,ingest',
  database: ServerDatabase,
): Promise<ServerProcess> {
  const ports =
    role === 'portal,ingest'
      ? { portal: await freePort(), ingest: await freePort() }
      : { [role]: await freePort() };
  const port = (ports.portal ?? ports.ingest) as number;
  const env: NodeJS.ProcessEnv = { ...process.env, PA_LOG_LEVEL: process.env.PA_LOG_LEVEL ?? 'warn' };
  // The flags alone say which database: none from the environment.
  delete env.DATABASE_URL;
  delete env.PA_DATA_DIR;
  const child = startChild(
    process.execPath,
    [
      // For profiling the server: PA_BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof'.
      ...(process.env.PA_BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter((arg) => arg !== ''),
      PERFANALYSIS_BIN,
      'serve',
      '--services',
      role,
      '--host',
      '127.0.0.1',
      ...Object.entries(ports).flatMap(([name, p]) => [`--${name}-port`, String(p)]),
      ...('url' in database ? ['--database-url', database.url] : ['--data-dir', database.dataDir]),
    ],
    { env },
  );
  let ended = false;
  void child.exited.then(() => {
    ended = true;
  });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await healthy(port))) {
    if (ended || Date.now() > deadline) {
      await child.stop();
      throw new Error(
        `perfanalysis serve --services ${role} ${ended ? 'exited' : 'did not answer /healthz'}: ${child.stderr().trim().slice(-500)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    port,
    ports,
    child,
    async stop() {
      await child.stop();
    },
  };
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode === 200));
    });
    req.once('error', () => resolve(false));
    req.setTimeout(2000, () => req.destroy());
    req.end();
  });
}
