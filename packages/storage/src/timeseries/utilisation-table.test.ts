import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOST_METRICS, percentileOfSorted, type Sample } from '@perfanalysis/shared';
import { collectorRepository } from '../repositories/collector-repository.js';
import { type TenantHandle, tenantHandle } from '../tenancy/tenant-handle.js';
import { tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { variedSamples } from '../test-support/sample-fixture.test-support.js';
import { SKETCH_RELATIVE_ACCURACY } from './quantile-sketch.js';
import { rebuildRollups } from './rollup-maintenance.js';
import { sampleRepository } from './sample-repository.js';
import type { TimeRange } from './time-range.js';
import { decomposeRange, type UtilisationTable, utilisationTable } from './utilisation-table.js';

/** A little over two days at 15 s from an odd time: whole days, hours and 5 minutes, and raw edges. */
const START = Date.UTC(2026, 3, 7, 21, 41, 13);
const STEP = 15_000;
const COUNT = 12_700;

function dataset(): Sample[] {
  const next = variedSamples(99);
  // No temperature sensor: a metric without values.
  return Array.from({ length: COUNT }, (_, i) => ({ ...next(START + i * STEP), temperature: null }));
}

const KEYS = ['p50', 'p90', 'p95', 'p99'] as const;

/** The sketch's table agrees with the exact one: percentiles within α, the rest exact. */
function assertClose(sketch: UtilisationTable, exact: UtilisationTable): number {
  assert.equal(sketch.exact, false);
  assert.equal(exact.exact, true);
  assert.equal(sketch.samples, exact.samples);
  let worst = 0;
  sketch.rows.forEach((row, i) => {
    const truth = exact.rows[i];
    assert.ok(truth);
    assert.equal(row.metric, truth.metric);
    assert.equal(row.count, truth.count, row.metric);
    assert.equal(row.min, truth.min, row.metric);
    assert.equal(row.max, truth.max, row.metric);
    if (truth.mean === null) assert.equal(row.mean, null);
    else assert.ok(Math.abs((row.mean as number) - truth.mean) <= 1e-9 * Math.max(1, Math.abs(truth.mean)));
    for (const key of KEYS) {
      const e = truth[key];
      const s = row[key];
      if (e === null) {
        assert.equal(s, null, `${row.metric} ${key}`);
        continue;
      }
      const error = Math.abs((s as number) - e) / Math.max(Math.abs(e), 1e-9);
      worst = Math.max(worst, error);
      assert.ok(error <= SKETCH_RELATIVE_ACCURACY + 1e-9, `${row.metric} ${key}: ${s} vs exact ${e}`);
    }
  });
  return worst;
}

forEachDatabase('utilisationTable', (ctx) => {
  let t: TenantHandle;
  let id: string;
  const samples = dataset();
  const all: TimeRange = { from: new Date(START), to: new Date(START + COUNT * STEP) };

  test('set-up', async () => {
    const db = await ctx.db();
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    t = tenantHandle(db, tenant);
    id = (await collectorRepository(t).create({ machineName: 'table' })).collector.id;
    for (let i = 0; i < samples.length; i += 2000)
      await sampleRepository(t).insertSamples(id, samples.slice(i, i + 2000));
  });

  test('a range of whole buckets and raw edges splits into days, hours, 5 minutes and two raw pieces', () => {
    const { pieces, raw } = decomposeRange(all.from.getTime(), all.to.getTime());
    assert.deepEqual(
      [...new Set(pieces.map((p) => p.seconds))].sort((a, b) => a - b),
      [300, 3600, 86_400],
    );
    assert.equal(raw.length, 2);
    const covered = [...pieces, ...raw.map(([from, to]) => ({ from, to }))].sort((a, b) => a.from - b.from);
    covered.forEach((piece, i) => {
      if (i > 0) assert.equal(piece.from, covered[i - 1]?.to);
    });
    assert.equal(covered[0]?.from, all.from.getTime());
    assert.equal(covered.at(-1)?.to, all.to.getTime());
  });

  test('a short range is exact: percentile_cont over the raw rows', async () => {
    const range = { from: new Date(START + 1000 * STEP), to: new Date(START + 3000 * STEP) };
    const table = await utilisationTable(t, id, range);
    assert.equal(table.exact, true);
    assert.equal(table.samples, 2000);
    assert.equal(table.rows.length, HOST_METRICS.length);
    const inRange = samples.slice(1000, 3000);
    for (const row of table.rows) {
      if (row.metric === 'temperature') {
        assert.deepEqual(row, {
          metric: 'temperature',
          count: 0,
          p50: null,
          p90: null,
          p95: null,
          p99: null,
          mean: null,
          max: null,
          min: null,
        });
        continue;
      }
      const values = inRange.map((s) => s[row.metric] as number).sort((a, b) => a - b);
      assert.equal(row.count, 2000);
      assert.equal(row.min, values[0]);
      assert.equal(row.max, values.at(-1));
      for (const [key, p] of [
        ['p50', 50],
        ['p90', 90],
        ['p95', 95],
        ['p99', 99],
      ] as const) {
        assert.ok(
          Math.abs((row[key] as number) - percentileOfSorted(values, p)) < 1e-9,
          `${row.metric} ${key}`,
        );
      }
    }
  });

  test('a long range reads the sketches: every percentile within 1 % of percentile_cont, the rest exact', async () => {
    const sketch = await utilisationTable(t, id, all);
    const exact = await utilisationTable(t, id, all, { exactMaxSamples: Number.POSITIVE_INFINITY });
    assert.equal(sketch.samples, COUNT);
    assertClose(sketch, exact);
  });

  test('so does any range cut anywhere, with the newest buckets open or closed', async () => {
    const ranges: TimeRange[] = [
      { from: new Date(START + 777 * STEP + 4321), to: new Date(START + 11_111 * STEP + 1) },
      { from: new Date(START + 5 * STEP), to: new Date(START + 400 * STEP) },
      all,
    ];
    for (const range of ranges) {
      const exact = await utilisationTable(t, id, range, { exactMaxSamples: Number.POSITIVE_INFINITY });
      const open = await utilisationTable(t, id, range, { exactMaxSamples: 0 });
      assertClose(open, exact);
    }
    // Closing every bucket changes nothing but the order of additions in the sums.
    const before = await utilisationTable(t, id, all, { exactMaxSamples: 0 });
    await rebuildRollups(t, id);
    const after = await utilisationTable(t, id, all, { exactMaxSamples: 0 });
    const withoutMeans = (table: UtilisationTable) => table.rows.map((r) => ({ ...r, mean: null }));
    assert.deepEqual(withoutMeans(after), withoutMeans(before));
    after.rows.forEach((row, i) => {
      const mean = before.rows[i]?.mean ?? null;
      if (mean === null) assert.equal(row.mean, null);
      else assert.ok(Math.abs((row.mean as number) - mean) <= 1e-12 * Math.max(1, Math.abs(mean)));
    });
  });

  test('no samples in the range: counts 0, values null', async () => {
    const table = await utilisationTable(t, id, { from: new Date(START - 86_400_000), to: new Date(START) });
    assert.equal(table.samples, 0);
    assert.ok(table.rows.every((r) => r.count === 0 && r.p50 === null && r.mean === null));
  });
});
