import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatClock, formatZoned, fromFieldValue, toFieldValue, zoneName } from './time-zone.js';

test('times in UTC or in the browser’s zone, named; a date-time field read back in the same zone', () => {
  const saved = process.env.TZ;
  process.env.TZ = 'Asia/Kolkata';
  try {
    const t = Date.UTC(2026, 0, 14, 15, 30, 5) / 1000;
    assert.equal(formatZoned(t, 'utc'), '2026-01-14 15:30:05 UTC');
    assert.equal(formatClock(t, 'local'), '2026-01-14 21:00:05');
    assert.match(zoneName('local', new Date(t * 1000)), /GMT\+5:30|IST/);
    assert.equal(toFieldValue(t, 'utc'), '2026-01-14T15:30:05');
    assert.equal(toFieldValue(t, 'local'), '2026-01-14T21:00:05');
    assert.equal(fromFieldValue('2026-01-14T15:30:05', 'utc'), t);
    assert.equal(fromFieldValue('2026-01-14T21:00:05', 'local'), t);
    assert.equal(fromFieldValue('2026-01-14T21:00', 'local'), t - 5);
    assert.equal(fromFieldValue('yesterday', 'utc'), undefined);
  } finally {
    process.env.TZ = saved ?? 'UTC';
  }
});
