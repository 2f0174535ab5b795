import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOST_CSV_COLUMNS, HOST_METRICS } from './columns.js';
import { hostCsvLayout, parseHostCsvRow, splitCsvLine } from './host-csv.js';

test('a full host.csv header maps every metric in order', () => {
  const layout = hostCsvLayout(HOST_CSV_COLUMNS.join(','));
  assert.equal(layout.timestamp, 0);
  assert.deepEqual(
    layout.metrics,
    HOST_METRICS.map((_, i) => i + 1),
  );
  assert.deepEqual(layout.unknown, []);
});

test("the seed's 19 columns alone are enough; the rest are null", () => {
  const layout = hostCsvLayout(HOST_CSV_COLUMNS.slice(0, 19).join(','));
  const row = parseHostCsvRow(
    `2024-01-04T20:00:00Z,${Array.from({ length: 18 }, (_, i) => i + 0.5).join(',')}`,
    layout,
  );
  assert.equal(row.timestamp, Date.UTC(2024, 0, 4, 20));
  assert.equal(row.metrics[0], 0.5);
  assert.equal(row.metrics[17], 17.5);
  assert.equal(row.metrics[18], null);
});

test('columns in another order, unknown columns reported, epoch timestamps accepted', () => {
  const layout = hostCsvLayout('cpu_idle,timestamp,gpu_util');
  assert.deepEqual(layout.unknown, ['gpu_util']);
  const row = parseHostCsvRow('97.5,1704398400,3', layout);
  assert.equal(row.timestamp, 1_704_398_400_000);
  assert.equal(row.metrics[HOST_METRICS.findIndex((c) => c.name === 'cpu_idle')], 97.5);
});

test('bad headers and rows say what is wrong', () => {
  assert.throws(() => hostCsvLayout('time,cpu_user'), /no "timestamp" column/);
  assert.throws(() => hostCsvLayout('timestamp,foo'), /none of the host.csv metric columns/);
  assert.throws(() => hostCsvLayout('timestamp,cpu_user,cpu_user'), /"cpu_user" twice/);
  const layout = hostCsvLayout('timestamp,cpu_user');
  assert.throws(() => parseHostCsvRow('2024-01-01T00:00:00Z,abc', layout), /cpu_user: "abc" is not a number/);
  assert.throws(() => parseHostCsvRow('yesterday,1', layout), /timestamp: "yesterday" is not a date/);
  assert.throws(() => parseHostCsvRow('2024-01-01T00:00:00Z', layout), /expected 2 fields, found 1/);
});

test('quoted fields are split as RFC 4180 says', () => {
  assert.deepEqual(splitCsvLine('a,"b,c","d ""e"""\r'), ['a', 'b,c', 'd "e"']);
  assert.deepEqual(splitCsvLine('1,,2'), ['1', '', '2']);
});
