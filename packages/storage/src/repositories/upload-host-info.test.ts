import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { HostInfo } from '@perfanalysis/shared';
import { type TenantHandle, tenantHandle } from '../tenancy/tenant-handle.js';
import { tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { collectorRepository } from './collector-repository.js';
import { uploadRepository } from './upload-repository.js';

const host = (hostname: string, cpus: number): HostInfo => ({
  hostname,
  os_name: 'Ubuntu',
  os_version: '24.04',
  kernel: '6.8.0',
  arch: 'x86_64',
  cpu_vendor: 'GenuineIntel',
  cpu_model: 'Xeon',
  cpu_count: cpus,
  mem_total_mb: 16_384,
  ip_addresses: ['10.0.0.4'],
  storage_gb: 600,
});

async function* bytes(text: string): AsyncIterable<Buffer> {
  yield Buffer.from(text);
}

forEachDatabase('the machine an uploaded capture came from', (ctx) => {
  let t: TenantHandle;

  test('set-up', async () => {
    const db = await ctx.db();
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    t = tenantHandle(db, tenant);
  });

  async function upload(collectorId: string, info: HostInfo | undefined, first: Date, last: Date) {
    const uploads = uploadRepository(t);
    const created = await uploads.create(
      { collectorId, filename: 'run.json', description: '', contentType: null, uploadedBy: null },
      bytes('{}'),
    );
    await uploads.recordImport(created.id, { rows: 10, firstTs: first, lastTs: last, hostInfo: info });
    if (info) await collectorRepository(t).recordCapturedHostInfo(collectorId, info);
    return created.id;
  }

  test('is kept per file, fills a collector no agent reports for, and stays out of the others', async () => {
    const collectors = collectorRepository(t);
    const files = (await collectors.create({ machineName: 'files-only' })).collector.id;
    const other = (await collectors.create({ machineName: 'other' })).collector.id;
    const a = await upload(
      files,
      host('db-07', 4),
      new Date('2026-03-03T09:00:00Z'),
      new Date('2026-03-03T09:05:00Z'),
    );
    const b = await upload(
      files,
      host('db-08', 8),
      new Date('2026-03-04T09:00:00Z'),
      new Date('2026-03-04T10:00:00Z'),
    );
    const csv = await upload(
      files,
      undefined,
      new Date('2026-03-02T09:00:00Z'),
      new Date('2026-03-02T09:01:00Z'),
    );
    const listed = new Map(
      (await uploadRepository(t).list(files)).uploads.map((u) => [u.id, u.hostInfo?.hostname ?? null]),
    );
    assert.deepEqual([listed.get(a), listed.get(b), listed.get(csv)], ['db-07', 'db-08', null]);
    // The latest capture describes the collector; its last_seen stays unset (no agent has spoken).
    const filled = await collectors.get(files);
    assert.equal(filled?.hostInfo?.hostname, 'db-08');
    assert.equal(filled?.lastSeenAt, null);
    assert.equal((await collectors.get(other))?.hostInfo, null);
    const summary = (await uploadRepository(t).summary()).get(files);
    assert.equal(summary?.count, 3);
    assert.equal(summary?.firstTs?.toISOString(), '2026-03-02T09:00:00.000Z');
    assert.equal(summary?.lastTs?.toISOString(), '2026-03-04T10:00:00.000Z');
  });

  test("an agent's own report is not overwritten by a capture", async () => {
    const collectors = collectorRepository(t);
    const live = (await collectors.create({ machineName: 'live' })).collector.id;
    await collectors.updateHostInfo(live, host('live-01', 2));
    await upload(
      live,
      host('elsewhere', 64),
      new Date('2026-03-05T09:00:00Z'),
      new Date('2026-03-05T09:01:00Z'),
    );
    assert.equal((await collectors.get(live))?.hostInfo?.hostname, 'live-01');
  });
});
