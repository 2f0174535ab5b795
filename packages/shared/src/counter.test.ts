import assert from 'node:assert/strict';
import { test } from 'node:test';
import { counterDelta, rate } from './counter.js';

test('a counter moving forward gives its increase', () => {
  assert.equal(counterDelta(100, 250), 150);
});

test('a wrap of a counter known to be 32-bit is counted as the distance across the wrap', () => {
  assert.equal(counterDelta(2 ** 32 - 100, 50, 32), 150);
  assert.equal(counterDelta(3_000_100_000, 1_000, 32), 1_294_868_296, 'plausible for a 32-bit counter');
});

test('a 64-bit counter (the default) that goes back from between 2³¹ and 2³² is a reset, not a wrap', () => {
  assert.equal(counterDelta(3_000_100_000, 1_000), 0);
  assert.equal(counterDelta(2 ** 32 - 100, 50), 0);
  assert.equal(counterDelta(2 ** 32 - 100, 50, 64), 0);
});

test('a reset contributes 0', () => {
  assert.equal(counterDelta(1_000_000, 10), 0);
  assert.equal(counterDelta(2 ** 40, 5), 0);
  assert.equal(counterDelta(2 ** 40, 5, 32), 0, 'a value no 32-bit counter holds');
  assert.equal(counterDelta(1_000_000, 10, 32), 0, 'a wrap would mean over 2³¹ in one interval');
});

test('rates are per second and rounded to two decimals', () => {
  assert.equal(rate(0, 10, 3), 3.33);
  assert.equal(rate(10, 0, 1), 0);
});
