import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatNumber } from './number-format.js';

test('formats exactly as String() does', () => {
  const cases = [
    0,
    -0,
    1,
    -1,
    0.5,
    0.05,
    12.05,
    12.5,
    -0.29,
    99.99,
    100,
    1e6 + 0.01,
    2 ** 53,
    1e21,
    1 / 3,
    0.1 + 0.2,
  ];
  for (const value of cases)
    assert.equal(formatNumber(value), String(value === 0 ? 0 : value), String(value));
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let i = 0; i < 100_000; i++) {
    const value = Math.round((random() - 0.3) * 10 ** Math.floor(random() * 12)) / 100;
    assert.equal(formatNumber(value), String(value));
  }
});
