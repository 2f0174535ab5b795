import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Sample } from '@perfanalysis/shared';
import { collectorRepository } from '../repositories/collector-repository.js';
import { tenantHandle } from '../tenancy/tenant-handle.js';
import { tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { testSample, testSamples } from '../test-support/sample-fixture.test-support.js';
import { hostRowsCsv } from './sample-csv.js';
import { sampleDevices } from './sample-devices.js';
import { sampleRepository } from './sample-repository.js';
import { HOST_METRIC_COLUMNS, SAMPLE_COLUMNS } from './sample-tables.js';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

test('samples rows: collector, ISO time, then the metrics in column order, null as empty', () => {
  const sample = { ...testSample(0), cpu_user: 12.5, temperature: null };
  const line = hostRowsCsv(ID, [sample]);
  const fields = line.trimEnd().split(',');
  assert.equal(fields.length, SAMPLE_COLUMNS.length);
  assert.deepEqual(fields.slice(0, 3), [ID, '1970-01-01T00:00:00.000Z', '12.5']);
  assert.equal(fields[HOST_METRIC_COLUMNS.length + 1], '');
  assert.throws(() => hostRowsCsv(ID, [{ ...sample, cpu_user: '1\nx' } as unknown as Sample]), TypeError);
});

test('devices: the id of their names, then each list as quoted json, empty where there are none', () => {
  const sample = testSample(0, { filesystems: 1 });
  const devices = sampleDevices(sample);
  const csv = hostRowsCsv(ID, [sample]);
  assert.ok(csv.endsWith(`,${devices.namesId},,,,"${devices.lists[3]?.replaceAll('"', '""')}",,\n`), csv);
  assert.ok(hostRowsCsv(ID, [testSample(0)]).endsWith(',,,,,,,\n'));
});

forEachDatabase('CSV copy of samples', (ctx) => {
  test('rows written as CSV and loaded with copyFrom read back as the same samples', async () => {
    const db = await ctx.db();
    const t = tenantHandle(db, (await tenantByName(db, 'default')) ?? assert.fail());
    const { collector } = await collectorRepository(t).create({ machineName: 'csv' });
    const viaCsv = testSamples(Date.UTC(2026, 0, 1), 30, 1000, { cpus: 2 });
    assert.equal(
      await t.copyFrom(t.table('samples'), SAMPLE_COLUMNS, [hostRowsCsv(collector.id, viaCsv)]),
      30,
    );
    const { collector: other } = await collectorRepository(t).create({ machineName: 'binary' });
    await sampleRepository(t).insertSamples(other.id, viaCsv);
    const read = async (id: string) => {
      const rows = [];
      for await (const row of sampleRepository(t).sampleRange(id)) rows.push(row);
      return rows;
    };
    assert.deepEqual(await read(collector.id), await read(other.id));
  });
});
