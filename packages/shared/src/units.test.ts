import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  formatBytes,
  formatNumber,
  formatSi,
  formatTick,
  formatTicks,
  formatValue,
  relativeChange,
  tickIncrements,
} from './units.js';

test('numbers keep about three significant figures', () => {
  assert.equal(formatNumber(0), '0');
  assert.equal(formatNumber(0.12345), '0.123');
  assert.equal(formatNumber(1.2345), '1.23');
  assert.equal(formatNumber(12.345), '12.3');
  assert.equal(formatNumber(123.45), '123');
  assert.equal(formatNumber(12345.6), '12346');
  assert.equal(formatNumber(Number.NaN), '–');
});

test('bytes take binary prefixes, rates an /s', () => {
  assert.equal(formatBytes(512), '512 B');
  assert.equal(formatBytes(1536), '1.5 KiB');
  assert.equal(formatBytes(5 * 1024 ** 3, '/s'), '5 GiB/s');
  assert.equal(formatValue(2048, 'MB'), '2 GiB');
  assert.equal(formatValue(1048576 * 20, 'bytes/s'), '20 MiB/s');
});

test('values carry their unit; gaps are a dash', () => {
  assert.equal(formatValue(42.123, '%'), '42.1 %');
  assert.equal(formatValue(12345, 'ops/s'), '12.3k ops/s');
  assert.equal(formatValue(3, '/s'), '3 /s');
  assert.equal(formatValue(0.52, ''), '0.52');
  assert.equal(formatValue(null, '%'), '–');
  assert.equal(formatValue(undefined, 'MB'), '–');
  assert.equal(formatSi(2_500_000), '2.5M');
});

test('axis ticks are short and byte axes step in powers of two', () => {
  assert.equal(formatTick(50, '%'), '50%');
  assert.equal(formatTick(3000, 'pkt/s'), '3k');
  assert.equal(formatTick(1024, 'MB'), '1 GiB');
  const bytes = tickIncrements('bytes/s');
  assert.ok(bytes.includes(1024) && bytes.includes(1024 ** 2));
  assert.ok(tickIncrements('%').includes(25));
});

test('an axis keeps one unit: the prefix its largest tick needs, on every tick', () => {
  const mib = 1024 * 1024;
  assert.deepEqual(formatTicks([0, 512 * mib, 1024 * mib, 1536 * mib], 'bytes/s'), [
    '0',
    '0.5 GiB/s',
    '1 GiB/s',
    '1.5 GiB/s',
  ]);
  assert.deepEqual(formatTicks([0, 256, 512, 768, 1024], 'MB'), [
    '0',
    '0.25 GiB',
    '0.5 GiB',
    '0.75 GiB',
    '1 GiB',
  ]);
  assert.deepEqual(formatTicks([0, 256, 512, 768], 'MB'), ['0', '256 MiB', '512 MiB', '768 MiB']);
  assert.deepEqual(formatTicks([0, 500, 1000, 1500], 'ops/s'), ['0', '0.5k', '1k', '1.5k']);
  assert.deepEqual(formatTicks([0, 200, 400], ''), ['0', '200', '400']);
  assert.deepEqual(formatTicks([500, 1000, 1500, 2000], 'MHz'), ['0.5 GHz', '1 GHz', '1.5 GHz', '2 GHz']);
  assert.deepEqual(formatTicks([0, 25, 50], '%'), ['0%', '25%', '50%']);
  const labels = formatTicks(
    [0, 0.25, 0.5, 0.75, 1, 1.25].map((g) => g * 1024 ** 3),
    'bytes',
  );
  assert.equal(new Set(labels.slice(1).map((l) => l.split(' ')[1])).size, 1, labels.join(', '));
});

test('clock frequencies read in MHz below 1000, in GHz above, in tables and on axes', () => {
  assert.equal(formatValue(800, 'MHz'), '800 MHz');
  assert.equal(formatValue(2400, 'MHz'), '2.4 GHz');
  assert.equal(formatValue(3192.614, 'MHz'), '3.19 GHz');
  assert.equal(formatValue(null, 'MHz'), '–');
  assert.equal(formatTick(2500, 'MHz'), '2.5 GHz');
  assert.equal(formatTick(500, 'MHz'), '500 MHz');
});

test('relative change is against the base, undefined when it cannot be said', () => {
  assert.equal(relativeChange(10, 15), 50);
  assert.equal(relativeChange(10, 5), -50);
  assert.equal(relativeChange(0, 0), 0);
  assert.equal(relativeChange(0, 3), undefined);
  assert.equal(relativeChange(null, 3), undefined);
});

test('clock ticks: 24-hour time, the date under the first tick of each day', async () => {
  const { clockTicks } = await import('./time-ticks.js');
  process.env.TZ = 'UTC';
  const day = Date.UTC(2026, 0, 12, 23, 0) / 1000;
  assert.deepEqual(clockTicks([day, day + 1800, day + 3600], 1800), [
    '23:00\nJan 12',
    '23:30',
    '00:00\nJan 13',
  ]);
  assert.deepEqual(clockTicks([day, day + 15], 15), ['23:00:00\nJan 12', '23:00:15']);
  assert.deepEqual(clockTicks([day, day + 86_400], 86_400), ['Jan 12', 'Jan 13']);
});

test('clock ticks in UTC whatever the viewer’s zone; in the viewer’s zone otherwise', async () => {
  const { clockTicks } = await import('./time-ticks.js');
  const saved = process.env.TZ;
  process.env.TZ = 'Asia/Kolkata';
  try {
    const day = Date.UTC(2026, 0, 12, 23, 0) / 1000;
    assert.deepEqual(clockTicks([day, day + 1800], 1800, true), ['23:00\nJan 12', '23:30']);
    assert.deepEqual(clockTicks([day, day + 1800], 1800), ['04:30\nJan 13', '05:00']);
  } finally {
    process.env.TZ = saved ?? 'UTC';
  }
});
