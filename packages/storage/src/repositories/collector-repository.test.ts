import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import type { HostInfo } from '@perfanalysis/shared';
import { type TenantHandle, tenantHandle } from '../tenancy/tenant-handle.js';
import { createTenant, tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { testSamples } from '../test-support/sample-fixture.test-support.js';
import { sampleRepository } from '../timeseries/sample-repository.js';
import { SAMPLE_TABLES } from '../timeseries/sample-tables.js';
import { hashApiKey } from './api-keys.js';
import { collectorListVersion, collectorRepository } from './collector-repository.js';
import { uploadRepository } from './upload-repository.js';

const HOST_INFO: HostInfo = {
  hostname: 'web-01',
  os_name: 'Debian GNU/Linux',
  os_version: '12',
  kernel: '6.1.0-13-amd64',
  arch: 'x86_64',
  cpu_vendor: 'GenuineIntel',
  cpu_model: 'Intel(R) Xeon(R)',
  cpu_count: 8,
  mem_total_mb: 32_000,
  ip_addresses: ['10.0.0.5'],
  storage_gb: 500,
};

forEachDatabase('collectors', (ctx) => {
  let t: TenantHandle;
  let other: TenantHandle;

  test('set up two tenants', async () => {
    const db = await ctx.db();
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    t = tenantHandle(db, tenant);
    other = tenantHandle(db, await createTenant(db, { name: 'other' }));
  });

  test("the collector list's version moves with what the list shows, not with last-seen times", async () => {
    const collectors = collectorRepository(t);
    const moved = async (change: () => Promise<unknown>) => {
      const before = await collectorListVersion(t);
      await change();
      return (await collectorListVersion(t)) > before;
    };
    let id = '';
    assert.ok(
      await moved(async () => {
        id = (await collectors.create({ machineName: 'listed', siteName: 'New Site' })).collector.id;
      }),
    );
    assert.equal(await moved(() => collectors.touchLastSeen(id)), false);
    assert.equal(
      await moved(() => sampleRepository(t).insertSamples(id, testSamples(1_700_000_000_000, 3, 1000))),
      false,
    );
    assert.ok(await moved(() => collectors.updateHostInfo(id, HOST_INFO)));
    assert.ok(await moved(() => collectors.regenerateKey(id)));
    let upload = '';
    assert.ok(
      await moved(async () => {
        const file = {
          collectorId: id,
          filename: 'f.csv',
          description: '',
          contentType: null,
          uploadedBy: null,
        };
        upload = (await uploadRepository(t).create(file, Readable.from([Buffer.from('x')]))).id;
      }),
    );
    assert.ok(await moved(() => uploadRepository(t).delete(upload)));
    assert.ok(await moved(() => collectors.delete(id)));
  });

  test('create returns the key once; only its SHA-256 and prefix are stored', async () => {
    const collectors = collectorRepository(t);
    const { collector, apiKey } = await collectors.create({
      machineName: 'web-01',
      siteName: 'DataCenter1',
      platform: 'linux',
    });
    assert.match(apiKey, /^[A-Za-z0-9_-]{43}$/);
    assert.match(collector.id, /^[0-9a-f-]{36}$/);
    assert.equal(collector.machineName, 'web-01');
    assert.equal(collector.siteName, 'DataCenter1');
    assert.equal(collector.platform, 'linux');
    assert.equal(collector.apiKeyPrefix, apiKey.slice(0, 8));
    assert.equal(collector.hostInfo, null);
    assert.equal(collector.registeredAt, null);
    const [stored] = await t.query<Record<string, unknown>>(
      `SELECT * FROM ${t.table('collectors')} WHERE id = $1`,
      [collector.id],
    );
    assert.equal(stored?.api_key_hash, hashApiKey(apiKey));
    assert.ok(!Object.values(stored ?? {}).includes(apiKey), 'the key is nowhere in clear');
  });

  test('findByApiKey finds by the key, and regenerateKey retires the old key at once', async () => {
    const collectors = collectorRepository(t);
    const { collector, apiKey } = await collectors.create({ machineName: 'db-01', siteName: 'DataCenter1' });
    assert.equal((await collectors.findByApiKey(apiKey))?.id, collector.id);
    assert.equal(await collectors.findByApiKey(`${apiKey}x`), undefined);
    assert.equal(await collectors.findByApiKey(''), undefined);
    const renewed = await collectors.regenerateKey(collector.id);
    assert.ok(renewed);
    assert.notEqual(renewed.apiKey, apiKey);
    assert.equal(await collectors.findByApiKey(apiKey), undefined);
    assert.equal((await collectors.findByApiKey(renewed.apiKey))?.id, collector.id);
    assert.equal(renewed.collector.apiKeyPrefix, renewed.apiKey.slice(0, 8));
    assert.equal(await collectors.regenerateKey('00000000-0000-4000-8000-000000000000'), undefined);
  });

  test('get, updateHostInfo and touchLastSeen', async () => {
    const collectors = collectorRepository(t);
    const { collector } = await collectors.create({ machineName: 'app-01' });
    assert.equal(collector.siteId, null);
    assert.deepEqual(await collectors.get(collector.id), collector);
    assert.equal(await collectors.get('not-a-uuid'), undefined);
    assert.equal(await collectors.get("1' OR '1'='1"), undefined);
    const registered = await collectors.updateHostInfo(collector.id, HOST_INFO);
    assert.deepEqual(registered?.hostInfo, HOST_INFO);
    assert.ok(registered?.registeredAt instanceof Date);
    assert.ok(registered?.lastSeenAt instanceof Date);
    const again = await collectors.updateHostInfo(collector.id, { ...HOST_INFO, cpu_count: 16 });
    assert.equal(again?.hostInfo?.cpu_count, 16);
    assert.deepEqual(again?.registeredAt, registered?.registeredAt, 'registered_at keeps the first time');
    assert.equal(await collectors.touchLastSeen(collector.id), true);
    assert.equal(await collectors.touchLastSeen('00000000-0000-4000-8000-000000000000'), false);
  });

  test('list pages, filters by site and counts', async () => {
    const collectors = collectorRepository(t);
    for (let i = 0; i < 5; i++) await collectors.create({ machineName: `edge-${i}`, siteName: 'Edge' });
    const edge = await collectors.list({ site: 'Edge', limit: 2, offset: 1 });
    assert.equal(edge.total, 5);
    assert.deepEqual(
      edge.collectors.map((c) => c.machineName),
      ['edge-1', 'edge-2'],
    );
    const all = await collectors.list();
    assert.equal(all.total, all.collectors.length);
    assert.ok(all.total >= 8);
    assert.deepEqual(await collectors.list({ site: 'Nowhere' }), { collectors: [], total: 0 });
    assert.deepEqual(await collectors.list({ site: 'Edge', offset: 10 }), { collectors: [], total: 5 });
  });

  test('delete removes the collector and all its samples', async () => {
    const collectors = collectorRepository(t);
    const { collector } = await collectors.create({ machineName: 'doomed' });
    const { collector: keeper } = await collectors.create({ machineName: 'keeper' });
    const samples = sampleRepository(t);
    const batch = testSamples(1_700_000_000_000, 20, 1000, {
      cpus: 2,
      disks: 1,
      nets: 1,
      filesystems: 1,
      temperatures: 1,
      containers: 1,
    });
    await samples.insertSamples(collector.id, batch);
    await samples.insertSamples(keeper.id, batch);
    assert.equal(await collectors.delete(collector.id), true);
    assert.equal(await collectors.get(collector.id), undefined);
    for (const table of SAMPLE_TABLES) {
      const rows = await t.query<{ collector_id: string; n: number }>(
        `SELECT collector_id, count(*) AS n FROM ${t.table(table)} GROUP BY collector_id`,
      );
      assert.ok(!rows.some((r) => r.collector_id === collector.id), table);
      assert.ok(
        rows.some((r) => r.collector_id === keeper.id && r.n > 0),
        table,
      );
    }
    assert.equal(await collectors.delete(collector.id), false);
  });

  test("a collector of one tenant is invisible through another tenant's handle", async () => {
    const mine = collectorRepository(t);
    const theirs = collectorRepository(other);
    const { collector, apiKey } = await mine.create({ machineName: 'secret', siteName: 'DataCenter1' });
    assert.equal(await theirs.get(collector.id), undefined);
    assert.equal(await theirs.findByApiKey(apiKey), undefined);
    assert.equal(await theirs.regenerateKey(collector.id), undefined);
    assert.equal(await theirs.touchLastSeen(collector.id), false);
    assert.equal(await theirs.delete(collector.id), false);
    assert.deepEqual(await theirs.list(), { collectors: [], total: 0 });
    await sampleRepository(t).insertSamples(collector.id, testSamples(1_700_000_000_000, 3));
    assert.equal((await sampleRepository(other).timeBounds(collector.id)).count, 0);
    assert.equal((await sampleRepository(t).timeBounds(collector.id)).count, 3);
    assert.ok(await mine.get(collector.id));
  });
});
