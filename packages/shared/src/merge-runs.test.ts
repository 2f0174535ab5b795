import assert from 'node:assert/strict';
import { test } from 'node:test';
import { busyFromIdle, mergeRuns } from './merge-runs.js';

const columns = (mean: (number | null)[]) => ({ mean, min: mean, max: mean });

test('runs aligned at their start share points from t = 0', () => {
  const merged = mergeRuns([
    { time: [1000, 1010, 1020], bucketSeconds: 10, offset: 1000, series: { cpu_user: columns([1, 2, 3]) } },
    { time: [5003, 5013], bucketSeconds: 10, offset: 5003, series: { cpu_user: columns([7, 8]) } },
  ]);
  assert.deepEqual(merged.time, [0, 10, 20]);
  assert.deepEqual(merged.series[0]?.cpu_user?.mean, [1, 2, 3]);
  assert.deepEqual(merged.series[1]?.cpu_user?.mean, [7, 8, null]);
});

test('runs on the clock keep their own times; gaps stay null', () => {
  const merged = mergeRuns([
    { time: [100, 110], bucketSeconds: 10, offset: 0, series: { m: columns([1, null]) } },
    { time: [110, 120], bucketSeconds: 10, offset: 0, series: { m: columns([5, 6]) } },
  ]);
  assert.deepEqual(merged.time, [100, 110, 120]);
  assert.deepEqual(merged.series[0]?.m?.mean, [1, null, null]);
  assert.deepEqual(merged.series[1]?.m?.mean, [null, 5, 6]);
});

test('busy is 100 − idle', () => {
  assert.deepEqual(busyFromIdle([90, null, 100]), [10, null, 0]);
});
