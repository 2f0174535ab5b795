import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CpuFrequencyReader } from './cpu-frequency.js';
import { fixtureCopyWithLinks } from './procfs/fixtures.test-support.js';

test('procfs fixture (A14): cpu0 from cpufreq, the CPUs without it from /proc/cpuinfo', () => {
  const root = fixtureCopyWithLinks('procfs');
  const reader = new CpuFrequencyReader({ procfs: join(root, 'proc'), sysfs: join(root, 'sys') });
  try {
    const mhz = reader.read();
    assert.equal(mhz?.cpu0, 1219.917, 'scaling_cur_freq, not cpuinfo (799.998)');
    assert.equal(
      mhz?.cpu1,
      800.037,
      'cpuinfo: cpu1 has no scaling_cur_freq (nor a readable cpuinfo_cur_freq)',
    );
    assert.deepEqual(Object.keys(mhz ?? {}).sort(), [
      'cpu0',
      'cpu1',
      'cpu2',
      'cpu3',
      'cpu4',
      'cpu5',
      'cpu6',
      'cpu7',
    ]);
  } finally {
    reader.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('every CPU with cpufreq: /proc/cpuinfo is not needed; each reading is the current one', () => {
  const root = mkdtempSync(join(tmpdir(), 'pcc-cpufreq-'));
  const file = (cpu: string) =>
    join(root, 'sys', 'devices', 'system', 'cpu', cpu, 'cpufreq', 'scaling_cur_freq');
  for (const cpu of ['cpu0', 'cpu1']) {
    mkdirSync(join(file(cpu), '..'), { recursive: true });
    writeFileSync(file(cpu), '3400000\n');
  }
  const reader = new CpuFrequencyReader({ procfs: join(root, 'proc'), sysfs: join(root, 'sys') });
  try {
    assert.deepEqual(reader.read(), { cpu0: 3400, cpu1: 3400 });
    writeFileSync(file('cpu1'), '800000\n');
    assert.deepEqual(reader.read(), { cpu0: 3400, cpu1: 800 });
  } finally {
    reader.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('neither cpufreq nor cpu MHz (an ARM virtual machine): no frequencies', () => {
  const root = mkdtempSync(join(tmpdir(), 'pcc-cpufreq-'));
  mkdirSync(join(root, 'proc'));
  writeFileSync(join(root, 'proc', 'cpuinfo'), 'processor\t: 0\nBogoMIPS\t: 50.00\n\n');
  const reader = new CpuFrequencyReader({ procfs: join(root, 'proc'), sysfs: join(root, 'sys') });
  try {
    assert.equal(reader.read(), undefined);
  } finally {
    reader.close();
    rmSync(root, { recursive: true, force: true });
  }
});
