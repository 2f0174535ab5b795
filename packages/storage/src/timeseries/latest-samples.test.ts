import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOST_METRICS } from '@perfanalysis/shared';
import { collectorRepository } from '../repositories/collector-repository.js';
import { type TenantHandle, tenantHandle } from '../tenancy/tenant-handle.js';
import { tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { testSample } from '../test-support/sample-fixture.test-support.js';
import { latestSamples } from './latest-samples.js';
import { sampleRepository } from './sample-repository.js';

const T0 = Date.UTC(2026, 10, 2, 8, 0, 0);

forEachDatabase('latest samples', (ctx) => {
  let t: TenantHandle;

  test('set-up', async () => {
    const db = await ctx.db();
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    t = tenantHandle(db, tenant);
  });

  test("each collector's latest host row, its own, by machine name; collectors without samples left out", async () => {
    const collectors = collectorRepository(t);
    const web = (await collectors.create({ machineName: 'web-01', siteName: 'lab' })).collector.id;
    const db = (await collectors.create({ machineName: 'db-01' })).collector.id;
    await collectors.create({ machineName: 'idle-01' });
    const samples = sampleRepository(t);
    await samples.insertSamples(
      web,
      [0, 1, 2].map((s) => testSample(T0 + s * 1000)),
    );
    await samples.insertSamples(
      db,
      [0, 5].map((s) => testSample(T0 + s * 1000)),
    );

    const latest = await latestSamples(t);
    assert.deepEqual(
      latest.map((l) => [l.collectorId, l.machineName, l.site, l.ts.getTime()]),
      [
        [db, 'db-01', '', T0 + 5000],
        [web, 'web-01', 'lab', T0 + 2000],
      ],
    );
    const expected = testSample(T0 + 2000) as unknown as Record<string, number>;
    for (const column of HOST_METRICS)
      assert.equal(latest[1]?.values[column.name], expected[column.name] ?? null, column.name);
  });
});
