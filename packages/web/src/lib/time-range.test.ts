import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatElapsed } from '@perfanalysis/shared/time-ticks';
import { formatAgo, formatDuration } from './durations.js';
import {
  isRangeKey,
  isRelativeRange,
  lastRange,
  panned,
  pointsFor,
  rangeParams,
  scaled,
  zoomWindow,
} from './time-range.js';

test('ranges are the seed buttons; a zoom window asks by start and end', () => {
  assert.ok(isRangeKey('24H'));
  assert.ok(!isRangeKey('2H'));
  assert.ok(!isRangeKey(null));
  assert.deepEqual(rangeParams('6H', undefined), { range: '6H' });
  assert.deepEqual(rangeParams('ALL', { from: 1_768_208_400, to: 1_768_208_580 }), {
    start: '2026-01-12T09:00:00.000Z',
    end: '2026-01-12T09:03:00.000Z',
  });
});

test('a drag zooms to whole seconds, either way round, and a click does not zoom', () => {
  assert.deepEqual(zoomWindow(120.4, 10.6), { from: 10, to: 121 });
  assert.equal(zoomWindow(10, 11), undefined);
  assert.equal(pointsFor(50), 100);
  assert.equal(pointsFor(99_999), 4000);
});

test('durations and offsets read as people write them', () => {
  assert.equal(formatDuration(0.5), '0.5s');
  assert.equal(formatDuration(90), '1m 30s');
  assert.equal(formatDuration(3725), '1h 2m');
  assert.equal(formatDuration(2 * 86_400 + 3600), '2d 1h');
  assert.equal(formatElapsed(0), '+0:00');
  assert.equal(formatElapsed(330), '+5:30');
  assert.equal(formatElapsed(3720), '+1:02:00');
  assert.equal(formatElapsed(-30), '-0:30');
  const now = Date.parse('2026-01-12T10:00:00Z');
  assert.equal(formatAgo('2026-01-12T09:57:00Z', now), '3 minutes ago');
  assert.equal(formatAgo('2026-01-12T09:59:55Z', now), 'just now');
  assert.equal(formatAgo(null, now), '–');
});

test('the last N minutes or hours; panning by half the window; zooming around its centre', () => {
  assert.equal(lastRange(90, 'm'), '90m');
  assert.equal(lastRange(0, 'h'), undefined);
  assert.equal(lastRange(1.5, 'h'), undefined);
  assert.ok(isRelativeRange('90m') && isRelativeRange('1H') && isRelativeRange('ALL'));
  assert.ok(!isRelativeRange('0m') && !isRelativeRange('5w') && !isRelativeRange(null));
  assert.deepEqual(rangeParams('90m', undefined), { range: '90m' });
  assert.deepEqual(panned({ from: 1000, to: 1600 }, -1), { from: 700, to: 1300 });
  assert.deepEqual(panned({ from: 1000, to: 1600 }, 1), { from: 1300, to: 1900 });
  assert.deepEqual(scaled({ from: 1000, to: 1600 }, 0.5), { from: 1150, to: 1450 });
  assert.deepEqual(scaled({ from: 1000, to: 1600 }, 2), { from: 700, to: 1900 });
  assert.deepEqual(scaled({ from: 1000, to: 1001 }, 0.5), { from: 999, to: 1002 });
});
