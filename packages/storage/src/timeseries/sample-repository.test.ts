import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOST_METRICS, type Sample } from '@perfanalysis/shared';
import { collectorRepository, samplesVersion } from '../repositories/collector-repository.js';
import { type TenantHandle, tenantHandle } from '../tenancy/tenant-handle.js';
import { tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { testSample, testSamples } from '../test-support/sample-fixture.test-support.js';
import { deleteSamples } from './sample-deletion.js';
import { type HostRow, type SampleRepository, sampleRepository } from './sample-repository.js';
import { DEVICE_TABLES, SAMPLE_TABLES } from './sample-tables.js';

const T0 = Date.UTC(2026, 10, 1);
const DEVICES = { cpus: 2, disks: 2, nets: 2, filesystems: 2, temperatures: 1, containers: 2 };

const collect = async <T>(rows: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
};

forEachDatabase('samples', (ctx) => {
  let t: TenantHandle;
  let samples: SampleRepository;
  const newCollector = async (): Promise<string> =>
    (await collectorRepository(t).create({ machineName: 'm' })).collector.id;
  const counts = async (collectorId: string): Promise<Record<string, number>> => {
    const out: Record<string, number> = {};
    for (const table of SAMPLE_TABLES) {
      const [row] = await t.query<{ n: number }>(
        `SELECT count(*) AS n FROM ${t.table(table)} WHERE collector_id = $1`,
        [collectorId],
      );
      out[table] = row?.n ?? 0;
    }
    return out;
  };

  test('set up', async () => {
    const db = await ctx.db();
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    t = tenantHandle(db, tenant);
    samples = sampleRepository(t);
  });

  test("every change to a collector's samples moves its samples_version on, and nothing else does", async () => {
    const id = await newCollector();
    const version = () => samplesVersion(t, id);
    assert.equal(await version(), 0);
    await samples.insertSamples(id, testSamples(T0, 5, 1000, DEVICES));
    assert.equal(await version(), 1);
    await samples.insertSamples(id, testSamples(T0, 5, 1000, DEVICES));
    assert.equal(await version(), 1, 'a batch stored already changes nothing');
    await samples.insertSamples(id, testSamples(T0 + 4000, 3, 1000, DEVICES));
    assert.equal(await version(), 2, 'a batch partly new');
    await samples.insertHostRows(id, {
      times: new Float64Array([T0 + 9000]),
      values: new Float64Array(HOST_METRICS.length),
    });
    assert.equal(await version(), 3);
    assert.equal(await deleteSamples(t, id, { from: new Date(T0 + 60_000), to: new Date(T0 + 70_000) }), 0);
    assert.equal(await version(), 3, 'deleting nothing');
    assert.equal(await deleteSamples(t, id, { from: new Date(T0), to: new Date(T0 + 2000) }), 2);
    assert.equal(await version(), 4);
  });

  test('a batch is stored with its per-device rows, and read back exactly', async () => {
    const id = await newCollector();
    const batch = testSamples(T0, 10, 1000, DEVICES);
    assert.deepEqual(await samples.insertSamples(id, batch), { stored: 10, duplicates: 0 });
    assert.deepEqual(await counts(id), {
      samples: 10,
      sample_cpus: 20,
      sample_disks: 20,
      sample_nets: 20,
      sample_filesystems: 20,
      sample_temperatures: 10,
      sample_containers: 20,
    });
    const rows = await collect(samples.sampleRange(id));
    const expected = batch.map((s) => {
      const row: Record<string, number | null> = { timestamp: s.timestamp };
      for (const c of HOST_METRICS) row[c.name] = s[c.name];
      return row;
    });
    assert.deepEqual(rows, expected);
    for (const device of DEVICE_TABLES) {
      const stored = await t.query<Record<string, unknown>>(
        `SELECT * FROM ${t.table(device.table)} WHERE collector_id = $1 AND ts = $2 ORDER BY ${device.names[0]}`,
        [id, new Date(T0 + 3000)],
      );
      const source = (batch[3] as Sample)[device.field] as readonly Record<string, unknown>[];
      assert.deepEqual(
        stored.map(({ collector_id: _c, ts: _t, upload_id: _u, ...rest }) => rest),
        source.map((d) => ({ ...d })),
        device.table,
      );
      assert.ok(
        stored.every((row) => row.upload_id === null),
        'rows of no upload (live ingest)',
      );
    }
  });

  test('the same batch twice: the second stores nothing and reports every sample as a duplicate', async () => {
    const id = await newCollector();
    const batch = testSamples(T0, 25, 1000, DEVICES);
    assert.deepEqual(await samples.insertSamples(id, batch), { stored: 25, duplicates: 0 });
    const before = await counts(id);
    const changed = batch.map((s) => ({ ...s, cpu_user: 99.99, cpus: [] }));
    assert.deepEqual(await samples.insertSamples(id, changed), { stored: 0, duplicates: 25 });
    assert.deepEqual(await counts(id), before, 'nothing changed, per-device rows included');
    const [first] = await collect(samples.sampleRange(id, T0, T0 + 1));
    assert.equal(first?.cpu_user, batch[0]?.cpu_user, 'the first stored values stay');
  });

  test('an overlapping batch stores only the new samples and their devices', async () => {
    const id = await newCollector();
    await samples.insertSamples(id, testSamples(T0, 10, 1000, DEVICES));
    const overlapping = testSamples(T0 + 5000, 10, 1000, DEVICES);
    assert.deepEqual(await samples.insertSamples(id, overlapping), { stored: 5, duplicates: 5 });
    const c = await counts(id);
    assert.equal(c.samples, 15);
    assert.equal(c.sample_cpus, 30);
    assert.equal(c.sample_temperatures, 15);
    const bounds = await samples.timeBounds(id);
    assert.deepEqual(bounds, { first: new Date(T0), last: new Date(T0 + 14_000), count: 15 });
  });

  test('a timestamp twice in one batch is stored once', async () => {
    const id = await newCollector();
    const a = testSample(T0, DEVICES);
    assert.deepEqual(await samples.insertSamples(id, [a, testSample(T0 + 1000), a]), {
      stored: 2,
      duplicates: 1,
    });
    assert.equal((await counts(id)).sample_cpus, 2);
  });

  test('nulls, large values and odd device names survive the CSV path', async () => {
    const id = await newCollector();
    const s = testSample(T0, { filesystems: 1 });
    const odd: Sample = {
      ...s,
      mem_total: 1_048_576.25,
      disk_read_bytes: 12_345_678_901.23,
      temperature: null,
      cpu_steal: null,
      filesystems: [
        { ...(s.filesystems[0] as Sample['filesystems'][number]), mount: '/mnt/a, "b"\nc', source: '' },
      ],
    };
    await samples.insertSamples(id, [odd]);
    const [row] = await collect(samples.sampleRange(id));
    assert.equal(row?.mem_total, 1_048_576.25);
    assert.equal(row?.disk_read_bytes, 12_345_678_901.23);
    assert.equal(row?.temperature, null);
    assert.equal(row?.cpu_steal, null);
    const [fs] = await t.query<{ mount: string; source: string }>(
      `SELECT mount, source FROM ${t.table('sample_filesystems')} WHERE collector_id = $1`,
      [id],
    );
    assert.deepEqual(fs, { mount: '/mnt/a, "b"\nc', source: '' });
  });

  test('a non-numeric metric is refused and stores nothing (no CSV injection)', async () => {
    const id = await newCollector();
    const victim = await newCollector();
    const evil = { ...testSample(T0), cpu_user: `1\n${victim},2026-01-01T00:00:00Z` } as unknown as Sample;
    await assert.rejects(samples.insertSamples(id, [testSample(T0 + 1000), evil]), TypeError);
    assert.equal((await counts(id)).samples, 0);
    assert.equal((await counts(victim)).samples, 0);
    await assert.rejects(samples.insertSamples('not-a-uuid', [testSample(T0)]), TypeError);
  });

  test('sampleRange reads in time order across pages, within [from, to)', async () => {
    const id = await newCollector();
    const all = testSamples(T0, 50, 1000);
    const shuffled = [...all].sort((a, b) => ((a.timestamp * 7919) % 53) - ((b.timestamp * 7919) % 53));
    await samples.insertSamples(id, shuffled.slice(0, 20));
    await samples.insertSamples(id, shuffled.slice(20));
    const times = (rows: HostRow[]) => rows.map((r) => (r.timestamp - T0) / 1000);
    const range = (n: number, start = 0) => Array.from({ length: n }, (_, i) => start + i);
    assert.deepEqual(
      times(await collect(samples.sampleRange(id, undefined, undefined, { pageSize: 7 }))),
      range(50),
    );
    assert.deepEqual(
      times(await collect(samples.sampleRange(id, undefined, undefined, { pageSize: 10 }))),
      range(50),
    );
    assert.deepEqual(
      times(await collect(samples.sampleRange(id, new Date(T0 + 10_000), T0 + 23_000, { pageSize: 4 }))),
      range(13, 10),
    );
    assert.deepEqual(times(await collect(samples.sampleRange(id, T0 + 45_500))), range(4, 46));
    assert.deepEqual(await collect(samples.sampleRange(id, T0 + 60_000)), []);
    assert.deepEqual(await collect(samples.sampleRange(await newCollector())), []);
  });

  test('timeBounds of a collector without samples', async () => {
    assert.deepEqual(await samples.timeBounds(await newCollector()), { first: null, last: null, count: 0 });
  });

  test('an empty batch stores nothing', async () => {
    assert.deepEqual(await samples.insertSamples(await newCollector(), []), { stored: 0, duplicates: 0 });
  });

  test('insertSamples inside a caller transaction, twice, with duplicates', async () => {
    const id = await newCollector();
    const result = await t.transaction(async (tx) => {
      const repo = sampleRepository(tx);
      const first = await repo.insertSamples(id, testSamples(T0, 3, 1000, DEVICES));
      const second = await repo.insertSamples(id, testSamples(T0 + 1000, 3, 1000, DEVICES));
      const third = await repo.insertSamples(id, testSamples(T0 + 2000, 3, 1000, DEVICES));
      return [first, second, third];
    });
    assert.deepEqual(result, [
      { stored: 3, duplicates: 0 },
      { stored: 1, duplicates: 2 },
      { stored: 1, duplicates: 2 },
    ]);
    assert.equal((await counts(id)).sample_cpus, 10);
  });
});
