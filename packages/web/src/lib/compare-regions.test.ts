import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareRegions, type RunWindow } from './compare-regions.js';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 9, minute)).toISOString();
const seconds = (minute: number) => Date.UTC(2026, 10, 30, 9, minute) / 1000;
const runs: RunWindow[] = [
  { key: 'r1', name: '200 users', kind: 'run', start: at(5), end: at(10) },
  { key: 'lt1', name: 'cpu-steps', kind: 'loadtest', start: at(20), end: at(25) },
  { key: 'r2', name: 'before', kind: 'run', start: at(40), end: at(50) },
];

test("aligned at t = 0, a collector's runs inside its window are shaded from its start, in its colour", () => {
  const regions = compareRegions([
    { runs, from: seconds(0), to: seconds(30), origin: seconds(0), color: '#2f6fdf' },
  ]);
  assert.deepEqual(regions, [
    { from: 300, to: 600, label: '200 users', kind: 'run', color: '#2f6fdf' },
    { from: 1200, to: 1500, label: 'cpu-steps (load test)', kind: 'loadtest', color: '#2f6fdf' },
  ]);
});

test('on the clock, a run is clipped to the window it overlaps; a run item does not shade itself', () => {
  const regions = compareRegions([
    { runs, from: seconds(8), to: seconds(22), origin: 0, color: '#c55017' },
    { runs, from: seconds(5), to: seconds(10), origin: 0, color: '#148560', runKey: 'r1' },
  ]);
  assert.deepEqual(regions, [
    { from: seconds(8), to: seconds(10), label: '200 users', kind: 'run', color: '#c55017' },
    {
      from: seconds(20),
      to: seconds(22),
      label: 'cpu-steps (load test)',
      kind: 'loadtest',
      color: '#c55017',
    },
  ]);
});
