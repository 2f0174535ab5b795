import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ReportError } from './report-error.js';
import { checkTimeZone, offsetText, timeText, zoneLabel, zoneOffsetMs } from './time-zone.js';

test('times on a zone’s clock, with its offset, summer time included', () => {
  const winter = new Date('2026-01-01T08:10:00Z');
  const summer = new Date('2026-07-01T08:10:00Z');
  assert.equal(timeText(winter, 'UTC'), '2026-01-01 08:10:00 UTC');
  assert.equal(timeText(winter, 'Europe/Berlin'), '2026-01-01 09:10:00 UTC+01:00');
  assert.equal(timeText(summer, 'Europe/Berlin'), '2026-07-01 10:10:00 UTC+02:00');
  assert.equal(timeText(summer, 'America/New_York'), '2026-07-01 04:10:00 UTC−04:00');
  assert.equal(zoneOffsetMs(winter.getTime(), 'Asia/Kolkata'), 5.5 * 3600_000);
  assert.equal(offsetText(winter.getTime(), 'Asia/Kolkata'), 'UTC+05:30');
  assert.equal(zoneLabel('Europe/Berlin', summer), 'Europe/Berlin (UTC+02:00)');
  assert.equal(zoneLabel('UTC', summer), 'UTC');
});

test('a time zone is an IANA name; anything else a ReportError naming it', () => {
  assert.equal(checkTimeZone('europe/berlin'), 'Europe/Berlin');
  assert.throws(
    () => checkTimeZone('Mars/Olympus'),
    (e: Error) => {
      assert.ok(e instanceof ReportError);
      assert.match(e.message, /"Mars\/Olympus" is not a time zone/);
      return true;
    },
  );
});
