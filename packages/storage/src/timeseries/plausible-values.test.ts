import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOST_METRICS } from '@perfanalysis/shared';
import { ImplausibleValueError } from '../database/errors.js';
import { benchmarkRepository } from '../repositories/benchmark-repository.js';
import { collectorRepository } from '../repositories/collector-repository.js';
import { loadTestRepository } from '../repositories/loadtest-repository.js';
import { type TenantHandle, tenantHandle } from '../tenancy/tenant-handle.js';
import { tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { testSample, testSamples } from '../test-support/sample-fixture.test-support.js';
import { compareCollections } from './compare.js';
import { deviceSeries } from './device-series.js';
import { hostSeries } from './host-series.js';
import { hostValuesFor } from './sample-copy.js';
import { sampleRepository } from './sample-repository.js';
import { utilisationTable } from './utilisation-table.js';

const T0 = Date.UTC(2026, 2, 1, 10);
const range = { from: new Date(T0), to: new Date(T0 + 600_000) };

forEachDatabase('implausible values', (ctx) => {
  let t: TenantHandle;
  let collectorId: string;

  test('set-up', async () => {
    const db = await ctx.db();
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    t = tenantHandle(db, tenant);
    collectorId = (await collectorRepository(t).create({ machineName: 'poisoned' })).collector.id;
    await sampleRepository(t).insertSamples(collectorId, testSamples(T0, 60, 10_000, { disks: 1 }));
  });

  test('a batch with a value outside its plausible range is refused whole, naming metric, value and time', async () => {
    const samples = sampleRepository(t);
    const batch = [testSample(T0 + 700_000), { ...testSample(T0 + 701_000), mem_used: 1e200 }];
    await assert.rejects(samples.insertSamples(collectorId, batch), (error: unknown) => {
      assert.ok(error instanceof ImplausibleValueError);
      assert.match(
        error.message,
        /^mem_used = 1e\+200 MB at 2026-03-01T10:11:41\.000Z is outside its plausible/,
      );
      return true;
    });
    const disks = [{ ...(testSample(T0, { disks: 1 }).disks[0] as object), util: 250 }];
    await assert.rejects(
      samples.insertSamples(collectorId, [{ ...testSample(T0 + 702_000), disks } as never]),
      /disks\[sda\]\.util = 250 %/,
    );
    const rows = hostValuesFor(1);
    rows.times[0] = T0 + 703_000;
    rows.values.fill(Number.NaN);
    rows.values[HOST_METRICS.findIndex((c) => c.name === 'net_rx_bytes')] = -1;
    await assert.rejects(samples.insertHostRows(collectorId, rows), /net_rx_bytes = -1 bytes\/s/);
    assert.equal((await samples.timeBounds(collectorId)).count, 60);
  });

  test('values stored before the check (1e200, 1e308) count as missing: no aggregate overflows', async () => {
    // Two huge values in one bucket, as a collector poisoned before the ranges were checked holds them.
    const huge = "CASE WHEN ts < '2026-03-01T10:00:30Z' THEN 1e308 ELSE 1e200 END";
    // The disks' read_bytes: the first value of each disk's list in the samples row.
    await t.exec(
      `UPDATE ${t.table('samples')} SET mem_used = ${huge},
         disks = (SELECT json_agg(jsonb_set(d.e::jsonb, '{0}', to_jsonb((${huge})::float8)))
                  FROM json_array_elements(disks) AS d (e))
       WHERE ts < '2026-03-01T10:01:00Z'`,
    );
    const table = await utilisationTable(t, collectorId, range);
    const memUsed = table.rows.find((r) => r.metric === 'mem_used');
    assert.equal(memUsed?.count, 54);
    assert.ok((memUsed?.max ?? Number.POSITIVE_INFINITY) < 1000);
    const series = await hostSeries(t, collectorId, { ...range, points: 600, metrics: ['mem_used'] });
    assert.equal(series.series.mem_used.mean[0], null);
    const compared = await compareCollections(t, [{ collectorId, ...range }], {
      points: 60,
      metrics: ['mem_used'],
      align: 'start',
    });
    assert.equal(compared.collections[0]?.table.samples, 60);
    const disks = await deviceSeries(t, collectorId, 'disks', {
      ...range,
      points: 60,
      metrics: ['read_bytes'],
    });
    assert.ok(disks.devices.sda);
  });

  test('load tests and benchmarks: figures outside their ranges refused, stored ones cannot overflow', async () => {
    const loadtests = loadTestRepository(t);
    await assert.rejects(
      loadtests.create({ collectorId, name: '', utilizationPct: 50, workUnits: 1e308, details: null }),
      /work_units = 1e\+308 at .* is outside its plausible range 0 to 1000000000000000/,
    );
    await assert.rejects(
      benchmarkRepository(t).create({ collectorId, name: 'x', score: -1e300, unit: '', details: null }),
      ImplausibleValueError,
    );
    for (let i = 0; i < 2; i += 1) {
      await t.exec(
        `INSERT INTO ${t.table('loadtests')} (collector_id, name, utilization_pct, work_units)
         VALUES ('${collectorId}', '', 50, 1e308)`,
      );
      await t.exec(
        `INSERT INTO ${t.table('benchmarks')} (collector_id, name, score, unit) VALUES ('${collectorId}', 'x', 1e308, '')`,
      );
    }
    const [level] = await loadtests.compare([collectorId], '', null);
    assert.equal(level?.workUnits, 1e308);
    const [stats] = await benchmarkRepository(t).stats({ name: 'x' });
    assert.deepEqual([stats?.count, stats?.mean, stats?.stddev], [2, 1e308, 0]);
  });
});
