import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import {
  collectorRepository,
  type Database,
  DEFAULT_TENANT_NAME,
  tenantByName,
  tenantHandle,
} from '@perfanalysis/storage';
import type { FastifyBaseLogger } from 'fastify';
import { qualifiedKey } from './credentials.js';

const LOCAL_SITE = 'local';

/**
 * The agent that watches the machine the server runs on, for `npm start`: the real pcc in trickle mode,
 * streaming to this server's ingest port once a second as the collector `<hostname>` of site `local` in the
 * default tenant. Its key is made afresh at every start (keys are stored hashed and cannot be read back).
 */
export async function startLocalAgent(
  db: Database,
  options: { ingestUrl: string; spoolDir: string; log: FastifyBaseLogger },
): Promise<{ collectorId: string; machineName: string; stop(): Promise<void> }> {
  const tenant = await tenantByName(db, DEFAULT_TENANT_NAME);
  if (!tenant) throw new Error('the default tenant is missing: run perfanalysis migrate');
  const collectors = collectorRepository(tenantHandle(db, tenant));
  const name = hostname();
  const { collectors: local } = await collectors.list({ site: LOCAL_SITE, limit: 1000 });
  const existing = local.find((c) => c.machineName === name);
  const keyed = existing
    ? await collectors.regenerateKey(existing.id)
    : await collectors.create({ machineName: name, siteName: LOCAL_SITE, platform: 'Linux Server' });
  if (!keyed) throw new Error('could not make a key for the local collector');

  const pcc = join(
    dirname(createRequire(import.meta.url).resolve('@perfanalysis/pcc/package.json')),
    'bin',
    'pcc.js',
  );
  const args = [
    pcc,
    '--server',
    options.ingestUrl,
    '--frequency',
    '1s',
    '--spool',
    options.spoolDir,
    '--quiet',
  ];
  let child: ChildProcess | undefined;
  let stopping = false;
  const start = (): void => {
    child = spawn(process.execPath, args, {
      env: { ...process.env, PCC_APIKEY: qualifiedKey(tenant.name, keyed.apiKey) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr?.on('data', (chunk: Buffer) => options.log.warn(`local agent: ${chunk.toString().trim()}`));
    child.on('exit', (code) => {
      if (stopping) return;
      options.log.error(`local agent exited (${code}); restarting in 5 s`);
      setTimeout(() => !stopping && start(), 5000).unref();
    });
  };
  start();
  return {
    collectorId: keyed.collector.id,
    machineName: name,
    async stop() {
      stopping = true;
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
