import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Sample } from '@perfanalysis/shared';
import type { Database } from '../database/database.js';
import { collectorRepository } from '../repositories/collector-repository.js';
import { type TenantHandle, tenantHandle } from '../tenancy/tenant-handle.js';
import { createTenant, setTenantRetention, tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { testSamples, variedSamples } from '../test-support/sample-fixture.test-support.js';
import { decodeSketches } from './quantile-sketch.js';
import { applyRetention } from './retention.js';
import { rebuildRollups } from './rollup-maintenance.js';
import { FINEST_SKETCH_SECONDS, ROLLUP_COLUMNS, ROLLUP_LEVELS } from './rollup-tables.js';
import { deleteSamples } from './sample-deletion.js';
import { checkedBatch, insertNewBatches } from './sample-group-insert.js';
import { sampleRepository } from './sample-repository.js';

type Row = Record<string, unknown>;

async function rollups(t: TenantHandle, collectorId: string): Promise<Row[]> {
  return t.query(
    `SELECT * FROM ${t.table('sample_rollups')} WHERE collector_id = $1 ORDER BY resolution, bucket_start`,
    [collectorId],
  );
}

const same = (a: unknown, b: unknown): boolean => {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  // Sketches: the same counts, whether in one part or several.
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return JSON.stringify(decodeSketches(a)) === JSON.stringify(decodeSketches(b));
  }
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return a === b;
};

/**
 * The rollups as kept by ingest equal those rebuilt from the raw rows: every row and column, sums to rounding;
 * except that ingest leaves a bucket open (no sketch yet) until a batch goes past it, where a rebuild closes
 * it.
 */
async function assertRollupsMatchRebuild(t: TenantHandle, collectorId: string): Promise<void> {
  const kept = await rollups(t, collectorId);
  await rebuildRollups(t, collectorId);
  const rebuilt = await rollups(t, collectorId);
  assert.equal(kept.length, rebuilt.length, 'rollup rows');
  kept.forEach((row, i) => {
    const other = rebuilt[i] as Row;
    for (const column of ROLLUP_COLUMNS) {
      if (column === 'sketch' && row.sketch === null && Number(row.resolution) >= FINEST_SKETCH_SECONDS)
        continue;
      assert.ok(
        same(row[column], other[column]),
        `${row.resolution} s bucket ${(row.bucket_start as Date).toISOString()} ${column}: ${String(row[column]).slice(0, 40)} vs ${String(other[column]).slice(0, 40)}`,
      );
    }
  });
}

const START = Date.UTC(2026, 2, 1, 22, 58, 7);

forEachDatabase('rollups', (ctx) => {
  let db: Database;
  let t: TenantHandle;
  const newCollector = async () => (await collectorRepository(t).create({ machineName: 'web' })).collector.id;

  test('set-up', async () => {
    db = await ctx.db();
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    t = tenantHandle(db, tenant);
  });

  test('insertSamples keeps every level equal to a rebuild from the raw rows, batches in any order', async () => {
    const id = await newCollector();
    const next = variedSamples(21);
    // Three hours and a bit at 5 s, crossing midnight, sent in batches out of order, with gaps.
    const samples = Array.from({ length: 2400 }, (_, i) => next(START + i * 5000)).filter(
      (_, i) => i % 97 !== 0,
    );
    const batches: Sample[][] = [];
    for (let i = 0; i < samples.length; i += 150) batches.push(samples.slice(i, i + 150));
    const order = [3, 0, 1, 2, ...batches.keys()].filter((v, i, all) => all.indexOf(v) === i).reverse();
    const repo = sampleRepository(t);
    for (const i of order) await repo.insertSamples(id, batches[i] as Sample[]);
    const levels = await t.query<{ resolution: number }>(
      `SELECT DISTINCT resolution FROM ${t.table('sample_rollups')} WHERE collector_id = $1 ORDER BY 1`,
      [id],
    );
    assert.deepEqual(
      levels.map((l) => l.resolution),
      ROLLUP_LEVELS.map((l) => l.seconds),
    );
    const [n] = await t.query<{ n: number }>(
      `SELECT sum(n)::int AS n FROM ${t.table('sample_rollups')} WHERE collector_id = $1 AND resolution = 86400`,
      [id],
    );
    assert.equal(n?.n, samples.length);
    await assertRollupsMatchRebuild(t, id);
  });

  test('groups of two collectors committed at once (two ingest processes) keep every level equal to the raw rows', async () => {
    const a = await newCollector();
    const b = await newCollector();
    const nextA = variedSamples(31);
    const nextB = variedSamples(32);
    // 75 minutes at 1 s from 22:58:07: past 30 s, 5 min, hour and day boundaries; batches of 5, as pcc sends.
    const batch = (next: (ts: number) => Sample, k: number) =>
      Array.from({ length: 5 }, (_, j) => next(START + (k * 5 + j) * 1000));
    for (let k = 0; k < 900; k += 2) {
      // Two groups at once, each with a batch of both collectors: their rollup locks are taken in one order.
      await Promise.all([
        insertNewBatches(t, [
          checkedBatch({ collectorId: a, samples: batch(nextA, k) }),
          checkedBatch({ collectorId: b, samples: batch(nextB, k) }),
        ]),
        insertNewBatches(t, [
          checkedBatch({ collectorId: b, samples: batch(nextB, k + 1) }),
          checkedBatch({ collectorId: a, samples: batch(nextA, k + 1) }),
        ]),
      ]);
    }
    for (const id of [a, b]) {
      // Straight from the raw rows, in SQL: each 30 s and hourly bucket's count, min, max and sum.
      for (const seconds of [30, 3600]) {
        const raw = await t.query<Row>(
          `SELECT date_bin(make_interval(secs => $2), ts, 'epoch') AS bucket_start, count(*)::int AS n,
             min(cpu_user) AS min, max(cpu_user) AS max, sum(cpu_user) AS sum
           FROM ${t.table('samples')} WHERE collector_id = $1 GROUP BY 1 ORDER BY 1`,
          [id, seconds],
        );
        const kept = await t.query<Row>(
          `SELECT bucket_start, n, cpu_user_min AS min, cpu_user_max AS max, cpu_user_sum AS sum
           FROM ${t.table('sample_rollups')} WHERE collector_id = $1 AND resolution = $2 ORDER BY 1`,
          [id, seconds],
        );
        assert.equal(kept.length, raw.length, `${seconds} s buckets`);
        raw.forEach((row, i) => {
          for (const column of ['bucket_start', 'n', 'min', 'max', 'sum'])
            assert.ok(same(kept[i]?.[column], row[column]), `${seconds} s bucket ${i} ${column}`);
        });
      }
      await assertRollupsMatchRebuild(t, id);
    }
  });

  test('small batches write no sketch until their bucket is done; the first batch a minute past it closes it', async () => {
    const id = await newCollector();
    const start = Date.UTC(2026, 2, 1, 10, 0, 0);
    const samples = testSamples(start, 400, 1000);
    const repo = sampleRepository(t);
    for (let i = 0; i < 290; i += 5) await repo.insertSamples(id, samples.slice(i, i + 5));
    const sketchAt = async (resolution: number, at: number) =>
      (
        await t.query<{ sketch: Uint8Array | null }>(
          `SELECT sketch FROM ${t.table('sample_rollups')} WHERE collector_id = $1 AND resolution = $2
           AND bucket_start = $3`,
          [id, resolution, new Date(at)],
        )
      )[0]?.sketch;
    assert.equal(await sketchAt(300, start), null, 'open while samples arrive');
    assert.equal(await sketchAt(3600, start), null);
    // Each collector closes a bucket up to a minute after its end, so that a fleet does not close at once: the
    // last batch ends 64 s past it, whatever this collector's delay.
    for (let i = 290; i < 365; i += 5) await repo.insertSamples(id, samples.slice(i, i + 5));
    assert.ok(
      (await sketchAt(300, start)) instanceof Uint8Array,
      'closed by the batch a minute past its end',
    );
    assert.equal(await sketchAt(300, start + 300_000), null);
    await assertRollupsMatchRebuild(t, id);
  });

  test('a resent batch, whole or in part, leaves the rollups as they were', async () => {
    const id = await newCollector();
    const next = variedSamples(22);
    const samples = Array.from({ length: 1500 }, (_, i) => next(START + i * 2000));
    const repo = sampleRepository(t);
    await repo.insertSamples(id, samples.slice(0, 1000));
    const before = await rollups(t, id);
    assert.deepEqual(await repo.insertSamples(id, samples.slice(0, 1000)), { stored: 0, duplicates: 1000 });
    assert.deepEqual(await rollups(t, id), before);
    // Half old, half new: only the new half is added.
    assert.deepEqual(await repo.insertSamples(id, samples.slice(500, 1500)), {
      stored: 500,
      duplicates: 500,
    });
    await assertRollupsMatchRebuild(t, id);
    const after = await rollups(t, id);
    assert.deepEqual(await repo.insertSamples(id, samples), { stored: 0, duplicates: 1500 });
    assert.deepEqual(await rollups(t, id), after);
  });

  test('two samples with one timestamp in a batch: the one stored is the one rolled up', async () => {
    const id = await newCollector();
    const [a, b] = testSamples(START, 2, 1000);
    const twin = { ...(a as Sample), cpu_user: 99 };
    await sampleRepository(t).insertSamples(id, [a as Sample, twin, b as Sample]);
    await assertRollupsMatchRebuild(t, id);
  });

  test('deleteSamples deletes raw and device rows and keeps the rollups exact', async () => {
    const id = await newCollector();
    const samples = testSamples(START, 3000, 3000, { cpus: 2, disks: 1 });
    await sampleRepository(t).insertSamples(id, samples);
    const from = new Date(START + 1234 * 3000 + 500);
    const to = new Date(START + 2222 * 3000 + 500);
    assert.equal(await deleteSamples(t, id, { from, to }), 988);
    const count = async (table: 'samples' | 'sample_cpus') =>
      (
        await t.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${t.table(table)} WHERE collector_id = $1 AND ts >= $2 AND ts < $3`,
          [id, from, to],
        )
      )[0]?.n;
    assert.equal(await count('samples'), 0);
    assert.equal(await count('sample_cpus'), 0);
    await assertRollupsMatchRebuild(t, id);
    // Deleting everything leaves no rollups.
    await deleteSamples(t, id, { from: new Date(0), to: new Date(START + 1e10) });
    assert.deepEqual(await rollups(t, id), []);
  });

  test("deleting a collector deletes its rollups; another collector's stay", async () => {
    const gone = await newCollector();
    const kept = await newCollector();
    await sampleRepository(t).insertSamples(gone, testSamples(START, 100));
    await sampleRepository(t).insertSamples(kept, testSamples(START, 100));
    const keptRows = await rollups(t, kept);
    assert.ok(await collectorRepository(t).delete(gone));
    assert.deepEqual(await rollups(t, gone), []);
    assert.deepEqual(await rollups(t, kept), keptRows);
  });

  test('retention drops the rollups of what it deletes and recomputes the bucket it cuts', async () => {
    const acme = tenantHandle(db, await createTenant(db, { name: 'rollup-retention' }));
    const id = (await collectorRepository(acme).create({ machineName: 'old' })).collector.id;
    const now = Date.UTC(2026, 5, 10, 12, 0, 0);
    // Four days at one a minute, ending now.
    const samples = testSamples(now - 4 * 86_400_000, 4 * 1440, 60_000);
    await sampleRepository(acme).insertSamples(id, samples);
    await setTenantRetention(db, 'rollup-retention', 2);
    await applyRetention(db, { now: new Date(now - 7 * 60_000 - 13_000) });
    await assertRollupsMatchRebuild(acme, id);
    const [oldest] = await acme.query<{ start: Date }>(
      `SELECT min(bucket_start) AS start FROM ${acme.table('sample_rollups')} WHERE collector_id = $1`,
      [id],
    );
    assert.ok((oldest?.start.getTime() ?? 0) >= now - 3 * 86_400_000);
  });
});
