import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fixturePath } from '../procfs/fixtures.test-support.js';
import { parseCgroupNumber, parseMemoryMax, parseMemoryStat } from './memory.js';

const runc = (file: string): string =>
  readFileSync(fixturePath('runc_cgroup2', 'sys', 'fs', 'cgroup', 'example.slice', file), 'utf8');

test('memory.stat (EXPECTED C): anon, file and inactive_file kept, event counters left out', () => {
  const stat = parseMemoryStat(runc('memory.stat'));
  assert.equal(stat.anon, 6121017344);
  assert.equal(stat.file, 26672709632);
  assert.equal(stat.inactive_file, 20126994432);
  assert.equal(stat.active_file, 6537940992);
  assert.equal(stat.shmem, 6836224);
  assert.deepEqual(Object.keys(stat).sort(), [
    'active_file',
    'anon',
    'file',
    'file_mapped',
    'inactive_file',
    'kernel',
    'shmem',
  ]);
});

test('memory.current and memory.max (EXPECTED C), and the literal max', () => {
  assert.equal(parseCgroupNumber(runc('memory.current')), 2048);
  assert.equal(parseMemoryMax(runc('memory.max')), 4096);
  assert.equal(parseMemoryMax('max\n'), null);
  assert.equal(parseCgroupNumber('17\n'), 17);
  assert.throws(() => parseCgroupNumber(''), /not a number/);
  assert.throws(() => parseMemoryMax('unlimited\n'), /not a number/);
});
