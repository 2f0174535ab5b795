import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectorRepository } from '../repositories/collector-repository.js';
import { type TenantHandle, tenantHandle } from '../tenancy/tenant-handle.js';
import { tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { testSamples } from '../test-support/sample-fixture.test-support.js';
import { sampleRepository } from './sample-repository.js';
import { resolveRange } from './time-range.js';

const HOUR = 3_600_000;
/** Ten hours at 10 s, last spring: far from now. */
const FIRST = Date.UTC(2025, 4, 1, 6, 0, 0);
const LAST = FIRST + 10 * HOUR - 10_000;

forEachDatabase('resolveRange', (ctx) => {
  let t: TenantHandle;
  let id: string;

  test('set-up', async () => {
    const db = await ctx.db();
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    t = tenantHandle(db, tenant);
    id = (await collectorRepository(t).create({ machineName: 'ranges' })).collector.id;
    await sampleRepository(t).insertSamples(id, testSamples(FIRST, 3600, 10_000));
  });

  test('relative ranges end just after the last sample, not now', async () => {
    const end = new Date(LAST + 1);
    assert.deepEqual(await resolveRange(t, id, '1H'), { from: new Date(LAST + 1 - HOUR), to: end });
    assert.deepEqual(await resolveRange(t, id, '6H'), { from: new Date(LAST + 1 - 6 * HOUR), to: end });
    assert.deepEqual(await resolveRange(t, id, 'ALL'), { from: new Date(FIRST), to: end });
  });

  test('the last N minutes, hours or days, in either case', async () => {
    const end = new Date(LAST + 1);
    assert.deepEqual(await resolveRange(t, id, '90m'), { from: new Date(LAST + 1 - 1.5 * HOUR), to: end });
    assert.deepEqual(await resolveRange(t, id, '3h'), { from: new Date(LAST + 1 - 3 * HOUR), to: end });
    assert.deepEqual(await resolveRange(t, id, '2d'), { from: new Date(FIRST), to: end });
    for (const bad of ['0m', '90', 'm', '5w', '-5m', '1.5h'])
      await assert.rejects(resolveRange(t, id, bad as '1H'), TypeError, bad);
  });

  test('a range longer than the data starts at the first sample', async () => {
    const end = new Date(LAST + 1);
    assert.deepEqual(await resolveRange(t, id, '24H'), { from: new Date(FIRST), to: end });
    assert.deepEqual(await resolveRange(t, id, '7D'), { from: new Date(FIRST), to: end });
  });

  test('no samples: null; an explicit range as given; nonsense refused', async () => {
    const empty = (await collectorRepository(t).create({ machineName: 'empty' })).collector.id;
    assert.equal(await resolveRange(t, empty, 'ALL'), null);
    assert.equal(await resolveRange(t, empty, '1H'), null);
    const explicit = { from: new Date(FIRST - HOUR), to: new Date(FIRST) };
    assert.deepEqual(await resolveRange(t, id, explicit), explicit);
    await assert.rejects(resolveRange(t, id, { from: explicit.to, to: explicit.from }), TypeError);
    await assert.rejects(resolveRange(t, id, { from: new Date(Number.NaN), to: explicit.to }), TypeError);
    await assert.rejects(resolveRange(t, id, '2W' as '1H'), TypeError);
    await assert.rejects(resolveRange(t, 'not-a-uuid', 'ALL'), TypeError);
  });
});
