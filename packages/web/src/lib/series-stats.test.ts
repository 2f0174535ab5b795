import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statsInWindow } from './series-stats.js';

test('min, mean and max of the points inside the window only, gaps left out, bucket extremes kept', () => {
  const time = [10, 20, 30, 40, 50];
  const values = [1, 5, null, 3, 100];
  assert.deepEqual(statsInWindow(time, values, 15, 45), { min: 3, mean: 4, max: 5 });
  assert.deepEqual(statsInWindow(time, values, 0, 60), { min: 1, mean: 27.25, max: 100 });
  assert.deepEqual(statsInWindow(time, values, 25, 35), { min: null, mean: null, max: null });
  const low = [0, 2, null, 1, 90];
  const high = [2, 9, null, 4, 120];
  assert.deepEqual(statsInWindow(time, values, 15, 45, low, high), { min: 1, mean: 4, max: 9 });
});
