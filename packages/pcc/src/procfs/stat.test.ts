import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CPU_FIELDS } from '@perfanalysis/shared';
import { fixturePath } from './fixtures.test-support.js';
import { parseStat } from './stat.js';

const procfsStat = readFileSync(fixturePath('procfs', 'proc', 'stat'), 'utf8');
const nodeExporterStat = readFileSync(
  fixturePath('node_exporter', 'collector', 'fixtures', 'proc', 'stat'),
  'utf8',
);
const field = (name: (typeof CPU_FIELDS)[number]): number => CPU_FIELDS.indexOf(name);

test('procfs fixture (A1): aggregate, per-CPU and scalar counters', () => {
  const stat = parseStat(procfsStat);
  assert.equal(stat.cpu[field('user')], 301854);
  assert.equal(Object.keys(stat.cpus).length, 8);
  assert.deepEqual(Object.keys(stat.cpus), ['cpu0', 'cpu1', 'cpu2', 'cpu3', 'cpu4', 'cpu5', 'cpu6', 'cpu7']);
  for (const counters of [stat.cpu, ...Object.values(stat.cpus)]) {
    assert.equal(counters.length, 10);
    assert.equal(counters[field('guest')], 0);
    assert.equal(counters[field('guest_nice')], 0);
  }
  assert.equal(stat.cpus.cpu7?.[field('softirq')], 31);
  assert.equal(stat.intr, 73777505);
  assert.equal(stat.ctxt, 38014093);
  assert.equal(stat.btime, 1418183276);
  assert.equal(stat.processes, 26442);
  assert.equal(stat.procs_running, 2);
  assert.equal(stat.procs_blocked, 1);
});

test('the 130 KB intr line is read for its total only', () => {
  const intr = procfsStat.split('\n').find((line) => line.startsWith('intr ')) ?? '';
  assert.ok(intr.length > 130_000);
  assert.equal(parseStat(`cpu  1 2 3 4\n${intr}\n`).intr, 73777505);
});

test('node_exporter fixture (B1): guest columns are kept, not subtracted from user and nice', () => {
  const stat = parseStat(nodeExporterStat);
  const seconds = (counters: readonly number[] | undefined): number[] => (counters ?? []).map((j) => j / 100);
  // node_cpu_seconds_total for user … steal, then node_cpu_guest_seconds_total user and nice.
  assert.deepEqual(seconds(stat.cpus.cpu0), [444.9, 0.19, 210.45, 10870.69, 2.2, 0.01, 34.1, 0, 0.02, 0.01]);
  assert.deepEqual(seconds(stat.cpus.cpu7), [290.98, 2.68, 101.64, 11392.82, 5.55, 0, 0.31, 0, 0.09, 0.08]);
  assert.equal(stat.cpu[field('guest')], 44);
  assert.equal(stat.cpu[field('guest_nice')], 36);
  for (let n = 0; n < 8; n++) {
    assert.equal(stat.cpus[`cpu${n}`]?.[field('guest')], n + 2);
    assert.equal(stat.cpus[`cpu${n}`]?.[field('guest_nice')], n + 1);
  }
  assert.equal(stat.ctxt, 38014093);
  assert.equal(stat.intr, 8885917);
  assert.equal(stat.processes, 26442);
  assert.equal(stat.procs_running, 2);
  assert.equal(stat.procs_blocked, 0);
  assert.equal(stat.btime, 1418183276);
});

test('an old kernel with fewer cpu fields: the missing trailing fields are 0', () => {
  // 2.6.11 (8 fields, with steal) and 2.4 (4 fields).
  const stat = parseStat('cpu  10 20 30 40 50 60 70 80\ncpu0 1 2 3 4\nctxt 5\n');
  assert.deepEqual(stat.cpu, [10, 20, 30, 40, 50, 60, 70, 80, 0, 0]);
  assert.deepEqual(stat.cpus.cpu0, [1, 2, 3, 4, 0, 0, 0, 0, 0, 0]);
  assert.equal(stat.ctxt, 5);
  assert.equal(stat.btime, 0);
});

test('an offline CPU is absent, and a truncated or garbled cpu line is ignored', () => {
  const stat = parseStat(
    'cpu  1 2 3 4 5 6 7 8 9 10\ncpu0 1 2 3 4 5 6 7 8 9 10\ncpu2 1 2 3 4 5 6 7 8 9 10\ncpu3 1 2\ncpu4 1 x 3 4\n',
  );
  assert.deepEqual(Object.keys(stat.cpus), ['cpu0', 'cpu2']);
});

test('a truncated file keeps what it has; a scalar line cut after its key is 0', () => {
  const cut = procfsStat.slice(0, procfsStat.indexOf('btime') + 'btime'.length);
  const stat = parseStat(cut);
  assert.equal(stat.ctxt, 38014093);
  assert.equal(stat.btime, 0);
  assert.equal(stat.processes, 0);
});

test('text without an aggregate cpu line is an error', () => {
  assert.throws(() => parseStat(''), /no aggregate cpu line/);
  assert.throws(() => parseStat('ctxt 1\nbtime 2\n'), /no aggregate cpu line/);
  assert.throws(() => parseStat('cpu  1 2\n'), /no aggregate cpu line/);
});
