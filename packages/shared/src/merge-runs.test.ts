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

test('the same samples at 1 s and at 2 s give the same curve: finer buckets are merged, not dropped', () => {
  // One run as the server gives it at 2 s (mean, min and max of each pair of seconds), the other at 1 s.
  const seconds = [10, 30, 50, 70, 20, 40];
  const pairs = [0, 2, 4].map((k) => seconds.slice(k, k + 2));
  const coarse = {
    mean: pairs.map((p) => ((p[0] ?? 0) + (p[1] ?? 0)) / 2),
    min: pairs.map((p) => Math.min(...p)),
    max: pairs.map((p) => Math.max(...p)),
  };
  const merged = mergeRuns([
    { time: [1000, 1002, 1004], bucketSeconds: 2, offset: 1000, series: { cpu_user: coarse } },
    {
      time: [5000, 5001, 5002, 5003, 5004, 5005],
      bucketSeconds: 1,
      offset: 5000,
      series: { cpu_user: columns(seconds) },
    },
  ]);
  assert.deepEqual(merged.time, [0, 2, 4]);
  assert.deepEqual(merged.series[1]?.cpu_user, merged.series[0]?.cpu_user);
  assert.deepEqual(merged.series[0]?.cpu_user?.mean, [20, 60, 30]);
});

test('busy is 100 − idle', () => {
  assert.deepEqual(busyFromIdle([90, null, 100]), [10, null, 0]);
});
