import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCpuTicks, parseStatusBytes } from './process-usage.js';

test('parseCpuTicks adds utime and stime, counting fields after the last parenthesis', () => {
  const line =
    '4242 (a) (b c) S 1 4242 4242 0 -1 4194560 1234 0 0 0 170 35 0 0 20 0 11 0 9876 1100000000 13000 18446744073709551615\n';
  assert.equal(parseCpuTicks(line), 205);
});

test('parseCpuTicks refuses what is not a stat line', () => {
  assert.throws(() => parseCpuTicks('no such thing'), /not a \/proc\/<pid>\/stat line/);
});

test('parseStatusBytes reads a kB field as bytes', () => {
  const status = 'Name:\tnode\nVmPeak:\t 1000 kB\nVmHWM:\t   55788 kB\nRssAnon:\t   20412 kB\n';
  assert.equal(parseStatusBytes(status, 'VmHWM'), 55788 * 1024);
  assert.equal(parseStatusBytes(status, 'RssAnon'), 20412 * 1024);
  assert.throws(() => parseStatusBytes(status, 'VmSwap'), /no VmSwap/);
});
