import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HostRows } from './host-rows.js';

test('rows keep their values when room is reserved at once and when they grow past it', () => {
  const rows = new HostRows();
  const fill = (count: number) => {
    for (let k = 0; k < count; k += 1) {
      const i = rows.next();
      rows.columns.times[i] = i;
      rows.columns.values[i * rows.metrics + 3] = i * 2;
    }
  };
  fill(10);
  rows.reserve(6000);
  assert.equal(rows.columns.times.length, 6000);
  fill(9000);
  assert.equal(rows.count, 9010);
  for (const i of [0, 9, 10, 5999, 6000, 9009]) {
    assert.equal(rows.columns.times[i], i);
    assert.equal(rows.columns.values[i * rows.metrics + 3], i * 2);
  }
});
