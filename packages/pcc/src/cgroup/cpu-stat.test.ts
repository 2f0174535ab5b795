import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCpuStat } from './cpu-stat.js';

test("cpu.stat: usage, user and system microseconds, whatever the kernel's other lines", () => {
  const text =
    'usage_usec 2345678\nuser_usec 1234567\nsystem_usec 1111111\ncore_sched.force_idle_usec 0\n' +
    'nr_periods 120\nnr_throttled 3\nthrottled_usec 45000\nnr_bursts 0\nburst_usec 0\n';
  assert.deepEqual(parseCpuStat(text), [2345678, 1234567, 1111111]);
  assert.deepEqual(parseCpuStat('usage_usec 5\n'), [5, 0, 0]);
});
