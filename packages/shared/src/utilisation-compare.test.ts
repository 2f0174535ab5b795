import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  biggestDifferences,
  changeLevel,
  changeText,
  compareTables,
  groupRows,
  type UtilisationRow,
} from './utilisation-compare.js';

const row = (metric: string, unit: string, p95: number | null, count = 100): UtilisationRow => ({
  metric,
  unit,
  description: metric,
  count,
  p50: p95,
  p90: p95,
  p95,
  p99: p95,
  mean: p95,
  max: p95,
  min: p95,
});

test('rows are grouped in the vocabulary order', () => {
  const groups = groupRows([
    row('net_rx_bytes', 'bytes/s', 1),
    row('cpu_system', '%', 1),
    row('cpu_user', '%', 1),
  ]);
  assert.deepEqual(
    groups.map((g) => [g.group, g.rows.map((r) => r.metric)]),
    [
      ['CPU', ['cpu_user', 'cpu_system']],
      ['Network', ['net_rx_bytes']],
    ],
  );
});

test('differences are levelled by size', () => {
  assert.equal(changeLevel(undefined), 0);
  assert.equal(changeLevel(3), 0);
  assert.equal(changeLevel(-10), 1);
  assert.equal(changeLevel(30), 2);
  assert.equal(changeLevel(-80), 3);
});

test('tables side by side: change from the baseline, tiny absolute differences not highlighted', () => {
  const a = [
    row('cpu_user', '%', 40),
    row('cpu_steal', '%', 0.1),
    row('mem_used', 'MB', 1000),
    row('load_1m', '', null, 0),
  ];
  const b = [row('cpu_user', '%', 60), row('cpu_steal', '%', 0.3), row('mem_used', 'MB', 900)];
  const rows = compareTables([a, b], 'p95', 0);
  const user = rows.find((r) => r.metric === 'cpu_user');
  assert.deepEqual(user?.cells[0], { value: 40, change: undefined, level: 0 });
  assert.equal(user?.cells[1]?.change, 50);
  assert.equal(user?.cells[1]?.level, 3);
  const steal = rows.find((r) => r.metric === 'cpu_steal');
  assert.equal(steal?.cells[1]?.level, 0, '0.1 % → 0.3 % is noise, not +200 %');
  const fromNothing = compareTables([[row('cpu_steal', '%', 0)], [row('cpu_steal', '%', 6)]], 'p95', 0);
  assert.deepEqual(fromNothing[0]?.cells[1], { value: 6, change: Number.POSITIVE_INFINITY, level: 3 });
  assert.equal(rows.find((r) => r.metric === 'mem_used')?.cells[1]?.level, 1);
  assert.equal(
    rows.find((r) => r.metric === 'load_1m'),
    undefined,
    'no run has data for it',
  );
  const flipped = compareTables([a, b], 'p95', 1);
  assert.equal(flipped.find((r) => r.metric === 'cpu_user')?.cells[0]?.change?.toFixed(1), '-33.3');
});

test('where they differ: changes of 20 % or more, largest first, the baseline and small ones left out', () => {
  const rows = compareTables(
    [
      [row('cpu_user', '%', 10), row('mem_used', 'MB', 1000), row('load_1m', '', 4)],
      [row('cpu_user', '%', 30), row('mem_used', 'MB', 1100), row('load_1m', '', 2)],
    ],
    'p95',
    0,
  );
  const found = biggestDifferences(rows).map((d) => [d.row.metric, d.run, changeText(d.cell.change)]);
  assert.deepEqual(found, [
    ['cpu_user', 1, '+200 %'],
    ['load_1m', 1, '−50 %'],
  ]);
});
