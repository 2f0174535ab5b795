import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  collectorRepository,
  createTenant,
  type Database,
  deleteSamples,
  type HostSeries,
  hostSeries,
  resolveRange,
  sampleRepository,
  seriesGrid,
  tenantByName,
  tenantHandle,
} from '@perfanalysis/storage';
import { forEachDatabase } from '@perfanalysis/storage/test-support/databases';
import { testSamples } from '@perfanalysis/storage/test-support/sample-fixture';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { serverMetrics } from '../metrics/server-metrics.js';

const HOUR = 3600_000;

forEachDatabase('dashboard API', (ctx) => {
  let db: Database;
  let app: FastifyInstance;
  let token: string;
  const ids: string[] = [];
  const get = async (url: string) =>
    app.inject({ method: 'GET', url, headers: { host: 'localhost', authorization: `Bearer ${token}` } });

  before(async () => {
    db = await ctx.db();
    app = await buildApp({ db, bodyLimitBytes: 1024 * 1024 }, { role: 'portal' });
    const signup = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup/',
      headers: { host: 'localhost' },
      payload: { username: 'ana', password: 'correct horse' },
    });
    token = signup.json().access;
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    const t = tenantHandle(db, tenant);
    // Two runs of two hours at 10 s, recorded a day apart, with a spike in the second.
    for (const [name, start] of [
      ['vm-a', Date.UTC(2026, 2, 1, 10)],
      ['vm-b', Date.UTC(2026, 2, 2, 14, 30, 7)],
    ] as const) {
      const { collector } = await collectorRepository(t).create({ machineName: name, siteName: 'bench' });
      const samples = testSamples(start, 720, 10_000, { cpus: 2, disks: 1 });
      if (name === 'vm-b') Object.assign(samples[300] ?? {}, { cpu_user: 99.5 });
      await sampleRepository(t).insertSamples(collector.id, samples);
      ids.push(collector.id);
    }
  });
  after(() => app.close());

  test('a series is columnar, downsampled, and keeps a spike in its max', async () => {
    const response = await get(
      `/api/v1/collectors/${ids[1]}/series/?range=ALL&points=100&metrics=cpu_user,mem_used`,
    );
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    assert.ok(body.time.length <= 100 && body.time.length >= 40, `${body.time.length} points`);
    assert.deepEqual(Object.keys(body.series).sort(), ['cpu_user', 'mem_used']);
    assert.equal(body.series.cpu_user.max.length, body.time.length);
    assert.equal(Math.max(...body.series.cpu_user.max.filter((v: number | null) => v !== null)), 99.5);
    assert.ok(body.time.every((t: number, i: number) => i === 0 || t > body.time[i - 1]));
  });

  test('a series at a given bucket width, as Compare asks for runs fetched one by one', async () => {
    const series = async (query: string) =>
      get(`/api/v1/collectors/${ids[1]}/series/?range=ALL&metrics=cpu_user&${query}`);
    const wide = await series('bucket_seconds=120&align=start');
    assert.equal(wide.statusCode, 200, wide.body);
    const body = wide.json();
    assert.equal(body.bucket_seconds, 120);
    assert.equal(body.time[1] - body.time[0], 120);
    assert.ok(Math.abs(body.time[0] - Date.parse(body.from) / 1000) < 120, 'from the start of the range');
    // Two hours in 1 s buckets would be 7,200 of them: within the limit; a year of them is not.
    assert.equal((await series('bucket_seconds=1')).statusCode, 200);
    const year = await get(
      `/api/v1/collectors/${ids[1]}/series/?start=2025-01-01T00:00:00Z&end=2026-01-01T00:00:00Z&bucket_seconds=1`,
    );
    assert.equal(year.statusCode, 400);
    assert.match(year.json().error.message, /bucket_seconds/);
    assert.equal((await series('bucket_seconds=0')).statusCode, 400);
    assert.equal((await series('align=sideways')).statusCode, 400);
  });

  test('relative ranges end at the end of the collection, not now', async () => {
    const response = await get(`/api/v1/collectors/${ids[0]}/series/?range=1H&points=1000&metrics=cpu_user`);
    const body = response.json();
    assert.equal(new Date(body.to).getTime() - new Date(body.from).getTime(), HOUR);
    assert.ok(new Date(body.to).getTime() <= Date.UTC(2026, 2, 1, 12));
  });

  test('the last N minutes or hours of the collection; a range that is not one is a 400 naming it', async () => {
    const response = await get(`/api/v1/collectors/${ids[0]}/series/?range=90m&points=1000&metrics=cpu_user`);
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    assert.equal(new Date(body.to).getTime() - new Date(body.from).getTime(), 1.5 * HOUR);
    const bad = await get(`/api/v1/collectors/${ids[0]}/series/?range=90x&metrics=cpu_user`);
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().error.message, /range/);
  });

  test('the utilisation table has every host metric, with percentiles in order', async () => {
    const response = await get(`/api/v1/collectors/${ids[1]}/utilisation/?range=ALL`);
    assert.equal(response.statusCode, 200, response.body);
    const { rows, samples } = response.json();
    assert.equal(samples, 720);
    const cpu = rows.find((r: { metric: string }) => r.metric === 'cpu_user');
    assert.equal(cpu.unit, '%');
    assert.equal(cpu.max, 99.5);
    assert.ok(cpu.p50 <= cpu.p90 && cpu.p90 <= cpu.p95 && cpu.p95 <= cpu.p99 && cpu.p99 <= cpu.max);
  });

  test('per-device series are keyed by device, then metric', async () => {
    const response = await get(`/api/v1/collectors/${ids[0]}/devices/cpus/series/?points=50`);
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(Object.keys(response.json().devices).length, 2);
    assert.equal(
      (await get(`/api/v1/collectors/${ids[0]}/devices/disks/series/?metrics=nope`)).statusCode,
      400,
    );
  });

  test('compare aligns runs recorded a day apart at t = 0, or puts them on the clock', async () => {
    const start = (
      await get(`/api/v1/compare/?collectors=${ids.join(',')}&align=start&points=100&metrics=cpu_user`)
    ).json();
    assert.equal(start.time[0], 0);
    const [a, b] = ids.map((id) => start.series[id].cpu_user.mean as (number | null)[]);
    assert.ok(a && b);
    const both = a.filter((v, i) => v !== null && b[i] !== null).length;
    assert.ok(both >= start.time.length - 2, `${both} of ${start.time.length} buckets hold both runs`);
    assert.ok(start.tables[ids[0] ?? ''].rows.length > 30);
    const clock = (
      await get(`/api/v1/compare/?collectors=${ids.join(',')}&align=clock&points=100&metrics=cpu_user`)
    ).json();
    assert.ok(clock.time[0] >= Date.UTC(2026, 2, 1, 10) / 1000 - clock.bucket_seconds);
  });

  test('bad requests are 400; an explicit range without samples is all gaps', async () => {
    assert.equal((await get(`/api/v1/collectors/${ids[0]}/series/?metrics=cpu_usr`)).statusCode, 400);
    assert.equal(
      (await get(`/api/v1/collectors/${ids[0]}/series/?start=2026-01-01T00:00:00Z`)).statusCode,
      400,
    );
    const empty = await get(
      `/api/v1/collectors/${ids[0]}/series/?start=2020-01-01T00:00:00Z&end=2020-01-02T00:00:00Z`,
    );
    assert.equal(empty.statusCode, 200);
    assert.ok(empty.json().series.cpu_user.mean.every((v: number | null) => v === null));
    assert.equal((await get('/api/v1/compare/?collectors=nope')).statusCode, 404);
  });

  test("a collector without samples answers 200 with empty data, saying so; another tenant's collector is a 404", async () => {
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    const { collector } = await collectorRepository(tenantHandle(db, tenant)).create({ machineName: 'new' });
    const base = `/api/v1/collectors/${collector.id}`;
    const series = await get(`${base}/series/?range=1H&metrics=cpu_user`);
    assert.equal(series.statusCode, 200, series.body);
    assert.equal(series.json().no_samples, true);
    assert.deepEqual([series.json().time, series.json().series], [[], {}]);
    const devices = await get(`${base}/devices/disks/series/`);
    assert.equal(devices.statusCode, 200, devices.body);
    assert.deepEqual(
      [devices.json().no_samples, devices.json().time, devices.json().devices],
      [true, [], {}],
    );
    const table = await get(`${base}/utilisation/?range=ALL`);
    assert.equal(table.statusCode, 200, table.body);
    assert.deepEqual([table.json().no_samples, table.json().samples, table.json().rows], [true, 0, []]);
    assert.equal((await get(`${base}/series/?metrics=cpu_usr`)).statusCode, 400, 'bad input still a 400');
    assert.equal((await get(`${base}/devices/disks/series/?metrics=idle`)).statusCode, 400);
    const withSamples = await get(`/api/v1/collectors/${ids[0]}/series/?metrics=cpu_user`);
    assert.equal(withSamples.json().no_samples, false);

    const other = await createTenant(db, { name: 'other', domains: ['other.example.com'] });
    const { collector: theirs } = await collectorRepository(tenantHandle(db, other)).create({
      machineName: 'theirs',
    });
    for (const path of ['series/', 'devices/disks/series/', 'utilisation/']) {
      const answer = await get(`/api/v1/collectors/${theirs.id}/${path}`);
      assert.equal(answer.statusCode, 404, `${path}: ${answer.body}`);
      assert.match(answer.json().error.message, /No collector/);
    }
    assert.equal((await get(`/api/v1/compare/?collectors=${ids[0]},${collector.id}`)).statusCode, 404);
  });

  test('series asked at once with other points but on one grid share one computation, with the same numbers', async () => {
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    const t = tenantHandle(db, tenant);
    // A collector of its own: nothing of it is kept yet.
    const { collector } = await collectorRepository(t).create({ machineName: 'shared', siteName: 'bench' });
    const id = collector.id;
    await sampleRepository(t).insertSamples(id, testSamples(Date.UTC(2026, 2, 4), 720, 10_000));
    const range = await resolveRange(t, id, 'ALL');
    assert.ok(range);
    const metrics = ['cpu_user', 'mem_used'] as const;
    const points = Array.from({ length: 12 }, (_, i) => 300 + i * 7);
    const grids = new Set<string>();
    for (const p of points)
      grids.add(JSON.stringify(await seriesGrid(t, id, { ...range, points: p, metrics })));
    assert.ok(grids.size < points.length, 'some of the points give one grid');
    const misses = async () =>
      (await serverMetrics(db).answerCacheLookups.get()).values.find((v) => v.labels.result === 'miss')
        ?.value ?? 0;
    const before = await misses();
    const answers = await Promise.all(
      points.map((p) =>
        get(`/api/v1/collectors/${id}/series/?range=ALL&points=${p}&metrics=${metrics.join(',')}`),
      ),
    );
    // Each URL is new (a miss); the range's sampling interval is read once and each grid computed once (a miss
    // each), the other asks sharing them.
    assert.equal((await misses()) - before, points.length + 1 + grids.size);
    for (const [i, response] of answers.entries()) {
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json();
      const own: HostSeries<(typeof metrics)[number]> = await hostSeries(t, id, {
        ...range,
        points: points[i] as number,
        metrics,
      });
      assert.deepEqual(body.time, own.time, `points=${points[i]}: the buckets hostSeries gives`);
      assert.deepEqual(body.series, own.series, `points=${points[i]}: the numbers hostSeries gives`);
      assert.equal(body.bucket_seconds, own.bucketSeconds);
    }
  });

  test('answers are kept until the samples change, however they change', async () => {
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    const t = tenantHandle(db, tenant);
    const { collector } = await collectorRepository(t).create({ machineName: 'live', siteName: 'bench' });
    const start = Date.UTC(2026, 2, 3);
    await sampleRepository(t).insertSamples(collector.id, testSamples(start, 60, 10_000));
    const url = `/api/v1/collectors/${collector.id}/utilisation/?range=ALL`;
    const count = async () => (await get(url)).json().samples as number;
    assert.equal(await count(), 60);
    assert.equal(await count(), 60);
    await sampleRepository(t).insertSamples(collector.id, testSamples(start + 600_000, 30, 10_000));
    assert.equal(await count(), 90, 'new samples');
    await deleteSamples(t, collector.id, { from: new Date(start), to: new Date(start + 100_000) });
    assert.equal(await count(), 80, 'samples deleted');
    const series = await get(`/api/v1/collectors/${collector.id}/series/?range=ALL&points=100`);
    assert.equal(series.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(series.json().collector_id, collector.id);
  });
});
