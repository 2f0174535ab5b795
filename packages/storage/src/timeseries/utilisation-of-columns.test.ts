import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Sample } from '@perfanalysis/shared';
import { collectorRepository } from '../repositories/collector-repository.js';
import { type TenantHandle, tenantHandle } from '../tenancy/tenant-handle.js';
import { tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { variedSamples } from '../test-support/sample-fixture.test-support.js';
import { hostValuesFor, hostValuesOf } from './sample-copy.js';
import { sampleRepository } from './sample-repository.js';
import {
  type Threshold,
  ThresholdCounter,
  thresholdShares,
  thresholdSharesOfColumns,
} from './threshold-shares.js';
import { UtilisationAccumulator, utilisationOfColumns } from './utilisation-of-columns.js';
import type { UtilisationTable } from './utilisation-table.js';
import { utilisationTable } from './utilisation-table.js';

/** Three hours at 5 s from an odd time: whole 5-minute and hourly buckets, and raw edges. */
const START = Date.UTC(2026, 2, 3, 9, 17, 41);
const STEP = 5000;
const COUNT = 2200;

function dataset(): Sample[] {
  const next = variedSamples(7);
  return Array.from({ length: COUNT }, (_, i) => ({ ...next(START + i * STEP), temperature: null }));
}

const THRESHOLDS: Threshold[] = [
  { measure: { sum: ['cpu_idle'], from: 100 }, beyond: 'above', limit: 50 },
  { measure: { sum: ['mem_available'], per: 'mem_total' }, beyond: 'below', limit: 40 },
  { measure: { sum: ['net_rx_errors', 'net_tx_errors'] }, beyond: 'above', limit: 0 },
  { measure: { sum: ['temperature'] }, beyond: 'above', limit: 80 },
];

/** Same counts, extremes and percentiles; means within rounding (the sums are added in another order). */
function assertSameTable(memory: UtilisationTable, stored: UtilisationTable): void {
  assert.equal(memory.exact, stored.exact);
  assert.equal(memory.samples, stored.samples);
  memory.rows.forEach((row, i) => {
    const other = stored.rows[i];
    assert.ok(other);
    const { mean, ...rest } = row;
    const { mean: otherMean, ...otherRest } = other;
    assert.deepEqual(rest, otherRest, row.metric);
    if (mean === null) assert.equal(otherMean, null);
    else assert.ok(Math.abs(mean - (otherMean as number)) <= 1e-9 * Math.max(1, Math.abs(mean)), row.metric);
  });
}

forEachDatabase('utilisationOfColumns and thresholdSharesOfColumns', (ctx) => {
  let t: TenantHandle;
  let id: string;
  const samples = dataset();
  const columns = hostValuesFor(COUNT);
  hostValuesOf(samples, columns);
  const all = { from: new Date(START), to: new Date(START + COUNT * STEP) };

  test('set-up', async () => {
    const db = await ctx.db();
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    t = tenantHandle(db, tenant);
    id = (await collectorRepository(t).create({ machineName: 'columns' })).collector.id;
    await sampleRepository(t).insertSamples(id, samples);
  });

  test('rows in memory give the stored rows’ exact table', async () => {
    const stored = await utilisationTable(t, id, all);
    assert.equal(stored.exact, true);
    assertSameTable(utilisationOfColumns(columns, COUNT), stored);
  });

  test('past the exact limit, both read the same sketch: the very same percentiles', async () => {
    const stored = await utilisationTable(t, id, all, { exactMaxSamples: 500 });
    assert.equal(stored.exact, false);
    assertSameTable(utilisationOfColumns(columns, COUNT, { exactMaxSamples: 500 }), stored);
  });

  test('threshold shares agree, exactly', async () => {
    const stored = await thresholdShares(t, id, all, THRESHOLDS);
    assert.deepEqual(thresholdSharesOfColumns(columns, COUNT, THRESHOLDS), stored);
    assert.ok((stored[0]?.hits ?? 0) > 0, 'the fixture has busy samples');
    assert.deepEqual(stored[3], { count: 0, hits: 0, extreme: null });
  });

  test('rows passed in uneven chunks, across the exact limit, give the stored rows’ table and shares', async () => {
    const metrics = columns.values.length / COUNT;
    for (const exactMaxSamples of [10_000, 500]) {
      const table = new UtilisationAccumulator({ exactMaxSamples });
      const counter = new ThresholdCounter(THRESHOLDS);
      for (let row = 0, size = 1; row < COUNT; row += size, size = size * 3 + 1) {
        const chunk = columns.values.subarray(row * metrics, Math.min(COUNT, row + size) * metrics);
        table.add(chunk, chunk.length / metrics);
        counter.add(chunk, chunk.length / metrics);
      }
      assertSameTable(table.table(), await utilisationTable(t, id, all, { exactMaxSamples }));
      assert.deepEqual(counter.shares(), await thresholdShares(t, id, all, THRESHOLDS));
    }
  });

  test('a measure of unknown metrics is refused before any query', async () => {
    const bad = [{ measure: { sum: ['nope' as 'cpu_idle'] }, beyond: 'above', limit: 1 } as const];
    await assert.rejects(thresholdShares(t, id, all, bad), TypeError);
    assert.throws(() => thresholdSharesOfColumns(columns, COUNT, bad), TypeError);
  });
});
