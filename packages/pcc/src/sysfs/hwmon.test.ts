import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fixtureCopyWithLinks } from '../procfs/fixtures.test-support.js';
import { findHwmonSensors } from './hwmon.js';
import { parseMilliCelsius } from './thermal.js';

const sys = fixtureCopyWithLinks('node_exporter', 'collector', 'fixtures', 'sys');
const scratch = mkdtempSync(join(tmpdir(), 'pcc-hwmon-'));
after(() => {
  rmSync(sys, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

test('node_exporter fixture (B7): chips named from the device link, else the directory', () => {
  const sensors = findHwmonSensors(sys);
  assert.deepEqual(
    sensors.map((s) => [s.name, parseMilliCelsius(readFileSync(s.path, 'utf8'))]),
    [
      ['platform_coretemp_0/Physical id 0', 55],
      ['platform_coretemp_0/Core 0', 54],
      ['platform_coretemp_0/Core 1', 52],
      ['platform_coretemp_0/Core 2', 53],
      ['platform_coretemp_0/Core 3', 50],
      // Both inputs of hwmon4 carry the label "foosensor".
      ['hwmon4/foosensor (temp1)', 55],
      ['hwmon4/foosensor (temp2)', 54],
    ],
  );
  assert.equal(sensors[0]?.path, join(sys, 'class', 'hwmon', 'hwmon0', 'temp1_input'));
  assert.equal(sensors[6]?.path, join(sys, 'class', 'hwmon', 'hwmon4', 'temp2_input'));
});

test('the name file when there is no device link; tempN without a label; natural order', () => {
  const chip = (name: string, files: Record<string, string>): void => {
    const dir = join(scratch, 'class', 'hwmon', name);
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  };
  chip('hwmon10', { name: 'acpitz\n', temp1_input: '27800\n' });
  chip('hwmon2', { name: 'acpitz\n', temp1_input: '30000\n', temp10_input: '1\n', temp9_input: '2\n' });
  chip('hwmon3', { name: 'nvme\n', fan1_input: '1200\n' });
  assert.deepEqual(
    findHwmonSensors(scratch).map((s) => s.name),
    ['acpitz/temp1', 'acpitz/temp9', 'acpitz/temp10', 'acpitz_hwmon10/temp1'],
  );
});

test('a missing sysfs root yields no sensor', () => {
  assert.deepEqual(findHwmonSensors(join(scratch, 'no-such-dir')), []);
});
