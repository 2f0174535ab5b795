import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOST_METRICS } from '@perfanalysis/shared';
import { FINE_BUCKETS, SeriesBuckets } from './series-buckets.js';

const METRICS = HOST_METRICS.length;
const USER = HOST_METRICS.findIndex((m) => m.name === 'cpu_user');

test('rows out of order over a month: the fine buckets widen and move, and every bucket keeps its mean, min and max', () => {
  const start = Date.UTC(2026, 2, 1, 7, 13, 20);
  const count = 30 * 24 * 60;
  // A minute apart, in a scrambled order (a stride coprime with the count), the first ones the latest.
  const order = Array.from({ length: count }, (_, i) => (i * 7919 + count - 1) % count);
  const value = (k: number) => (k % 97 === 0 ? Number.NaN : ((k * 37) % 101) + (k % 13) / 7);
  const buckets = new SeriesBuckets(['cpu_user']);
  const times = new Float64Array(500);
  const values = new Float64Array(500 * METRICS).fill(Number.NaN);
  for (let i = 0; i < count; i += 500) {
    const rows = Math.min(500, count - i);
    for (let r = 0; r < rows; r += 1) {
      const k = order[i + r] as number;
      times[r] = start + k * 60_000;
      values[r * METRICS + USER] = value(k);
    }
    buckets.add(times, values, rows);
  }
  assert.ok(buckets.fineSeconds * FINE_BUCKETS >= count * 60, 'the fine buckets widened to span the month');
  const range = { from: new Date(start), to: new Date(start + count * 60_000) };
  const { time, bucketSeconds, series } = buckets.series(range, 60, 600);
  assert.ok(time.length <= 600 && time.length >= 300, `${time.length} buckets`);
  const column = series.cpu_user;
  assert.ok(column);
  time.forEach((t, b) => {
    const inside = Array.from({ length: count }, (_, k) => k)
      .filter((k) => start + k * 60_000 >= t * 1000 && start + k * 60_000 < (t + bucketSeconds) * 1000)
      .map(value)
      .filter(Number.isFinite);
    if (inside.length === 0) {
      assert.equal(column.mean[b], null);
      return;
    }
    assert.equal(column.min[b], Math.min(...inside));
    assert.equal(column.max[b], Math.max(...inside));
    const mean = inside.reduce((a, v) => a + v, 0) / inside.length;
    assert.ok(Math.abs((column.mean[b] as number) - mean) < 1e-9, `bucket ${b}`);
  });
});
