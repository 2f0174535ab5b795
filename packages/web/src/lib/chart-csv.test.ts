import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chartCsv } from './chart-csv.js';

test('a chart as CSV: the points in its window only, in the zone shown, gaps empty, labels quoted', () => {
  const t0 = Date.UTC(2026, 0, 12, 9, 0, 0) / 1000;
  const csv = chartCsv(
    [t0, t0 + 60, t0 + 120, t0 + 180],
    [
      { label: 'user', values: [1, 2, null, 4] },
      { label: 'a, b', values: [5, 6, 7, 8] },
    ],
    [t0 + 30, t0 + 150],
    'utc',
  );
  assert.equal(
    csv,
    'time (UTC),unix_seconds,user,"a, b"\n2026-01-12 09:01:00,1768208460,2,6\n2026-01-12 09:02:00,1768208520,,7\n',
  );
  assert.equal(
    chartCsv([0, 30], [{ label: 'x', values: [1, 2] }], [0, 60], 'utc', 'seconds_from_start'),
    'seconds_from_start,x\n0,1\n30,2\n',
  );
});
