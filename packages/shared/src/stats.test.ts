import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mean, percentileOfSorted } from './stats.js';

test('percentiles interpolate as percentile_cont', () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  assert.equal(percentileOfSorted(values, 50), 5.5);
  assert.equal(percentileOfSorted(values, 90), 9.1);
  assert.equal(percentileOfSorted(values, 0), 1);
  assert.equal(percentileOfSorted(values, 100), 10);
  assert.ok(Number.isNaN(percentileOfSorted([], 50)));
  assert.equal(mean(values), 5.5);
});
