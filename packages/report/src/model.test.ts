import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import {
  collectorRepository,
  sampleRepository,
  type TenantHandle,
  tenantByName,
  tenantHandle,
} from '@perfanalysis/storage';
import { forEachDatabase } from '@perfanalysis/storage/test-support/databases';
import type { ReportModel } from './model.js';
import { reportFromDatabase } from './model-from-database.js';
import { reportFromFile } from './model-from-file.js';
import { ReportError } from './report-error.js';
import { reportSamples, writeHostCsv } from './report-fixture.test-support.js';

const START = Date.UTC(2026, 4, 11, 8, 3, 17);
const dir = await mkdtemp(join(tmpdir(), 'pa-report-model-'));
after(() => rm(dir, { recursive: true, force: true }));

/** Same table (means within rounding: the sums are added in another order) and the same findings. */
function assertAgree(file: ReportModel, stored: ReportModel): void {
  assert.equal(file.table.exact, stored.table.exact);
  assert.equal(file.table.samples, stored.table.samples);
  file.table.rows.forEach((row, i) => {
    const { mean, ...rest } = row;
    const { mean: storedMean, ...storedRest } = stored.table.rows[i] ?? row;
    assert.deepEqual(rest, storedRest, row.metric);
    if (mean === null) assert.equal(storedMean, null);
    else assert.ok(Math.abs(mean - (storedMean as number)) <= 1e-9 * Math.max(1, Math.abs(mean)), row.metric);
  });
  assert.deepEqual(file.findings, stored.findings);
  assert.deepEqual(file.range.from, stored.range.from);
  assert.deepEqual(file.range.to, stored.range.to);
  // The charts: the dashboard's buckets, each with the same min and max and a mean within rounding.
  assert.equal(file.series.bucketSeconds, stored.series.bucketSeconds);
  assert.deepEqual(file.series.time, stored.series.time);
  for (const [metric, column] of Object.entries(stored.series.series)) {
    const mine = file.series.series[metric as keyof typeof file.series.series];
    assert.ok(mine, metric);
    assert.deepEqual(mine.min, column.min, metric);
    assert.deepEqual(mine.max, column.max, metric);
    mine.mean.forEach((v, i) => {
      const other = column.mean[i] ?? null;
      if (v === null || other === null) assert.equal(v, other, `${metric} ${i}`);
      else assert.ok(Math.abs(v - other) <= 1e-9 * Math.max(1, Math.abs(v)), `${metric} ${i}`);
    });
  }
}

forEachDatabase('a report from --from-csv and one from the database of the same data', (ctx) => {
  let t: TenantHandle;

  test('set-up', async () => {
    const db = await ctx.db();
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    t = tenantHandle(db, tenant);
  });

  for (const [label, count, step] of [
    ['a short run: exact percentiles', 2000, 1000],
    ['a long run: percentiles from the sketches', 12_500, 15_000],
  ] as const) {
    test(`${label}: same table, same findings, same chart buckets`, async () => {
      const samples = reportSamples(count, START, step);
      const { collector } = await collectorRepository(t).create({
        machineName: `m${count}`,
        siteName: 'lab',
      });
      await sampleRepository(t).insertSamples(collector.id, samples);
      const file = join(dir, `m${count}.csv`);
      await writeHostCsv(file, samples);
      const stored = await reportFromDatabase(t, collector, 'ALL');
      const fromFile = await reportFromFile(file);
      assert.equal(stored.table.exact, count <= 10_000);
      assertAgree(fromFile, stored);
      assert.deepEqual(
        stored.findings.map((f) => f.id),
        ['cpu-busy', 'memory-available', 'net-errors'],
      );
      assert.match(stored.findings[0]?.text ?? '', /^CPU busy above 90 % for 10 % of the run$/);
      assert.equal(stored.host.name, `m${count}`);
      assert.equal(stored.host.site, 'lab');
      assert.equal(fromFile.host.name, `m${count}`);
    });
  }

  test('a collector without samples is a ReportError that says so', async () => {
    const { collector } = await collectorRepository(t).create({ machineName: 'empty' });
    await assert.rejects(reportFromDatabase(t, collector, 'ALL'), (error: Error) => {
      assert.ok(error instanceof ReportError);
      assert.match(error.message, /empty has no samples/);
      return true;
    });
  });

  test('a range without samples is a ReportError naming it', async () => {
    const { collectors } = await collectorRepository(t).list();
    const collector = collectors.find((c) => c.machineName === 'm2000');
    assert.ok(collector);
    const range = { from: new Date(START - 7_200_000), to: new Date(START - 3_600_000) };
    await assert.rejects(reportFromDatabase(t, collector, range), /has no samples from 2026-05-11T06:03:17/);
  });
});

test('a host.csv with a wrong header, a ragged row or no rows is refused, naming the file and line', async () => {
  const cases: [string, string, RegExp][] = [
    ['header.csv', 'time,cpu_user\n1,2\n', /header\.csv: line 1: the header has no "timestamp" column/],
    [
      'ragged.csv',
      'timestamp,cpu_user,cpu_system\n2026-01-01T00:00:00Z,1,2\n2026-01-01T00:00:01Z,1\n',
      /ragged\.csv: line 3: expected 3 fields, found 2/,
    ],
    ['empty.csv', '', /empty\.csv: the file is empty/],
    ['header-only.csv', 'timestamp,cpu_user\n', /header-only\.csv: no samples/],
    [
      'bad.csv',
      'timestamp,cpu_user\n2026-01-01T00:00:00Z,abc\n',
      /bad\.csv: line 2: cpu_user: "abc" is not a number/,
    ],
  ];
  for (const [name, text, message] of cases) {
    const file = join(dir, name);
    await writeFile(file, text);
    await assert.rejects(reportFromFile(file), (error: Error) => {
      assert.ok(error instanceof ReportError, `${name}: ${error}`);
      assert.match(error.message, message);
      return true;
    });
  }
  await assert.rejects(reportFromFile(join(dir, 'missing.csv')), /missing\.csv: cannot read it \(ENOENT\)/);
});

test('the sampling interval of a file is its rows’ median spacing: an hour-long gap does not raise it', async () => {
  const before = reportSamples(600, START, 2000);
  const afterGap = reportSamples(600, START + 600 * 2000 + 3600_000, 2000);
  const file = join(dir, 'gap.csv');
  await writeHostCsv(file, [...before, ...afterGap]);
  const model = await reportFromFile(file);
  assert.equal(model.range.intervalSeconds, 2);
});
