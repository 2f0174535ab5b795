import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Sample } from '@perfanalysis/shared';
import { type TenantHandle, tenantHandle } from '../tenancy/tenant-handle.js';
import { tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { testSamples } from '../test-support/sample-fixture.test-support.js';
import { hostSeries } from '../timeseries/host-series.js';
import { rebuildRollups } from '../timeseries/rollup-maintenance.js';
import { sampleRepository } from '../timeseries/sample-repository.js';
import { SAMPLE_TABLES } from '../timeseries/sample-tables.js';
import { utilisationTable } from '../timeseries/utilisation-table.js';
import { collectorRepository } from './collector-repository.js';
import { type Upload, uploadRepository } from './upload-repository.js';

const START = Date.UTC(2026, 2, 1, 15, 0, 0);
const HOURS_3 = 3 * 3_600_000;
const DEVICES = { cpus: 2, disks: 1 };

async function* bytes(text: string): AsyncIterable<Buffer> {
  yield Buffer.from(text);
}

/** Within 1e-9 relative: rollup sums may add in another order. */
function assertNear(actual: unknown, expected: unknown, path = ''): void {
  if (typeof actual === 'number' && typeof expected === 'number') {
    assert.ok(
      Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)),
      `${path}: ${actual} vs ${expected}`,
    );
  } else if (Array.isArray(actual) || ArrayBuffer.isView(actual)) {
    const a = Array.from(actual as ArrayLike<unknown>);
    const e = Array.from(expected as ArrayLike<unknown>);
    assert.equal(a.length, e.length, `${path}: length`);
    for (const [i, v] of a.entries()) assertNear(v, e[i], `${path}[${i}]`);
  } else if (actual !== null && typeof actual === 'object' && !(actual instanceof Date)) {
    const e = expected as Record<string, unknown>;
    assert.deepEqual(Object.keys(actual).sort(), Object.keys(e).sort(), path);
    for (const [k, v] of Object.entries(actual)) assertNear(v, e[k], `${path}.${k}`);
  } else assert.deepEqual(actual, expected, path);
}

forEachDatabase('deleting an upload', (ctx) => {
  let t: TenantHandle;

  test('set-up', async () => {
    const db = await ctx.db();
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    t = tenantHandle(db, tenant);
  });

  const newCollector = async (name: string) =>
    (await collectorRepository(t).create({ machineName: name })).collector.id;

  /** An upload as the portal makes one: the file kept, its samples stored as its own, the result recorded. */
  async function upload(collectorId: string, samples: readonly Sample[]): Promise<Upload> {
    const uploads = uploadRepository(t);
    const created = await uploads.create(
      { collectorId, filename: 'host.csv', description: '', contentType: 'text/csv', uploadedBy: null },
      bytes('timestamp\n'),
    );
    const { stored } = await sampleRepository(t).insertSamples(collectorId, samples, {
      uploadId: created.id,
    });
    const times = samples.map((s) => s.timestamp);
    const firstTs = new Date(Math.min(...times));
    const lastTs = new Date(Math.max(...times));
    await uploads.recordImport(created.id, { rows: stored, firstTs, lastTs });
    return { ...created, rowsImported: stored, firstTs, lastTs };
  }

  /** Rows per sample table, and their times (host rows). */
  async function contents(collectorId: string): Promise<{ rows: Record<string, number>; times: number[] }> {
    const rows: Record<string, number> = {};
    for (const table of SAMPLE_TABLES) {
      const [row] = await t.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${t.table(table)} WHERE collector_id = $1`,
        [collectorId],
      );
      rows[table] = row?.n ?? 0;
    }
    const times = await t.query<{ ts: Date }>(
      `SELECT ts FROM ${t.table('samples')} WHERE collector_id = $1 ORDER BY ts`,
      [collectorId],
    );
    return { rows, times: times.map((r) => r.ts.getTime()) };
  }

  /** What the dashboard shows of the collection: a series (from the rollups) and the utilisation table (sketches). */
  const views = async (collectorId: string) => {
    const range = { from: new Date(START - 60_000), to: new Date(START + HOURS_3 + 60_000) };
    return {
      series: await hostSeries(t, collectorId, { ...range, points: 60, metrics: ['cpu_user', 'mem_used'] }),
      table: await utilisationTable(t, collectorId, range, { exactMaxSamples: 1000 }),
    };
  };

  test('removes exactly the rows it stored: live samples and the other upload of the same hours stay', async () => {
    const id = await newCollector('shared-span');
    // Live: 15:00–18:00 at 2 s. Upload A: at odd seconds, and 20 instants live had already stored. Upload B:
    // every 3 s from 15:00:00.5, and 10 instants A had already stored.
    const live = testSamples(START, HOURS_3 / 2000, 2000, DEVICES);
    assert.deepEqual(await sampleRepository(t).insertSamples(id, live), {
      stored: live.length,
      duplicates: 0,
    });
    const aOwn = testSamples(START + 1000, HOURS_3 / 2000, 2000, DEVICES);
    const a = await upload(id, [...aOwn, ...live.slice(100, 120)]);
    assert.equal(a.rowsImported, aOwn.length, 'rows_imported counts the rows stored, not the duplicates');
    const bOwn = testSamples(START + 500, HOURS_3 / 3000, 3000, DEVICES);
    const b = await upload(id, [...bOwn, ...aOwn.slice(200, 210)]);
    assert.equal(b.rowsImported, bOwn.length);
    const before = await contents(id);
    assert.equal(before.rows.samples, live.length + aOwn.length + bOwn.length);

    const uploads = uploadRepository(t);
    assert.equal(await uploads.samplesHeld(a), aOwn.length, 'what the confirmation states');
    assert.deepEqual(await uploads.delete(a.id), { samples: aOwn.length });

    const after = await contents(id);
    const aTimes = new Set(aOwn.map((s) => s.timestamp));
    assert.deepEqual(
      after.times,
      before.times.filter((ts) => !aTimes.has(ts)),
      "every live and B sample stays, A's own samples go (also those B had sent again)",
    );
    for (const table of SAMPLE_TABLES) {
      const perSample =
        table === 'samples' ? 1 : table === 'sample_cpus' ? 2 : table === 'sample_disks' ? 1 : 0;
      assert.equal(after.rows[table], (before.rows[table] ?? 0) - aOwn.length * perSample, table);
    }
    assert.equal(await uploads.get(a.id), undefined, 'the record went');
    assert.deepEqual(
      (await uploads.list(id)).uploads.map((u) => u.id),
      [b.id],
    );
    assert.equal(await uploads.samplesHeld(b), bOwn.length, "the other upload's samples are all there");

    // The rollups of the touched buckets: as a fresh computation from the rows left makes them.
    const kept = await views(id);
    assert.equal(kept.table.samples, live.length + bOwn.length);
    assert.equal(kept.table.exact, false, 'the long range reads the sketches');
    await rebuildRollups(t, id);
    assertNear(kept, await views(id));

    // B next: only the live samples are left, and the rollups still agree.
    assert.deepEqual(await uploads.delete(b.id), { samples: bOwn.length });
    assert.deepEqual(
      (await contents(id)).times,
      live.map((s) => s.timestamp),
    );
    const liveOnly = await views(id);
    await rebuildRollups(t, id);
    assertNear(liveOnly, await views(id));
  });

  test('deleting the second of two identical uploads removes nothing; the first keeps its samples', async () => {
    const id = await newCollector('twice');
    const samples = testSamples(START, 50, 1000, DEVICES);
    const first = await upload(id, samples);
    const second = await upload(id, samples);
    assert.equal(first.rowsImported, 50);
    assert.equal(second.rowsImported, 0, 'all 50 were duplicates');
    const uploads = uploadRepository(t);
    assert.equal(await uploads.samplesHeld(second), 0);
    assert.deepEqual(await uploads.delete(second.id), { samples: 0 });
    const left = await contents(id);
    assert.equal(left.rows.samples, 50);
    assert.equal(left.rows.sample_cpus, 100);
    assert.equal(await uploads.samplesHeld(first), 50);
    assert.deepEqual(await uploads.delete(first.id), { samples: 50 });
    assert.deepEqual((await contents(id)).rows.samples, 0);
    assert.equal(await uploads.delete(first.id), undefined, 'gone already');
  });
});
