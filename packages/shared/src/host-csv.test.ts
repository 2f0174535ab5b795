import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOST_CSV_COLUMNS, HOST_METRICS } from './columns.js';
import { hostCsvLayout, IGNORED_FIELD, parseHostCsvRow, splitCsvLine, TIMESTAMP_FIELD } from './host-csv.js';

const METRICS = HOST_METRICS.length;
const metric = (name: string) => HOST_METRICS.findIndex((c) => c.name === name);

/** Parses a line into a fresh row of values: its timestamp, and its values (null for NaN). */
function parse(line: string, header: string) {
  const into = new Float64Array(METRICS + 2);
  const timestamp = parseHostCsvRow(line, hostCsvLayout(header), into, 1);
  assert.ok(Number.isNaN(into[0]) || into[0] === 0, 'nothing written before the row');
  assert.equal(into[METRICS + 1], 0, 'nothing written after the row');
  return { timestamp, values: [...into.subarray(1, METRICS + 1)].map((v) => (Number.isNaN(v) ? null : v)) };
}

test('a full host.csv header maps every metric in order', () => {
  const layout = hostCsvLayout(HOST_CSV_COLUMNS.join(','));
  assert.deepEqual(layout.fields, [TIMESTAMP_FIELD, ...HOST_METRICS.map((_, i) => i)]);
  assert.deepEqual(layout.unknown, []);
});

test("the seed's 19 columns alone are enough; the rest are null", () => {
  const row = parse(
    `2024-01-04T20:00:00Z,${Array.from({ length: 18 }, (_, i) => i + 0.5).join(',')}`,
    HOST_CSV_COLUMNS.slice(0, 19).join(','),
  );
  assert.equal(row.timestamp, Date.UTC(2024, 0, 4, 20));
  assert.equal(row.values[0], 0.5);
  assert.equal(row.values[17], 17.5);
  assert.deepEqual(row.values.slice(18), Array(METRICS - 18).fill(null));
});

test('columns in another order, unknown columns reported, epoch timestamps accepted, empty fields null', () => {
  const header = 'cpu_idle,timestamp,gpu_util,cpu_user';
  assert.deepEqual(hostCsvLayout(header).fields, [metric('cpu_idle'), TIMESTAMP_FIELD, IGNORED_FIELD, 0]);
  assert.deepEqual(hostCsvLayout(header).unknown, ['gpu_util']);
  const row = parse('97.5,1704398400,3,\r', header);
  assert.equal(row.timestamp, 1_704_398_400_000);
  assert.equal(row.values[metric('cpu_idle')], 97.5);
  assert.equal(row.values[metric('cpu_user')], null);
});

test('quoted fields and numbers in any notation read as in a spreadsheet', () => {
  const row = parse('"2024-01-04T20:00:00Z","1,5",2.5e1', 'timestamp,gpu_util,cpu_user');
  assert.equal(row.timestamp, Date.UTC(2024, 0, 4, 20));
  assert.equal(row.values[0], 25);
});

test('bad headers and rows say what is wrong', () => {
  assert.throws(() => hostCsvLayout('time,cpu_user'), /no "timestamp" column/);
  assert.throws(() => hostCsvLayout('timestamp,foo'), /none of the host.csv metric columns/);
  assert.throws(() => hostCsvLayout('timestamp,cpu_user,cpu_user'), /"cpu_user" twice/);
  const header = 'timestamp,cpu_user';
  assert.throws(() => parse('2024-01-01T00:00:00Z,abc', header), /cpu_user: "abc" is not a number/);
  assert.throws(() => parse('2024-01-01T00:00:00Z,1.5.2', header), /cpu_user: "1.5.2" is not a number/);
  assert.throws(() => parse('yesterday,1', header), /timestamp: "yesterday" is not a date/);
  assert.throws(() => parse('2024-01-01T00:00:00Z', header), /expected 2 fields, found 1/);
  assert.throws(() => parse('2024-01-01T00:00:00Z,1,2', header), /expected 2 fields, found 3/);
});

test('quoted fields are split as RFC 4180 says', () => {
  assert.deepEqual(splitCsvLine('a,"b,c","d ""e"""\r'), ['a', 'b,c', 'd "e"']);
  assert.deepEqual(splitCsvLine('1,,2'), ['1', '', '2']);
});

test('values outside their plausible range and times before 2000 or beyond tomorrow are refused', () => {
  const header = 'timestamp,cpu_user,mem_used';
  assert.throws(
    () => parse('2024-01-01T00:00:00Z,1e200,1', header),
    /cpu_user: 1e200 is outside its plausible range -1 to 101 %/,
  );
  assert.throws(() => parse('2024-01-01T00:00:00Z,1,-5', header), /mem_used: -5 is outside/);
  assert.throws(
    () => parse('1900-01-01T00:00:00Z,1,1', header),
    /timestamp: "1900-01-01T00:00:00Z" is before 2000/,
  );
  assert.throws(() => parse('+010000-01-01T00:00:00Z,1,1', header), /is more than a day ahead/);
  assert.throws(() => parse('1e300,1,1', header), /timestamp: "1e300" is more than a day ahead/);
  assert.equal(parse('2024-01-01T00:00:00Z,101,0', header).values[0], 101);
});
