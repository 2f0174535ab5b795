import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Sample } from '@perfanalysis/shared';
import { collectorRepository } from '../repositories/collector-repository.js';
import { type TenantHandle, tenantHandle } from '../tenancy/tenant-handle.js';
import { tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { testSamples } from '../test-support/sample-fixture.test-support.js';
import { hostSeries, hostSeriesOnGrid } from './host-series.js';
import { sampleRepository } from './sample-repository.js';
import { type SeriesGrid, samplingInterval } from './series-grid.js';
import { resolveRange } from './time-range.js';

const HOUR = 3_600_000;
const START = Date.UTC(2026, 2, 3, 8, 0, 0);
const SPIKE_AT = START + HOUR + 1234_000;
const GAP = { from: START + 2 * HOUR, to: START + 2.5 * HOUR };

/** Two hours at 1 s, half an hour of nothing, one more hour; cpu_user 100 in one sample, else ≤ 50. */
function samples(): Sample[] {
  return testSamples(START, 3.5 * 3600, 1000)
    .filter((s) => s.timestamp < GAP.from || s.timestamp >= GAP.to)
    .map((s) => ({ ...s, cpu_user: s.timestamp === SPIKE_AT ? 100 : (s.timestamp / 1000) % 50 }));
}

const nonNull = (values: readonly (number | null)[]): number[] =>
  values.filter((v): v is number => v !== null);

forEachDatabase('hostSeries', (ctx) => {
  let t: TenantHandle;
  let id: string;

  test('set-up', async () => {
    const db = await ctx.db();
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    t = tenantHandle(db, tenant);
    id = (await collectorRepository(t).create({ machineName: 'series' })).collector.id;
    await sampleRepository(t).insertSamples(id, samples());
  });

  test('columnar: ascending unix seconds, one value per bucket in every column, at most the points asked', async () => {
    const range = await resolveRange(t, id, 'ALL');
    assert.ok(range);
    const s = await hostSeries(t, id, { ...range, points: 200, metrics: ['cpu_user', 'mem_used'] });
    assert.ok(s.time.length <= 200 && s.time.length >= 100, `${s.time.length} buckets`);
    assert.deepEqual(Object.keys(s.series).sort(), ['cpu_user', 'mem_used']);
    s.time.forEach((x, i) => {
      assert.ok(Number.isInteger(x));
      if (i > 0) assert.equal(x - (s.time[i - 1] as number), s.bucketSeconds);
    });
    assert.ok((s.time[0] as number) * 1000 <= range.from.getTime());
    assert.ok(((s.time.at(-1) as number) + s.bucketSeconds) * 1000 >= range.to.getTime());
    for (const m of Object.values(s.series)) {
      for (const column of [m.mean, m.min, m.max]) assert.equal(column.length, s.time.length);
    }
  });

  test('a single-sample spike survives in max, from the rollups and from the raw rows', async () => {
    const all = await resolveRange(t, id, 'ALL');
    assert.ok(all);
    const long = await hostSeries(t, id, { ...all, points: 100, metrics: ['cpu_user'] });
    assert.ok(long.resolution > 0, 'a long range reads the rollups');
    assert.equal(Math.max(...nonNull(long.series.cpu_user.max)), 100);
    const k = long.time.findIndex((x) => x * 1000 <= SPIKE_AT && SPIKE_AT < (x + long.bucketSeconds) * 1000);
    assert.equal(long.series.cpu_user.max[k], 100);
    assert.ok((long.series.cpu_user.mean[k] as number) < 50, 'the mean hides it');
    const around = { from: new Date(SPIKE_AT - 600_000), to: new Date(SPIKE_AT + 600_000) };
    const short = await hostSeries(t, id, { ...around, points: 300, metrics: ['cpu_user'] });
    assert.equal(short.resolution, 0, 'a short range reads the raw rows');
    assert.equal(Math.max(...nonNull(short.series.cpu_user.max)), 100);
  });

  test('buckets without samples are null: gaps', async () => {
    const all = await resolveRange(t, id, 'ALL');
    assert.ok(all);
    const s = await hostSeries(t, id, { ...all, points: 150, metrics: ['cpu_user'] });
    s.time.forEach((x, i) => {
      const start = x * 1000;
      const end = start + s.bucketSeconds * 1000;
      const inGap = start >= GAP.from && end <= GAP.to;
      for (const column of [s.series.cpu_user.mean, s.series.cpu_user.min, s.series.cpu_user.max]) {
        if (inGap) assert.equal(column[i], null, `bucket at ${new Date(start).toISOString()}`);
        else assert.notEqual(column[i], null, `bucket at ${new Date(start).toISOString()}`);
      }
    });
    assert.ok(s.series.cpu_user.mean.includes(null));
  });

  test('rollups and raw rows give the same buckets on the same grid', async () => {
    const grid: SeriesGrid = { origin: START, bucketSeconds: 600, count: 21, resolution: 300 };
    const fromRollups = await hostSeriesOnGrid(t, id, ['cpu_user', 'mem_used'], grid);
    const fromRaw = await hostSeriesOnGrid(t, id, ['cpu_user', 'mem_used'], { ...grid, resolution: 0 });
    assert.deepEqual(fromRollups.time, fromRaw.time);
    for (const metric of ['cpu_user', 'mem_used'] as const) {
      const a = fromRollups.series[metric];
      const b = fromRaw.series[metric];
      assert.deepEqual(a.min, b.min);
      assert.deepEqual(a.max, b.max);
      a.mean.forEach((v, i) => {
        const w = b.mean[i] ?? null;
        if (v === null || w === null) assert.equal(v, w);
        else assert.ok(Math.abs(v - w) < 1e-9, `${metric} mean ${i}: ${v} vs ${w}`);
      });
    }
  });

  test('a short run gets its own sampling interval, however it falls across the hours', async () => {
    // 15 minutes across an hour boundary at 1 s, 20 s and 60 s, 5 h at 10 s, two days at 5 min.
    const runs = [
      { start: START - 7.5 * 60_000, count: 900, every: 1000, around: 1 },
      { start: START - 7.5 * 60_000, count: 45, every: 20_000, around: 20 },
      { start: START - 7.5 * 60_000, count: 15, every: 60_000, around: 60 },
      { start: START, count: 1800, every: 10_000, around: 10 },
      { start: START, count: 576, every: 300_000, around: 300 },
      { start: START - 20_000, count: 35, every: 1000, around: 1 },
    ];
    for (const run of runs) {
      const short = (await collectorRepository(t).create({ machineName: 'short' })).collector.id;
      await sampleRepository(t).insertSamples(short, testSamples(run.start, run.count, run.every));
      const range = await resolveRange(t, short, 'ALL');
      assert.ok(range);
      const interval = await samplingInterval(t, short, range);
      assert.ok(interval >= run.around * 0.9 && interval <= run.around * 1.5, `${run.around} s: ${interval}`);
      const series = await hostSeries(t, short, { ...range, points: 1000, metrics: ['cpu_user'] });
      assert.ok(
        series.bucketSeconds <= Math.max(run.around, 1) * 2,
        `${run.around} s: ${series.bucketSeconds} s buckets`,
      );
    }
  });

  test('unknown metrics and bad ranges are refused', async () => {
    const range = { from: new Date(START), to: new Date(START + HOUR) };
    await assert.rejects(
      hostSeries(t, id, { ...range, points: 10, metrics: ['nope' as 'cpu_user'] }),
      TypeError,
    );
    await assert.rejects(
      hostSeries(t, id, { from: range.to, to: range.from, points: 10, metrics: [] }),
      TypeError,
    );
    await assert.rejects(hostSeries(t, 'x', { ...range, points: 10, metrics: [] }), TypeError);
  });
});
