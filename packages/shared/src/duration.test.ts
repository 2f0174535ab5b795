import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDuration, parseDuration } from './duration.js';

test('parses the seeds durations', () => {
  assert.equal(parseDuration('10m'), 600_000);
  assert.equal(parseDuration('1s'), 1000);
  assert.equal(parseDuration('24h'), 86_400_000);
  assert.equal(parseDuration('1h30m'), 5_400_000);
  assert.equal(parseDuration('500ms'), 500);
  assert.equal(parseDuration('1.5s'), 1500);
  assert.equal(parseDuration('15'), 15_000);
});

test('rejects what is not a duration, naming it', () => {
  for (const bad of ['', 'ten minutes', '10x', '5m3', '-1s', 'm']) {
    assert.throws(() => parseDuration(bad), new RegExp(`"${bad}" is not a duration`));
  }
});

test('formats durations for people', () => {
  assert.equal(formatDuration(45_000), '45s');
  assert.equal(formatDuration(245_000), '4m05s');
  assert.equal(formatDuration(7_380_000), '2h03m');
  assert.equal(formatDuration(273_600_000), '3d04h');
});
