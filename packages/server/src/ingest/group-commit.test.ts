import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { test } from 'node:test';
import type { Sample } from '@perfanalysis/shared';
import {
  collectorRepository,
  type Database,
  DatabaseUnavailableError,
  ImplausibleValueError,
  migrate,
  sampleRepository,
  samplesVersion,
  type TenantHandle,
  tenantByName,
  tenantHandle,
} from '@perfanalysis/storage';
import { forEachDatabase } from '@perfanalysis/storage/test-support/databases';
import { buildApp } from '../app.js';
import { qualifiedKey } from '../credentials.js';
import { GroupCommit } from './group-commit.js';

const T0 = Date.UTC(2026, 0, 1);

/** `count` samples a second apart from `first` (seconds after T0), with a CPU row and a disk row each. */
function batch(first: number, count: number, cpuUser = 12): Sample[] {
  return Array.from({ length: count }, (_, i) => ({
    timestamp: T0 + (first + i) * 1000,
    interval: 1,
    cpu_user: cpuUser,
    cpu_idle: 100 - cpuUser,
    cpus: [
      {
        cpu: 'cpu0',
        user: cpuUser,
        nice: 0,
        system: 0,
        idle: 100 - cpuUser,
        iowait: 0,
        irq: 0,
        softirq: 0,
        steal: 0,
        guest: 0,
        guest_nice: 0,
      },
    ],
    disks: [
      {
        device: 'sda',
        read_bytes: 100 + i,
        write_bytes: 5,
        read_ops: 1,
        write_ops: 1,
        util: 1,
        await_ms: 0.5,
      },
    ],
  })) as unknown as Sample[];
}

async function defaultTenant(db: Database): Promise<TenantHandle> {
  const tenant = await tenantByName(db, 'default');
  assert.ok(tenant);
  return tenantHandle(db, tenant);
}

async function collectors(tenant: TenantHandle, prefix: string, n: number) {
  const repo = collectorRepository(tenant);
  const made = [];
  for (let i = 0; i < n; i += 1) made.push(await repo.create({ machineName: `${prefix}-${i}` }));
  return made;
}

const count = async (
  tenant: TenantHandle,
  table: 'samples' | 'sample_disks',
  id: string,
): Promise<number> => {
  const [row] = await tenant.query<{ n: number }>(
    `SELECT count(*) AS n FROM ${tenant.table(table)} WHERE collector_id = $1`,
    [id],
  );
  return row?.n ?? 0;
};

forEachDatabase('group commit', (ctx) => {
  test('many collectors at once: stored in a few groups, each answered with its own rows; a bad, a resent and a self-duplicating batch fail alone', async () => {
    const db = await ctx.db();
    const tenant = await defaultTenant(db);
    const made = await collectors(tenant, 'fleet', 30);
    const ids = made.map((m) => m.collector.id);
    const groups = new GroupCommit();
    // Collector 0 sent its batch before; it resends it, with 2 new samples after it.
    assert.deepEqual(await groups.store(tenant, ids[0] as string, batch(0, 5)), { stored: 5, duplicates: 0 });
    const before = await samplesVersion(tenant, ids[2] as string);
    const started = groups.groups;
    // All at once, in one tick: two groups start with the first two batches, the rest wait and go together.
    const answers = await Promise.allSettled(
      ids.map((id, i) => {
        if (i === 0) return groups.store(tenant, id, batch(0, 7));
        if (i === 1) return groups.store(tenant, id, batch(0, 5, 1e9));
        // Its last second twice: new, so it joins a group, and fails it; the group is stored in halves.
        if (i === 2) return groups.store(tenant, id, [...batch(10, 5), ...batch(14, 1)]);
        return groups.store(tenant, id, batch(10, 5));
      }),
    );
    assert.deepEqual(answers[0], { status: 'fulfilled', value: { stored: 2, duplicates: 5 } });
    assert.equal(answers[1]?.status, 'rejected');
    assert.ok((answers[1] as PromiseRejectedResult).reason instanceof ImplausibleValueError);
    assert.deepEqual(answers[2], { status: 'fulfilled', value: { stored: 5, duplicates: 1 } });
    for (const answer of answers.slice(3)) {
      assert.deepEqual(answer, { status: 'fulfilled', value: { stored: 5, duplicates: 0 } });
    }
    assert.ok(
      groups.groups - started < ids.length - 1,
      `${groups.groups - started} groups for ${ids.length - 1}`,
    );
    assert.equal(await count(tenant, 'samples', ids[0] as string), 7);
    assert.equal(await count(tenant, 'samples', ids[1] as string), 0);
    for (const id of ids.slice(2)) {
      assert.equal(await count(tenant, 'samples', id), 5);
      assert.equal(await count(tenant, 'sample_disks', id), 5);
    }
    // Their rollups, versions and last-seen times moved with their rows.
    const rollups = await tenant.query<{ collector_id: string; n: number }>(
      `SELECT collector_id, sum(n) FILTER (WHERE resolution = 30)::integer AS n FROM ${tenant.table('sample_rollups')}
       WHERE collector_id = ANY($1::uuid[]) GROUP BY collector_id`,
      [ids.slice(2)],
    );
    assert.equal(rollups.length, ids.length - 2);
    for (const r of rollups) assert.equal(r.n, 5);
    assert.ok(((await samplesVersion(tenant, ids[2] as string)) ?? 0) > (before ?? 0));
    const seen = await collectorRepository(tenant).get(ids[2] as string);
    assert.ok(seen?.lastSeenAt);
    assert.equal((await collectorRepository(tenant).get(ids[1] as string))?.lastSeenAt, null);
  });

  test('an idle server stores a batch at once; batches that find it busy gather into one group, or go as soon as a group is full', async () => {
    const db = await ctx.db();
    const tenant = await defaultTenant(db);
    const ids = (await collectors(tenant, 'gather', 102)).map((m) => m.collector.id);
    // A minute's gathering: a batch that waited for it would time the test out.
    const groups = new GroupCommit({ gatherMs: 60_000 });
    assert.deepEqual(await groups.store(tenant, ids[0] as string, batch(0, 5)), { stored: 5, duplicates: 0 });
    assert.equal(groups.groups, 1);
    // Just after a group: busy. A hundred batches are a group's worth, stored together without waiting.
    const full = await Promise.all(ids.slice(1, 101).map((id) => groups.store(tenant, id, batch(0, 5))));
    for (const answer of full) assert.deepEqual(answer, { stored: 5, duplicates: 0 });
    assert.equal(groups.groups, 2);
    // Two batches that find it busy wait for each other: one group, once the window ends.
    const short = new GroupCommit({ gatherMs: 1000 });
    await short.store(tenant, ids[0] as string, batch(5, 5));
    const both = await Promise.all([
      short.store(tenant, ids[101] as string, batch(0, 5)),
      short.store(tenant, ids[0] as string, batch(10, 5)),
    ]);
    for (const answer of both) assert.deepEqual(answer, { stored: 5, duplicates: 0 });
    assert.equal(short.groups, 2);
    assert.equal(await count(tenant, 'samples', ids[0] as string), 15);
    assert.equal(await count(tenant, 'samples', ids[101] as string), 5);
  });

  test('a batch whose client hung up while it waited is dropped; the others are stored', async () => {
    const db = await ctx.db();
    const tenant = await defaultTenant(db);
    const ids = (await collectors(tenant, 'shed', 4)).map((m) => m.collector.id);
    const groups = new GroupCommit();
    const gone = new AbortController();
    // The first two are stored at once; the last two wait, and the last one's client hangs up meanwhile.
    const answers = Promise.allSettled(
      ids.map((id, i) => groups.store(tenant, id, batch(100, 5), i === 3 ? gone.signal : undefined)),
    );
    gone.abort(new Error('the client hung up'));
    const [a, b, c, d] = await answers;
    for (const answer of [a, b, c])
      assert.deepEqual(answer, { status: 'fulfilled', value: { stored: 5, duplicates: 0 } });
    assert.equal(d?.status, 'rejected');
    assert.equal(await count(tenant, 'samples', ids[3] as string), 0);
    assert.equal(await count(tenant, 'samples', ids[2] as string), 5);
  });

  test('a group whose database is gone answers every request of it unavailable, and stores nothing', async () => {
    const db = await ctx.fresh();
    await migrate(db);
    const tenant = await defaultTenant(db);
    const ids = (await collectors(tenant, 'gone', 4)).map((m) => m.collector.id);
    await db.close();
    const groups = new GroupCommit();
    const answers = await Promise.allSettled(ids.map((id) => groups.store(tenant, id, batch(0, 5))));
    for (const answer of answers) {
      assert.equal(answer.status, 'rejected');
      assert.ok((answer as PromiseRejectedResult).reason instanceof DatabaseUnavailableError);
    }
  });

  test('a client that hangs up mid-request: the others are answered, and its resent batch is stored once', async () => {
    const db = await ctx.db();
    const tenant = await defaultTenant(db);
    const made = await collectors(tenant, 'hangup', 6);
    const app = await buildApp({ db, bodyLimitBytes: 1 << 20 }, { role: 'ingest' });
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const port = (app.server.address() as AddressInfo).port;
      const key = (i: number) => qualifiedKey('default', made[i]?.apiKey ?? '');
      const body = (first: number) => JSON.stringify({ samples: batch(first, 5) });
      const post = (i: number, first: number) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/metrics/',
          headers: { authorization: `ApiKey ${key(i)}`, 'content-type': 'application/json' },
          payload: body(first),
        });
      // Collector 0 sends its whole request and hangs up at once; collector 1 hangs up half-way through.
      const hangUp = (i: number, bytes: 'all' | 'half') =>
        new Promise<void>((resolve) => {
          const payload = body(0);
          const socket = connect(port, '127.0.0.1', () => {
            const head =
              `POST /api/v1/metrics/ HTTP/1.1\r\nhost: x\r\nauthorization: ApiKey ${key(i)}\r\n` +
              `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(payload)}\r\n\r\n`;
            socket.write(head + (bytes === 'all' ? payload : payload.slice(0, payload.length / 2)), () => {
              socket.destroy();
              resolve();
            });
          });
          socket.on('error', () => resolve());
        });
      const [, , ...others] = await Promise.all([
        hangUp(0, 'all'),
        hangUp(1, 'half'),
        ...[2, 3, 4, 5].map((i) => post(i, 0)),
      ]);
      for (const answer of others) {
        assert.equal(answer.statusCode, 200);
        assert.deepEqual(answer.json(), { stored: 5, duplicates: 0 });
      }
      // pcc had no answer, so it sends both again: each ends up stored once.
      for (const i of [0, 1]) {
        const again = await post(i, 0);
        assert.equal(again.statusCode, 200);
        const { stored, duplicates } = again.json() as { stored: number; duplicates: number };
        assert.equal(stored + duplicates, 5);
        assert.equal(await count(tenant, 'samples', made[i]?.collector.id ?? ''), 5);
      }
      assert.equal((await sampleRepository(tenant).timeBounds(made[1]?.collector.id ?? '')).count, 5);
    } finally {
      await app.close();
    }
  });
});
