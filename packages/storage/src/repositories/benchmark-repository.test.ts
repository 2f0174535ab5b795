import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type TenantHandle, tenantHandle } from '../tenancy/tenant-handle.js';
import { tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { benchmarkRepository } from './benchmark-repository.js';
import { collectorRepository } from './collector-repository.js';

forEachDatabase('benchmark statistics', (ctx) => {
  let t: TenantHandle;

  test('set-up', async () => {
    const db = await ctx.db();
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    t = tenantHandle(db, tenant);
  });

  test('a single run has no spread (0, not the largest double); two collectors are kept apart', async () => {
    const collectors = collectorRepository(t);
    const one = (await collectors.create({ machineName: 'bench-one' })).collector.id;
    const two = (await collectors.create({ machineName: 'bench-two' })).collector.id;
    const benchmarks = benchmarkRepository(t);
    for (const [collectorId, score] of [
      [one, 10],
      [two, 4],
      [two, 6],
    ] as const) {
      await benchmarks.create({ collectorId, name: 'spread-check', score, unit: 'GB/s', details: null });
    }
    const stats = await benchmarks.stats({ name: 'spread-check' });
    assert.deepEqual(
      stats.map((s) => [s.collectorId, s.count, s.mean, Math.round(s.stddev * 1e6) / 1e6]),
      [
        [one, 1, 10, 0],
        [two, 2, 5, Math.round(Math.SQRT2 * 1e6) / 1e6],
      ],
    );
  });
});
