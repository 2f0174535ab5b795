import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fixturePath } from './fixtures.test-support.js';
import { parseMeminfo } from './meminfo.js';

test('procfs fixture (A2): every value in kB as written, HugePages_* as counts', () => {
  const meminfo = parseMeminfo(readFileSync(fixturePath('procfs', 'proc', 'meminfo'), 'utf8'));
  const expected: Record<string, number> = {
    MemTotal: 15666184,
    MemFree: 440324,
    Buffers: 1020128,
    Cached: 12007640,
    SwapCached: 0,
    Active: 6761276,
    Inactive: 6532708,
    'Active(anon)': 267256,
    'Inactive(anon)': 268,
    'Active(file)': 6494020,
    'Inactive(file)': 6532440,
    Unevictable: 0,
    Mlocked: 0,
    SwapTotal: 0,
    SwapFree: 0,
    Zswap: 22414,
    Zswapped: 10502,
    Dirty: 768,
    Writeback: 0,
    AnonPages: 266216,
    Mapped: 44204,
    Shmem: 1308,
    Slab: 1807264,
    SReclaimable: 1738124,
    SUnreclaim: 69140,
    KernelStack: 1616,
    PageTables: 5288,
    CommitLimit: 7833092,
    Committed_AS: 530844,
    VmallocTotal: 34359738367,
    VmallocUsed: 36596,
    VmallocChunk: 34359637840,
    Percpu: 26176,
    AnonHugePages: 12288,
    Hugepagesize: 2048,
    HugePages_Total: 0,
    HugePages_Free: 0,
    HugePages_Rsvd: 0,
    HugePages_Surp: 0,
    DirectMap4k: 91136,
    DirectMap2M: 16039936,
  };
  for (const [key, kB] of Object.entries(expected)) assert.equal(meminfo[key], kB, key);
  assert.equal(Object.keys(meminfo).length, 45);
  assert.equal(meminfo.MemAvailable, undefined);
  // The byte figures procfs asserts.
  assert.equal((meminfo.MemTotal ?? 0) * 1024, 16042172416);
  assert.equal((meminfo.MemFree ?? 0) * 1024, 450891776);
  assert.equal((meminfo.Cached ?? 0) * 1024, 12295823360);
  assert.equal((meminfo.VmallocTotal ?? 0) * 1024, 35184372087808);
});

test('node_exporter fixture (B2): the values behind the e2e bytes', () => {
  const meminfo = parseMeminfo(
    readFileSync(fixturePath('node_exporter', 'collector', 'fixtures', 'proc', 'meminfo'), 'utf8'),
  );
  const bytes: Record<string, number> = {
    MemTotal: 3831959552,
    MemFree: 230883328,
    Buffers: 22568960,
    Cached: 953229312,
    SwapCached: 197124096,
    SwapTotal: 4294963200,
    SwapFree: 3231088640,
    Shmem: 608092160,
    Slab: 101306368,
    SReclaimable: 45846528,
    Active: 2287017984,
    Inactive: 1053417472,
    DirectMap2M: 3787456512,
  };
  for (const [key, value] of Object.entries(bytes)) assert.equal((meminfo[key] ?? 0) * 1024, value, key);
  assert.equal(meminfo.MemAvailable, undefined);
  assert.equal(meminfo.HugePages_Total, 0);
});

test('empty text, and a truncated last line, are tolerated', () => {
  assert.deepEqual(parseMeminfo(''), {});
  assert.deepEqual(parseMeminfo('MemTotal:       15666184 kB\nMemFree:   '), { MemTotal: 15666184 });
  assert.deepEqual(parseMeminfo('MemTotal:       15666184 kB\nMemFr'), { MemTotal: 15666184 });
  assert.deepEqual(parseMeminfo('MemTotal:\nBuffers: x kB\n'), {});
});
