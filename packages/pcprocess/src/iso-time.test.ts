import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IsoTimestamps } from './iso-time.js';

test('timestamps are written exactly as toISOString writes them', () => {
  const timestamps = new IsoTimestamps();
  const values = [
    0,
    1,
    999,
    1000,
    Date.UTC(2024, 1, 29, 23, 59, 59, 999),
    Date.UTC(2024, 2, 1),
    Date.UTC(2000, 11, 31, 23, 59, 59, 999),
    Date.UTC(9999, 11, 31, 23, 59, 59, 999),
    Date.UTC(10000, 0, 1),
    -1,
    -86_400_000,
    1_795_433_357_214.5,
    -0.5,
    8.64e15,
  ];
  let seed = 11;
  for (let i = 0; i < 100_000; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    values.push(Math.floor((seed / 2 ** 31) * 4e12));
  }
  // A capture's times: each snapshot about a second after the last, across midnight and a month's end.
  for (let ms = Date.UTC(2024, 0, 31, 23, 59, 50, 7); ms < Date.UTC(2024, 1, 1, 0, 0, 20); ms += 997) {
    values.push(ms);
  }
  for (const ms of values) assert.equal(timestamps.format(ms), new Date(ms).toISOString(), String(ms));
});
