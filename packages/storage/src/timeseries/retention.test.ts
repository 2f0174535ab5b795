import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectorRepository, samplesVersion } from '../repositories/collector-repository.js';
import { tenantHandle } from '../tenancy/tenant-handle.js';
import { createTenant, tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { testSamples } from '../test-support/sample-fixture.test-support.js';
import { applyRetention } from './retention.js';
import { sampleRepository } from './sample-repository.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12);

forEachDatabase('retention', (ctx) => {
  test('deletes rows older than the retention, in batches, only in tenants that have one', async () => {
    const db = await ctx.db();
    const keepAll = tenantHandle(db, (await tenantByName(db, 'default')) ?? assert.fail('no default tenant'));
    const short = tenantHandle(db, await createTenant(db, { name: 'short', retentionDays: 2 }));
    const devices = { cpus: 2, disks: 1 };
    // One sample an hour for four days before NOW, for two collectors in each tenant.
    const batch = testSamples(NOW - 4 * DAY, 96, 3_600_000, devices);
    const ids: Record<string, string[]> = { default: [], short: [] };
    for (const [name, t] of [
      ['default', keepAll],
      ['short', short],
    ] as const) {
      for (const machine of ['a', 'b']) {
        const { collector } = await collectorRepository(t).create({ machineName: machine });
        await sampleRepository(t).insertSamples(collector.id, batch);
        ids[name]?.push(collector.id);
      }
    }
    const results = await applyRetention(db, { now: new Date(NOW), batchSize: 10 });
    assert.equal(results.length, 1);
    const [result] = results;
    assert.equal(result?.tenant, 'short');
    assert.deepEqual(result?.cutoff, new Date(NOW - 2 * DAY));
    // Samples at NOW−96h … NOW−1h: those before NOW−48h go, 48 per collector, with their devices.
    assert.equal(result?.deleted, 2 * 48);
    assert.ok((result?.statements ?? 0) > 2 * 5, 'several batches per collector');
    for (const id of ids.short ?? []) {
      const bounds = await sampleRepository(short).timeBounds(id);
      assert.deepEqual(bounds, {
        first: new Date(NOW - 2 * DAY),
        last: new Date(NOW - 3_600_000),
        count: 48,
      });
      const [cpus] = await short.query<{ n: number; oldest: Date }>(
        `SELECT count(*) AS n, min(ts) AS oldest FROM ${short.table('sample_cpus')} WHERE collector_id = $1`,
        [id],
      );
      assert.deepEqual(cpus, { n: 96, oldest: new Date(NOW - 2 * DAY) });
      assert.equal(await samplesVersion(short, id), 2, 'marked changed');
    }
    for (const id of ids.default ?? []) {
      assert.equal((await sampleRepository(keepAll).timeBounds(id)).count, 96);
      assert.equal(await samplesVersion(keepAll, id), 1);
    }
    const again = await applyRetention(db, { now: new Date(NOW), batchSize: 10 });
    assert.equal(again[0]?.deleted, 0);
    for (const id of ids.short ?? [])
      assert.equal(await samplesVersion(short, id), 2, 'nothing went: unchanged');
  });
});
