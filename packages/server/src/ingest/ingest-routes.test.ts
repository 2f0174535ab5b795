import assert from 'node:assert/strict';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import {
  collectorRepository,
  type Database,
  openDatabase,
  sampleRepository,
  type TenantHandle,
  tenantByName,
  tenantHandle,
} from '@perfanalysis/storage';
import { forEachDatabase } from '@perfanalysis/storage/test-support/databases';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { qualifiedKey } from '../credentials.js';

const LIMIT = 256 * 1024;

function sample(timestamp: number, cpuUser = 12.5): Record<string, unknown> {
  return {
    timestamp,
    interval: 1,
    cpu_user: cpuUser,
    cpu_idle: 100 - cpuUser,
    mem_used: 1024,
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
      { device: 'sda', read_bytes: 1, write_bytes: 2, read_ops: 3, write_ops: 4, util: 5, await_ms: 0.5 },
    ],
  };
}
const T0 = Date.UTC(2026, 0, 1);

forEachDatabase('ingest API', (ctx) => {
  let db: Database;
  let app: FastifyInstance;
  let tenant: TenantHandle;
  let collectorId: string;
  let key: string;

  before(async () => {
    db = await ctx.db();
    app = await buildApp({ db, bodyLimitBytes: LIMIT }, { role: 'ingest' });
    const defaultTenant = await tenantByName(db, 'default');
    assert.ok(defaultTenant);
    tenant = tenantHandle(db, defaultTenant);
    const created = await collectorRepository(tenant).create({ machineName: 'web-01', siteName: 'lab' });
    collectorId = created.collector.id;
    key = qualifiedKey('default', created.apiKey);
  });
  after(() => app.close());

  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url,
      headers: { authorization: `ApiKey ${key}`, 'content-type': 'application/json', ...headers },
      payload: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
    });

  test('register stores the host info on the collector', async () => {
    const info = {
      hostname: 'web-01',
      os_name: 'Debian GNU/Linux',
      os_version: '12',
      kernel: '6.1.0',
      arch: 'x64',
      cpu_vendor: 'GenuineIntel',
      cpu_model: 'Xeon',
      cpu_count: 8,
      mem_total_mb: 32000,
      ip_addresses: ['10.0.0.5'],
      storage_gb: 500,
    };
    const response = await post('/api/v1/register/', info);
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.json().collector_id, collectorId);
    const stored = await collectorRepository(tenant).get(collectorId);
    assert.deepEqual(stored?.hostInfo, info);
    assert.ok(stored?.registeredAt && stored.lastSeenAt);
  });

  test('a batch is stored; resent, it changes nothing', async () => {
    const batch = { samples: [sample(T0), sample(T0 + 1000), sample(T0 + 2000)] };
    const first = await post('/api/v1/metrics/', batch);
    assert.equal(first.statusCode, 200, first.body);
    assert.deepEqual(first.json(), { stored: 3, duplicates: 0 });
    const again = await post('/api/v1/metrics/', gzipSync(JSON.stringify(batch)), {
      'content-encoding': 'gzip',
    });
    assert.deepEqual(again.json(), { stored: 0, duplicates: 3 });
    const bounds = await sampleRepository(tenant).timeBounds(collectorId);
    assert.equal(bounds.count, 3);
  });

  test('ISO timestamps are accepted and missing metrics are stored as null', async () => {
    const response = await post('/api/v1/metrics/', {
      samples: [{ timestamp: '2026-01-02T00:00:00Z', cpu_user: 1 }],
    });
    assert.equal(response.statusCode, 200, response.body);
    const rows = [];
    for await (const row of sampleRepository(tenant).sampleRange(collectorId, Date.UTC(2026, 0, 2)))
      rows.push(row);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.cpu_user, 1);
    assert.equal(rows[0]?.mem_used, null);
  });

  test('container rows are stored, a null limit (no memory.max) as NULL', async () => {
    const web = {
      container_id: 'a1'.repeat(32),
      container_name: 'web',
      cpu_percent: 150,
      mem_usage_mb: 256,
      mem_limit_mb: null,
      mem_rss_mb: 128,
      mem_cache_mb: 64,
      mem_working_set_mb: 224,
      blk_read_bytes: 1048576,
      blk_write_bytes: 0,
      blk_read_ops: 10,
      blk_write_ops: 0,
      net_rx_bytes: 2000,
      net_tx_bytes: 1000,
      net_rx_packets: 10,
      net_tx_packets: 5,
      net_rx_errors: 0,
      net_tx_errors: 0,
      net_rx_drops: 0,
      net_tx_drops: 0,
      pids: 12,
    };
    const at = Date.UTC(2026, 0, 3);
    const response = await post('/api/v1/metrics/', { samples: [{ ...sample(at), containers: [web] }] });
    assert.equal(response.statusCode, 200, response.body);
    const rows = await tenant.query<Record<string, unknown>>(
      `SELECT * FROM ${tenant.table('sample_containers')} WHERE collector_id = $1 AND ts = $2`,
      [collectorId, new Date(at)],
    );
    assert.deepEqual(
      rows.map(({ collector_id: _c, ts: _t, ...rest }) => rest),
      [{ ...web, upload_id: null }],
      'stored as live samples, of no upload',
    );
    const bad = await post('/api/v1/metrics/', {
      samples: [{ ...sample(at + 1000), containers: [{ ...web, cpu_percent: 'busy' }] }],
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().error.message, /\/samples\/0\/containers\/0\/cpu_percent/);
  });

  test("each CPU's frequency is stored; one an older agent leaves out, or null, is NULL; an implausible one is 400", async () => {
    const at = Date.UTC(2026, 0, 4);
    const cpu0 = (sample(at).cpus as Record<string, unknown>[])[0];
    const cpus = [
      { ...cpu0, mhz: 2400.5 },
      { ...cpu0, cpu: 'cpu1', mhz: null },
      { ...cpu0, cpu: 'cpu2' },
    ];
    const response = await post('/api/v1/metrics/', { samples: [{ ...sample(at), cpus }] });
    assert.equal(response.statusCode, 200, response.body);
    const rows = await tenant.query<{ cpu: string; mhz: number | null }>(
      `SELECT cpu, mhz FROM ${tenant.table('sample_cpus')} WHERE collector_id = $1 AND ts = $2 ORDER BY cpu`,
      [collectorId, new Date(at)],
    );
    assert.deepEqual(rows, [
      { cpu: 'cpu0', mhz: 2400.5 },
      { cpu: 'cpu1', mhz: null },
      { cpu: 'cpu2', mhz: null },
    ]);
    const bad = await post('/api/v1/metrics/', {
      samples: [{ ...sample(at + 1000), cpus: [{ ...cpu0, mhz: 2_400_000 }] }],
    });
    assert.equal(bad.statusCode, 400, bad.body);
    assert.match(bad.json().error.message, /cpus\[cpu0\]\.mhz = 2400000 MHz .*plausible range/);
  });

  test('a wrong, missing or foreign key is 401', async () => {
    for (const authorization of [
      `ApiKey ${key}x`,
      'ApiKey nope',
      'ApiKey nosuchtenant.abc',
      'Basic abc',
      '',
    ]) {
      const response = await post('/api/v1/metrics/', { samples: [sample(T0)] }, { authorization });
      assert.equal(response.statusCode, 401, authorization);
      assert.equal(response.json().error.code, 'INVALID_API_KEY');
    }
  });

  test('malformed bodies are 400 with a message naming the problem, and store nothing', async () => {
    const before = (await sampleRepository(tenant).timeBounds(collectorId)).count;
    const cases: [unknown, RegExp][] = [
      ['{"samples": [', /not valid JSON/],
      [{ samples: [{ ...sample(T0 + 5000), cpu_user: 'high' }] }, /\/samples\/0\/cpu_user/],
      [{ samples: [{ cpu_user: 1 }] }, /timestamp/],
      [{ samples: [sample(1000)] }, /\/samples\/0\/timestamp 1000 is before 2000-01-01/],
      [
        { samples: [sample(T0 + 5000), { ...sample(T0 + 6000), mem_used: 1e200 }] },
        /^\/samples\/1: mem_used = 1e\+200 MB at 2026-01-01T00:00:06\.000Z is outside its plausible range/,
      ],
      [
        {
          samples: [
            { ...sample(T0 + 5000), cpu_user: 1e308 },
            { ...sample(T0 + 6000), cpu_user: 1e308 },
          ],
        },
        /cpu_user = 1e\+308 %/,
      ],
      [{ samples: [{ ...sample(T0 + 5000), cpu_user: 101.5 }] }, /cpu_user = 101\.5 % .* range -1 to 101 %/],
      [{ nothing: true }, /samples/],
      [[1, 2, 3], /body/],
    ];
    for (const [body, message] of cases) {
      const response = await post('/api/v1/metrics/', body);
      assert.equal(response.statusCode, 400, `${JSON.stringify(body)} → ${response.body}`);
      assert.match(response.json().error.message, message);
    }
    for (const notGzip of [Buffer.from('not gzip'), Buffer.alloc(64 * 1024, 'not gzip')]) {
      const bad = await post('/api/v1/metrics/', notGzip, { 'content-encoding': 'gzip' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.json().error.message, /not valid gzip/);
    }
    assert.equal((await sampleRepository(tenant).timeBounds(collectorId)).count, before);
  });

  test('an oversized body is 413, compressed or not', async () => {
    const huge = { samples: Array.from({ length: 2000 }, (_, i) => sample(T0 + i * 1000)) };
    assert.equal((await post('/api/v1/metrics/', huge)).statusCode, 413);
    // Small compressed bodies are inflated on the event loop, larger ones in the thread pool: a bomb of each.
    for (const inflated of [LIMIT * 4, 2 ** 25]) {
      const bomb = gzipSync(Buffer.alloc(inflated, 32));
      const response = await post('/api/v1/metrics/', bomb, { 'content-encoding': 'gzip' });
      assert.equal(response.statusCode, 413, `${bomb.length} bytes of gzip`);
      assert.equal(response.json().error.code, 'BODY_TOO_LARGE');
    }
  });

  test('unknown routes are 404 in the same error shape', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/nothing' });
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().error.code, 'NOT_FOUND');
  });

  test('past its batches in hand a process answers 503 INGEST_BUSY with Retry-After, stores nothing of it, and takes batches again once those are answered', async () => {
    const busyApp = await buildApp({ db, bodyLimitBytes: LIMIT, maxBatchesInHand: 2 }, { role: 'ingest' });
    await busyApp.listen({ host: '127.0.0.1', port: 0 });
    const { port } = busyApp.server.address() as AddressInfo;
    const payload = (first: number) => JSON.stringify({ samples: [sample(first), sample(first + 1000)] });
    // Two agents whose batches are still arriving: their heads are in, half their bodies.
    const slow = await Promise.all(
      [0, 1].map(
        () =>
          new Promise<Socket>((resolve) => {
            const body = payload(T0 + 600_000);
            const socket = connect(port, '127.0.0.1', () => {
              socket.write(
                `POST /api/v1/metrics/ HTTP/1.1\r\nhost: x\r\nauthorization: ApiKey ${key}\r\n` +
                  `content-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
                () => resolve(socket),
              );
            });
          }),
      ),
    );
    const send = (first: number) =>
      fetch(`http://127.0.0.1:${port}/api/v1/metrics/`, {
        method: 'POST',
        headers: { authorization: `ApiKey ${key}`, 'content-type': 'application/json' },
        body: payload(first),
      });
    try {
      const before = (await sampleRepository(tenant).timeBounds(collectorId)).count;
      // The server counts a batch in hand once it has read its head: wait for both.
      let busy = await send(T0 + 700_000);
      for (let i = 0; i < 400 && busy.status === 200; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        busy = await send(T0 + 800_000 + i * 10_000);
      }
      assert.equal(busy.status, 503);
      assert.equal(busy.headers.get('retry-after'), '5');
      assert.equal(((await busy.json()) as { error: { code: string } }).error.code, 'INGEST_BUSY');
      const during = (await sampleRepository(tenant).timeBounds(collectorId)).count;
      for (const socket of slow) socket.destroy();
      // Both hung up: their places are free again.
      let again = await send(T0 + 2_000_000);
      for (let i = 0; i < 400 && again.status === 503; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        again = await send(T0 + 2_000_000);
      }
      assert.equal(again.status, 200);
      assert.deepEqual(await again.json(), { stored: 2, duplicates: 0 });
      assert.equal((await sampleRepository(tenant).timeBounds(collectorId)).count, during + 2);
      assert.ok(during >= before);
    } finally {
      for (const socket of slow) socket.destroy();
      await busyApp.close();
    }
  });

  test('an unreachable database is 503, so the agent keeps its spool', async () => {
    const gone =
      ctx.kind === 'postgres'
        ? await openDatabase({ url: 'postgres://postgres@127.0.0.1:1/unreachable' })
        : await openDatabase({ dataDir: 'memory://' });
    if (ctx.kind === 'pglite') await gone.close();
    const goneApp = await buildApp({ db: gone, bodyLimitBytes: LIMIT }, { role: 'ingest' });
    const response = await goneApp.inject({
      method: 'POST',
      url: '/api/v1/metrics/',
      headers: { authorization: `ApiKey ${key}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ samples: [sample(T0)] }),
    });
    assert.equal(response.statusCode, 503, response.body);
    assert.equal(response.json().error.code, 'DATABASE_UNAVAILABLE');
    const health = await goneApp.inject({ method: 'GET', url: '/healthz' });
    assert.equal(health.statusCode, 503);
    await goneApp.close();
    if (ctx.kind === 'postgres') await gone.close();
  });
});
