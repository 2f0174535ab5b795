import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixtureCopyWithLinks } from '../procfs/fixtures.test-support.js';
import { findCpufreqFiles, parseScalingCurFreq } from './cpufreq.js';

test('procfs fixture (A14): cpu0 has scaling_cur_freq through its policy link, cpu1 has none', () => {
  const root = fixtureCopyWithLinks('procfs');
  try {
    const { cpus, files } = findCpufreqFiles(join(root, 'sys'));
    assert.deepEqual(cpus, ['cpu0', 'cpu1']);
    assert.deepEqual(
      files.map((f) => [f.cpu, f.path.slice(root.length)]),
      [['cpu0', '/sys/devices/system/cpu/cpu0/cpufreq/scaling_cur_freq']],
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('scaling_cur_freq: kHz to MHz; anything but a number is null', () => {
  assert.equal(parseScalingCurFreq('1219917\n'), 1219.917);
  assert.equal(parseScalingCurFreq('<unknown>\n'), null);
  assert.equal(parseScalingCurFreq(''), null);
});
