import assert from 'node:assert/strict';
import { test } from 'node:test';
import { counterDelta, rate } from './counter.js';

test('a counter moving forward gives its increase', () => {
  assert.equal(counterDelta(100, 250), 150);
});

test('a 32-bit wrap is counted as the distance across the wrap', () => {
  assert.equal(counterDelta(2 ** 32 - 100, 50), 150);
});

test('a reset contributes 0', () => {
  assert.equal(counterDelta(1_000_000, 10), 0);
  assert.equal(counterDelta(2 ** 40, 5), 0);
});

test('rates are per second and rounded to two decimals', () => {
  assert.equal(rate(0, 10, 3), 3.33);
  assert.equal(rate(10, 0, 1), 0);
});
