import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ConfigError } from '../config.js';
import { parseBenchmarkConfig } from './benchmark-config.js';
import { parseByteSize } from './byte-size.js';

const dir = mkdtempSync(join(tmpdir(), 'pcc-benchmark-config-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const problems = (argv: string[]): readonly string[] => {
  try {
    parseBenchmarkConfig(argv, {});
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

test('sizes in binary units; anything else is refused by name', () => {
  assert.equal(parseByteSize('1G'), 2 ** 30);
  assert.equal(parseByteSize('512M'), 512 * 2 ** 20);
  assert.equal(parseByteSize('64KiB'), 64 * 1024);
  assert.throws(() => parseByteSize('1X'), /"1X" is not a size/);
  assert.throws(() => parseByteSize('-1G'), /"-1G" is not a size/);
});

test('a path that is missing, a file, not writable or short of twice the size is refused before anything runs', () => {
  const file = join(dir, 'a-file');
  writeFileSync(file, '');
  assert.deepEqual(problems(['--disk-path', join(dir, 'missing')]), [
    `--disk-path: ${join(dir, 'missing')}: no such directory`,
  ]);
  assert.deepEqual(problems(['--disk-path', file]), [`--disk-path: ${file} is not a directory`]);
  assert.match(
    problems(['--disk-path', dir, '--size', '1000000T'])[0] ?? '',
    /free; the benchmark needs twice its/,
  );
  // Root may write anywhere: the check of a directory without write permission runs for other users.
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o500);
    assert.deepEqual(problems(['--disk-path', dir]), [`--disk-path: ${dir}: not writable`]);
    chmodSync(dir, 0o700);
  }
  // Without disk, the path is not looked at.
  assert.deepEqual(problems(['--only', 'cpu,memory', '--disk-path', join(dir, 'missing')]), []);
  assert.deepEqual(problems(['--only', 'cpu,gpu', '--size', '0', '--seconds', '0']), [
    '--only: "gpu" is not a benchmark; use some of cpu, memory, disk',
    '--size: at least 1M, got "0"',
    '--seconds: more than 0 and at most 3600, got "0"',
  ]);
});
