import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fixtureCopyWithLinks, fixturePath } from '../procfs/fixtures.test-support.js';
import { findThermalSensors, parseMilliCelsius } from './thermal.js';

const nodeExporterSys = fixtureCopyWithLinks('node_exporter', 'collector', 'fixtures', 'sys');
after(() => rmSync(nodeExporterSys, { recursive: true, force: true }));

const read = (path: string): number | null => parseMilliCelsius(readFileSync(path, 'utf8'));

test('parseMilliCelsius', () => {
  assert.equal(parseMilliCelsius('49925\n'), 49.925);
  assert.equal(parseMilliCelsius('-44000'), -44);
  assert.equal(parseMilliCelsius('0\n'), 0);
  for (const garbage of ['', '\n', 'N/A', '49.9', '12a', '-', '--1'])
    assert.equal(parseMilliCelsius(garbage), null);
});

test('procfs fixture (A13): two zones, one below zero', () => {
  const root = fixturePath('procfs', 'sys');
  const sensors = findThermalSensors(root);
  assert.deepEqual(sensors, [
    { name: 'thermal_zone0/bcm2835_thermal', path: join(root, 'class', 'thermal', 'thermal_zone0', 'temp') },
    { name: 'thermal_zone1/acpitz', path: join(root, 'class', 'thermal', 'thermal_zone1', 'temp') },
  ]);
  assert.deepEqual(
    sensors.map((s) => read(s.path)),
    [49.925, -44],
  );
});

test('node_exporter fixture (B8): a zone reached through its class symlink; cooling devices are not zones', () => {
  const sensors = findThermalSensors(nodeExporterSys);
  assert.deepEqual(
    sensors.map((s) => s.name),
    ['thermal_zone0/cpu-thermal'],
  );
  assert.equal(read(sensors[0]?.path ?? ''), 12.376);
});

test('a missing sysfs root yields no sensor', () => {
  assert.deepEqual(findThermalSensors(join(nodeExporterSys, 'no-such-dir')), []);
});
