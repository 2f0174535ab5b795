import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectorRepository } from '../repositories/collector-repository.js';
import { type TenantHandle, tenantHandle } from '../tenancy/tenant-handle.js';
import { tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { testSamples } from '../test-support/sample-fixture.test-support.js';
import { compareCollections } from './compare.js';
import { sampleRepository } from './sample-repository.js';

const HOUR = 3_600_000;
/** Two runs of the same test a week apart, the second an hour shorter. */
const RUN_A = Date.UTC(2026, 1, 2, 9, 0, 0);
const RUN_B = RUN_A + 7 * 24 * HOUR + 1234_567;

forEachDatabase('compareCollections', (ctx) => {
  let t: TenantHandle;
  let a: string;
  let b: string;
  const runA = { from: new Date(RUN_A), to: new Date(RUN_A + 3 * HOUR) };
  const runB = { from: new Date(RUN_B), to: new Date(RUN_B + 2 * HOUR) };

  test('set-up', async () => {
    const db = await ctx.db();
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    t = tenantHandle(db, tenant);
    a = (await collectorRepository(t).create({ machineName: 'a' })).collector.id;
    b = (await collectorRepository(t).create({ machineName: 'b' })).collector.id;
    // Each run's ctx_switches counts the seconds since its start (a metric whose range allows 10,800).
    const run = (start: number, hours: number) =>
      testSamples(start, hours * 360, 10_000).map((s) => ({
        ...s,
        ctx_switches: (s.timestamp - start) / 1000,
      }));
    await sampleRepository(t).insertSamples(a, run(RUN_A, 3));
    await sampleRepository(t).insertSamples(b, run(RUN_B, 2));
  });

  test('aligned at the start: t = 0 is each run’s first bucket, one axis as long as the longest run', async () => {
    const c = await compareCollections(
      t,
      [
        { collectorId: a, ...runA },
        { collectorId: b, ...runB },
      ],
      { points: 100, metrics: ['ctx_switches'], align: 'start' },
    );
    assert.equal(c.time[0], 0);
    assert.ok(c.time.length <= 100);
    assert.ok(((c.time.at(-1) as number) + c.bucketSeconds) * 1000 >= 3 * HOUR);
    const [ca, cb] = c.collections;
    assert.ok(ca && cb);
    for (const [k, x] of c.time.entries()) {
      // Same elapsed time, same value, whichever run: the first bucket of each starts at its run's start.
      const meanA: number | null = ca.series.ctx_switches.mean[k] ?? null;
      const meanB: number | null = cb.series.ctx_switches.mean[k] ?? null;
      if (meanA !== null && meanB !== null) assert.ok(Math.abs(meanA - meanB) <= 30, `t = ${x}`);
      if ((x + c.bucketSeconds) * 1000 <= 2 * HOUR) assert.notEqual(meanB, null, `t = ${x}`);
      if (x * 1000 >= 2 * HOUR + 60_000) assert.equal(meanB, null, 'after the shorter run: gaps');
    }
    assert.equal(ca.table.rows.find((r) => r.metric === 'ctx_switches')?.max, 3 * 3600 - 10);
    assert.equal(cb.table.samples, 720);
  });

  test('on the clock: unix seconds across both runs, each null outside its own range', async () => {
    const c = await compareCollections(
      t,
      [
        { collectorId: a, ...runA },
        { collectorId: b, ...runB },
      ],
      { points: 500, metrics: ['ctx_switches'], align: 'clock' },
    );
    assert.ok((c.time[0] as number) * 1000 <= RUN_A);
    assert.ok(((c.time.at(-1) as number) + c.bucketSeconds) * 1000 >= runB.to.getTime());
    const [ca, cb] = c.collections;
    assert.ok(ca && cb);
    c.time.forEach((x, k) => {
      if (x * 1000 >= runA.to.getTime()) assert.equal(ca.series.ctx_switches.mean[k], null);
      if ((x + c.bucketSeconds) * 1000 <= RUN_B) assert.equal(cb.series.ctx_switches.mean[k], null);
    });
    assert.ok(ca.series.ctx_switches.mean.some((v) => v !== null));
    assert.ok(cb.series.ctx_switches.mean.some((v) => v !== null));
  });
});
