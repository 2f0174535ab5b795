import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freePort } from '@perfanalysis/pcc/free-port';

const require = createRequire(import.meta.url);

/** The perfanalysis command of the server package in this repository. */
export function perfanalysisBin(): string {
  return join(dirname(require.resolve('@perfanalysis/server')), '..', 'bin', 'perfanalysis.js');
}

/** pcc, the agent, from this repository. */
export function pccBin(): string {
  return join(dirname(require.resolve('@perfanalysis/pcc')), '..', 'bin', 'pcc.js');
}

/** Runs a perfanalysis command to its end; rejects with its output when it fails. */
export function perfanalysis(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [perfanalysisBin(), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`perfanalysis ${args[0]} failed:\n${output}`)),
    );
  });
}

export interface Portal {
  readonly url: string;
  /** The ingest role (pcd), where pcc sends its samples. */
  readonly ingestUrl: string;
  readonly dataDir: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * The real server, as a user starts it: `perfanalysis serve --services portal,ingest` on free loopback
 * ports with its own embedded database; resolves when /healthz answers.
 */
export async function startPortal(options: { dataDir?: string } = {}): Promise<Portal> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'pa-web-e2e-')));
  const [portalPort, ingestPort] = [await freePort(), await freePort()];
  const child: ChildProcess = spawn(
    process.execPath,
    [
      perfanalysisBin(),
      'serve',
      '--services',
      'portal,ingest',
      '--host',
      '127.0.0.1',
      '--portal-port',
      String(portalPort),
      '--ingest-port',
      String(ingestPort),
      '--data-dir',
      dataDir,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PA_LOG_LEVEL: 'warn' } },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${portalPort}`;
  // A loaded machine (a shared CI runner) may take a minute or more to open the embedded database.
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${output}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not become healthy in 180 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    ingestUrl: `http://127.0.0.1:${ingestPort}`,
    dataDir,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
