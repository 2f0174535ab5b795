import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { freePort } from '@perfanalysis/pcc/free-port';
import {
  collectorRepository,
  createTenant,
  type Database,
  migrate,
  openDatabase,
  tenantByName,
  tenantHandle,
  tenantSchemaName,
} from '@perfanalysis/storage';
import { testDatabaseUrl } from '@perfanalysis/storage/test-support/databases';
import { qualifiedKey } from '../credentials.js';
import {
  assertStoredAsCollected,
  CuttableProxy,
  healthy,
  PCC,
  PERFANALYSIS,
  type Running,
  run,
  until,
} from './processes.test-support.js';

const FREQUENCY_MS = 500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const work = mkdtempSync(join(tmpdir(), 'pa-faults-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Where a test's server keeps its data: a fresh PostgreSQL database, or a fresh embedded one. */
interface Store {
  readonly args: readonly string[];
  open(): Promise<Database>;
  drop(): Promise<void>;
}

async function postgresStore(url: string): Promise<Store | undefined> {
  const admin = await openDatabase({ url, poolSize: 1 });
  try {
    await admin.query('SELECT 1');
  } catch (error) {
    await admin.close();
    if (process.env.CI) throw error;
    return undefined;
  }
  const name = `pa_test_${randomBytes(6).toString('hex')}`;
  await admin.exec(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    args: ['--database-url', target.toString()],
    open: () => openDatabase({ url: target.toString() }),
    async drop() {
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

function embeddedStore(): Store {
  const dataDir = mkdtempSync(join(work, 'data-'));
  return {
    args: ['--data-dir', dataDir],
    open: () => openDatabase({ dataDir: join(dataDir, 'pglite') }),
    drop: async () => undefined,
  };
}

/** Creates the collector (with the store's database closed again, as PGlite allows one process) and its key. */
async function newCollector(store: Store, tenantName = 'default'): Promise<{ id: string; key: string }> {
  const db = await store.open();
  try {
    await migrate(db);
    const tenant = (await tenantByName(db, tenantName)) ?? (await createTenant(db, { name: tenantName }));
    const { collector, apiKey } = await collectorRepository(tenantHandle(db, tenant)).create({
      machineName: 'fault-test',
      siteName: 'tests',
    });
    return { id: collector.id, key: qualifiedKey(tenantName, apiKey) };
  } finally {
    await db.close();
  }
}

async function storedTimestamps(
  store: Store,
  collectorId: string,
  tenantName = 'default',
): Promise<number[]> {
  const db = await store.open();
  try {
    const rows = await db.query<{ ms: string }>(
      `SELECT (extract(epoch FROM ts) * 1000)::bigint AS ms FROM ${tenantSchemaName(tenantName)}.samples WHERE collector_id = $1 ORDER BY ts`,
      [collectorId],
    );
    return rows.map((row) => Number(row.ms));
  } finally {
    await db.close();
  }
}

function startServer(store: Store, port: number, databaseArgs: readonly string[] = store.args): Running {
  return run(
    [
      PERFANALYSIS,
      'serve',
      '--services',
      'ingest',
      '--host',
      '127.0.0.1',
      '--ingest-port',
      String(port),
      ...databaseArgs,
    ],
    {
      PA_LOG_LEVEL: 'warn',
    },
  );
}

function startPcc(port: number, key: string): Running {
  const spool = mkdtempSync(join(work, 'spool-'));
  return run(
    [
      PCC,
      '--server',
      `http://127.0.0.1:${port}`,
      '--frequency',
      `${FREQUENCY_MS}ms`,
      '--batch-interval',
      '300ms',
      '--spool',
      spool,
    ],
    {
      PCC_APIKEY: key,
    },
  );
}

describe('trickle mode through faults', () => {
  for (const kind of ['pglite', 'postgres'] as const) {
    test(`[${kind}] the server killed mid-stream and restarted: no gaps, no duplicates`, async (t) => {
      const store = kind === 'pglite' ? embeddedStore() : await postgresStore(testDatabaseUrl());
      if (!store) return t.skip('PostgreSQL is not reachable');
      const { id, key } = await newCollector(store);
      const port = await freePort();
      let server = startServer(store, port);
      await until('the server', () => healthy(port));
      const pcc = startPcc(port, key);
      try {
        await sleep(3000);
        await server.stop('SIGKILL');
        await sleep(3000);
        server = startServer(store, port);
        await until('the server again', () => healthy(port));
        await sleep(3000);
        assert.equal(await pcc.stop('SIGTERM'), 0, pcc.output());
        await server.stop();
        await assertStoredAsCollected(pcc, await storedTimestamps(store, id), FREQUENCY_MS);
      } finally {
        await pcc.stop('SIGKILL');
        await server.stop('SIGKILL');
        await store.drop();
      }
    });
  }

  test('[postgres] the database away for a while: 503s, then everything arrives', async (t) => {
    const store = await postgresStore(testDatabaseUrl());
    if (!store) return t.skip('PostgreSQL is not reachable');
    const { id, key } = await newCollector(store);
    const real = new URL(store.args[1] ?? '');
    const proxy = new CuttableProxy(await freePort(), Number(real.port || 5432));
    await proxy.open();
    const viaProxy = new URL(real);
    viaProxy.port = String(proxy.port);
    const port = await freePort();
    const server = startServer(store, port, ['--database-url', viaProxy.toString()]);
    await until('the server', () => healthy(port));
    const pcc = startPcc(port, key);
    try {
      await sleep(3000);
      await proxy.cut();
      await until('the server to notice', async () => !(await healthy(port)));
      await sleep(3000);
      await proxy.open();
      await until('the database back', () => healthy(port));
      await sleep(4000);
      assert.equal(await pcc.stop('SIGTERM'), 0, pcc.output());
      // The first failure may be the query cut mid-flight (500) rather than the refused connection (503).
      assert.match(pcc.output(), /cannot send to the server \(HTTP 50[03]/);
      await assertStoredAsCollected(pcc, await storedTimestamps(store, id), FREQUENCY_MS);
    } finally {
      await pcc.stop('SIGKILL');
      await server.stop('SIGKILL');
      await proxy.cut();
      await store.drop();
    }
  });

  test('[pglite] two tenants on one machine: a run that could not send keeps its samples from the other tenant', async () => {
    const store = embeddedStore();
    const first = await newCollector(store);
    const second = await newCollector(store, 'acme');
    const home = mkdtempSync(join(work, 'home-'));
    const port = await freePort();
    const once = async (key: string): Promise<{ code: number | null; output: string; sent: number }> => {
      const pcc = run(
        [PCC, '--server', `http://127.0.0.1:${port}`, '--frequency', `${FREQUENCY_MS}ms`, '--duration', '2s'],
        { HOME: home, PCC_APIKEY: key },
      );
      const code = await pcc.exited;
      const sent = /sent (\d+) samples to/.exec(pcc.output())?.[1];
      assert.ok(sent !== undefined, pcc.output());
      return { code, output: pcc.output(), sent: Number(sent) };
    };
    const failed = await once(first.key);
    assert.equal(failed.code, 3, failed.output);
    assert.match(failed.output, /sent 0 samples to \S+, \d+ still waiting in /);
    const server = startServer(store, port);
    try {
      await until('the server', () => healthy(port));
      const other = await once(second.key);
      assert.equal(other.code, 0, other.output);
      const again = await once(first.key);
      assert.equal(again.code, 0, again.output);
      await server.stop();
      const [firstStored, secondStored] = [
        await storedTimestamps(store, first.id),
        await storedTimestamps(store, second.id, 'acme'),
      ];
      assert.equal(secondStored.length, other.sent, 'the other tenant got its own samples only');
      assert.equal(firstStored.length, again.sent, 'the first run’s samples went to their own tenant, later');
      assert.ok(again.sent > secondStored.length, failed.output);
    } finally {
      await server.stop('SIGKILL');
      await store.drop();
    }
  });
});
