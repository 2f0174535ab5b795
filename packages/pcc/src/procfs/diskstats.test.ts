import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DISK_FIELD } from '@perfanalysis/shared';
import { parseDiskstats } from './diskstats.js';
import { fixturePath } from './fixtures.test-support.js';

const SECTOR = 512;
const WEIGHTED_IO_MS = 10;
const MERGED = { reads: 1, writes: 5 } as const;
const DISCARDS = 11;
const DISCARD_SECTORS = 13;
const DISCARD_MS = 14;
const FLUSHES = 15;
const FLUSH_MS = 16;

test('procfs fixture (A3): file order, and 14-, 18- and 20-field lines told apart by length', () => {
  const disks = parseDiskstats(readFileSync(fixturePath('procfs', 'proc', 'diskstats'), 'utf8'));
  const names = Object.keys(disks);
  assert.equal(names.length, 52);
  assert.equal(names[0], 'ram0');
  assert.equal(disks[names[1] ?? '']?.length, 11);
  assert.equal(names[24], 'sda');
  assert.equal(disks.sda?.[DISK_FIELD.writes], 28444756);
  assert.equal(disks.sda?.[DISK_FIELD.sectorsRead], 1003346126);
  assert.equal((disks.sda?.[DISK_FIELD.sectorsRead] ?? 0) * SECTOR, 513713216512);
  assert.equal(names[48], 'sdb2');
  assert.equal(disks.sdb2?.length, 15);
  assert.equal(disks.sdb2?.[DISCARD_MS], 11130);
  assert.equal(names[49], 'sdc');
  assert.equal(disks.sdc?.length, 17);
  assert.equal(disks.sdc?.[FLUSHES], 127);
  assert.equal(disks.sdc?.[FLUSH_MS], 182);
});

test('node_exporter fixture (B3): the raw counters behind the e2e table', () => {
  const disks = parseDiskstats(
    readFileSync(fixturePath('node_exporter', 'collector', 'fixtures', 'proc', 'diskstats'), 'utf8'),
  );
  // device: reads, writes, read bytes, written bytes, read s, write s, io s, weighted io s (EXPECTED B3).
  const table: Record<string, readonly number[]> = {
    sda: [25354637, 28444756, 513713216512, 258916880384, 18492.372, 63877.96, 9653.88, 82621.804],
    sdb: [326552, 41822, 4944782848, 1010127360, 0.084, 5.007, 60.73, 67.07],
    sdc: [126552, 11822, 848782848, 88527360, 0.014, 1.007, 10.73, 17.07],
    nvme0n1: [47114, 1078320, 2377714176, 20199236096, 21.65, 1011.053, 222.766, 1032.546],
    vda: [1775784, 6038856, 16727491584, 109382369280, 8655.768, 2069221.364, 41614.592, 2077872.228],
    'dm-0': [59910002, 39231014, 513708655616, 258916802560, 46229.572, 1158557.8, 11325.968, 1206301.256],
  };
  for (const [name, expected] of Object.entries(table)) {
    const d = disks[name] ?? [];
    const at = (index: number): number => d[index] ?? Number.NaN;
    const actual = [
      at(DISK_FIELD.reads),
      at(DISK_FIELD.writes),
      at(DISK_FIELD.sectorsRead) * SECTOR,
      at(DISK_FIELD.sectorsWritten) * SECTOR,
      at(DISK_FIELD.readMs) / 1000,
      at(DISK_FIELD.writeMs) / 1000,
      at(DISK_FIELD.ioMs) / 1000,
      at(WEIGHTED_IO_MS) / 1000,
    ];
    for (const [i, value] of actual.entries()) {
      assert.ok(Math.abs(value - (expected[i] ?? Number.NaN)) < 1e-6, `${name} column ${i}: ${value}`);
    }
  }
  const merged: Record<string, readonly [number, number]> = {
    sda: [34367663, 11134226],
    nvme0n1: [4, 43950],
    vda: [15386, 20711856],
    'dm-0': [0, 0],
  };
  for (const [name, [reads, writes]] of Object.entries(merged)) {
    assert.equal(disks[name]?.[MERGED.reads], reads, name);
    assert.equal(disks[name]?.[MERGED.writes], writes, name);
  }
  assert.equal(disks.sdb?.[DISCARDS], 68851);
  assert.equal(disks.sdb?.[DISCARD_SECTORS], 1925173784);
  assert.equal(disks.sdb?.[DISCARD_MS], 11130);
  assert.deepEqual(disks.sdc?.slice(DISCARDS), [18851, 0, 125173784, 11130, 1555, 1944]);
});

test('empty text, a truncated line and the short partition lines of 2.6 kernels are ignored', () => {
  assert.deepEqual(parseDiskstats(''), {});
  const text = [
    '   8       0 sda 1 2 3 4 5 6 7 8 9 10 11',
    '   8       1 sda1 1 2 3 4',
    '   8      16 sdb 1 2 3 4 5 6',
    '   8      32',
    '   8      33 sdc1 1 2 3 x 5 6 7 8 9 10 11',
  ].join('\n');
  assert.deepEqual(parseDiskstats(text), { sda: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] });
});
