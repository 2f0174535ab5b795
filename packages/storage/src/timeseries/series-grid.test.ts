import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ROLLUP_LEVELS } from './rollup-tables.js';
import { chooseGrid } from './series-grid.js';

const T0 = Date.UTC(2026, 0, 1, 0, 0, 7);
const range = (seconds: number) => ({ from: new Date(T0), to: new Date(T0 + seconds * 1000) });

describe('chooseGrid', () => {
  test('short ranges read the raw rows, long ones the coarsest rollup that still gives the points', () => {
    assert.equal(chooseGrid(range(3600), { points: 1000, intervalSeconds: 1 }).resolution, 0);
    const day = chooseGrid(range(86_400), { points: 1000, intervalSeconds: 1 });
    assert.equal(day.resolution, 30);
    const million = chooseGrid(range(1_000_000), { points: 1000, intervalSeconds: 1 });
    assert.equal(million.resolution, 300);
    const year = chooseGrid(range(365 * 86_400), { points: 1000, intervalSeconds: 1 });
    assert.equal(year.resolution, 3600);
    for (const grid of [day, million, year]) {
      assert.equal(grid.bucketSeconds % grid.resolution, 0);
      assert.equal(grid.origin % (grid.bucketSeconds * 1000), 0, 'on the clock: multiples of the width');
    }
    assert.ok(ROLLUP_LEVELS.some((l) => l.seconds === million.resolution));
  });

  test('never more buckets than points, rarely fewer than half, covering the whole range', () => {
    for (const seconds of [59, 3600, 6 * 3600, 86_400, 7 * 86_400, 1_000_000, 3_000_000, 40_000_000]) {
      for (const points of [10, 300, 1000, 1920]) {
        const grid = chooseGrid(range(seconds), { points, intervalSeconds: 1 });
        assert.ok(grid.count <= points, `${seconds} s, ${points} points: ${grid.count}`);
        assert.ok(
          grid.count >= Math.min(points, seconds) / 2 - 1,
          `${seconds} s, ${points} points: ${grid.count}`,
        );
        assert.ok(grid.origin <= T0);
        assert.ok(grid.origin + grid.count * grid.bucketSeconds * 1000 >= T0 + seconds * 1000);
      }
    }
  });

  test('more points than a third of the 30 s buckets in a long range read the 5 min level, not every 30 s row', () => {
    for (const points of [3400, 4000, 4999]) {
      const grid = chooseGrid(range(1_000_000), { points, intervalSeconds: 1 });
      assert.equal(grid.resolution, 300, `${points} points`);
      assert.ok(grid.count <= points && grid.count >= points / 2, `${points} points: ${grid.count} buckets`);
    }
    // Within the budget nothing changes: a day at 1 s and 2,000 points still reads the 30 s level.
    assert.equal(chooseGrid(range(86_400), { points: 2000, intervalSeconds: 1 }).resolution, 30);
  });

  test('buckets are no narrower than the sampling interval, so that an empty one is a real gap', () => {
    const grid = chooseGrid(range(3600), { points: 1000, intervalSeconds: 60 });
    assert.equal(grid.bucketSeconds, 60);
    assert.equal(grid.count, 61);
  });

  test('a forced width reads the coarsest level that divides it; start alignment starts at the range', () => {
    const forced = chooseGrid(range(86_400), { points: 5, intervalSeconds: 1, bucketSeconds: 600 });
    assert.equal(forced.bucketSeconds, 600);
    assert.equal(forced.resolution, 300);
    const start = chooseGrid(range(86_400), { points: 1000, intervalSeconds: 1, align: 'start' });
    assert.equal(start.origin, T0 - 7000, 'rounded down to the 30 s resolution only');
  });
});
