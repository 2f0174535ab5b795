import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOST_METRICS } from './columns.js';
import { hostValuesProblem, sampleProblem, timeProblem } from './plausible.js';
import type { Sample } from './sample.js';

const T = Date.UTC(2026, 0, 1);
const sample = (extra: Record<string, unknown>): Sample =>
  ({
    ...Object.fromEntries(HOST_METRICS.map((c) => [c.name, null])),
    timestamp: T,
    interval: 1,
    cpus: [],
    disks: [],
    nets: [],
    filesystems: [],
    temperatures: [],
    containers: [],
    ...extra,
  }) as unknown as Sample;

test('every metric has a plausible range, and every bound keeps sums of squares finite', () => {
  for (const column of HOST_METRICS) {
    assert.ok(column.range.min < column.range.max, column.name);
    assert.ok(Number.isFinite(column.range.max * column.range.max * 1e12), column.name);
  }
});

test('a sample names its first implausible value: metric, value, time and range', () => {
  assert.equal(sampleProblem(sample({ cpu_user: 12.5, mem_used: 1024, temperature: -10 })), undefined);
  assert.equal(
    sampleProblem(sample({ mem_used: 1e200 })),
    'mem_used = 1e+200 MB at 2026-01-01T00:00:00.000Z is outside its plausible range 0 to 17592186044416 MB',
  );
  assert.equal(sampleProblem(sample({ cpu_idle: 100.5 })), undefined);
  assert.match(sampleProblem(sample({ cpu_idle: 102 })) ?? '', /^cpu_idle = 102 %/);
  const disks = [
    { device: 'sda', read_bytes: 1, write_bytes: 1e308, read_ops: 0, write_ops: 0, util: 1, await_ms: 1 },
  ];
  assert.match(
    sampleProblem(sample({ disks })) ?? '',
    /^disks\[sda\]\.write_bytes = 1e\+308 bytes\/s at 2026/,
  );
  assert.match(sampleProblem(sample({ load_1m: Number.NaN })) ?? '', /^load_1m = NaN/);
});

test('flat host values: NaN is a missing value, anything else must be plausible', () => {
  const values = new Float64Array(HOST_METRICS.length * 2).fill(Number.NaN);
  values[HOST_METRICS.length] = 50;
  assert.equal(hostValuesProblem([T, T + 1000], values), undefined);
  values[HOST_METRICS.length + 1] = -3;
  assert.match(hostValuesProblem([T, T + 1000], values) ?? '', /^cpu_system = -3 % at 2026-01-01T00:00:01/);
});

test('a time is plausible from 2000 until a day ahead of the clock', () => {
  assert.equal(timeProblem(T, T), undefined);
  assert.equal(timeProblem(Date.UTC(1999, 11, 31), T), 'is before 2000-01-01');
  assert.match(timeProblem(T + 25 * 3600_000, T) ?? '', /more than a day ahead/);
  assert.equal(timeProblem(Number.NaN), 'is not a time');
});
