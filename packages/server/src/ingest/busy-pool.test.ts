import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { IngestClient, Spool, sendSpool } from '@perfanalysis/pcc';
import {
  collectorRepository,
  type Database,
  migrate,
  sampleRepository,
  type TenantHandle,
  tenantByName,
  tenantHandle,
} from '@perfanalysis/storage';
import { forEachDatabase } from '@perfanalysis/storage/test-support/databases';
import { buildApp } from '../app.js';
import { qualifiedKey } from '../credentials.js';

const root = mkdtempSync(join(tmpdir(), 'busy-pool-'));
after(() => rmSync(root, { recursive: true, force: true }));

const T0 = Date.UTC(2026, 0, 1);
const sampleLine = (i: number): string =>
  JSON.stringify({ timestamp: T0 + i * 1000, interval: 1, cpu_user: 10 + (i % 5), cpu_idle: 80 });

/** Holds every connection of a pool of one until released: what a pool full of slow work looks like. */
function holdPool(db: Database): { held: Promise<void>; release(): Promise<void> } {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let started!: () => void;
  const held = new Promise<void>((resolve) => {
    started = resolve;
  });
  const done = db.transaction(async (tx) => {
    await tx.exec('SELECT 1');
    started();
    await released;
  });
  return {
    held,
    async release() {
      release();
      await done;
    },
  };
}

forEachDatabase('a pool with no connection free', (ctx) => {
  // The embedded database is one session, with no pool to run out of.
  if (ctx.kind !== 'postgres') return;
  let db: Database;
  let tenant: TenantHandle;

  const setUp = async (machineName: string) => {
    db ??= await ctx.fresh({ poolSize: 1, poolWaitMs: 300 });
    await migrate(db);
    const found = await tenantByName(db, 'default');
    assert.ok(found);
    tenant = tenantHandle(db, found);
    const { collector, apiKey } = await collectorRepository(tenant).create({ machineName });
    return { collectorId: collector.id, key: qualifiedKey('default', apiKey) };
  };

  test('answers 503 DATABASE_BUSY with Retry-After, and the batch is stored once resent', async () => {
    const { collectorId, key } = await setUp('busy-1');
    const app = await buildApp({ db, bodyLimitBytes: 1 << 20 }, { role: 'ingest' });
    try {
      const post = () =>
        app.inject({
          method: 'POST',
          url: '/api/v1/metrics/',
          headers: { authorization: `ApiKey ${key}`, 'content-type': 'application/json' },
          payload: `{"samples":[${sampleLine(0)},${sampleLine(1)}]}`,
        });
      const hold = holdPool(db);
      await hold.held;
      const busy = await post();
      await hold.release();
      assert.equal(busy.statusCode, 503);
      assert.equal(busy.json().error.code, 'DATABASE_BUSY');
      assert.ok(Number(busy.headers['retry-after']) > 0);
      const again = await post();
      assert.equal(again.statusCode, 200);
      assert.deepEqual(again.json(), { stored: 2, duplicates: 0 });
      assert.equal((await sampleRepository(tenant).timeBounds(collectorId)).count, 2);
    } finally {
      await app.close();
    }
  });

  test('pcc keeps its spool through 503s, waits for Retry-After, and loses nothing', async () => {
    const { collectorId, key } = await setUp('busy-2');
    const app = await buildApp({ db, bodyLimitBytes: 1 << 20 }, { role: 'ingest' });
    const answers: { status: number; retryAfter: unknown }[] = [];
    app.addHook('onResponse', async (_request, reply) => {
      answers.push({ status: reply.statusCode, retryAfter: reply.getHeader('retry-after') });
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const spool = new Spool(join(root, 'spool'), 1e9);
      for (let i = 0; i < 12; i += 1) spool.append(sampleLine(i));
      const hold = holdPool(db);
      await hold.held;
      const client = new IngestClient(
        `127.0.0.1:${(app.server.address() as AddressInfo).port}`,
        key,
        'busy-pool test',
      );
      const warnings: string[] = [];
      const sending = sendSpool(
        spool,
        client,
        AbortSignal.timeout(60_000),
        { batchLines: 5, pauseMs: 10, maxBackoffMs: 60_000, onWarning: (w) => warnings.push(w) },
        true,
      );
      // Released once the server has turned pcc away at least once.
      while (!answers.some((a) => a.status === 503)) await new Promise((r) => setTimeout(r, 20));
      await hold.release();
      assert.equal(await sending, 12);
      assert.equal((await sampleRepository(tenant).timeBounds(collectorId)).count, 12);
      const refused = answers.filter((a) => a.status !== 200);
      assert.ok(refused.length > 0);
      for (const answer of refused) {
        assert.equal(answer.status, 503);
        assert.ok(Number(answer.retryAfter) > 0);
      }
      assert.match(warnings[0] ?? '', /keeping samples in the spool/);
    } finally {
      await app.close();
    }
  });
});
