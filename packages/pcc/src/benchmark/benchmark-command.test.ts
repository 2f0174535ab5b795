import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { BenchmarkRun } from '@perfanalysis/shared';
import { pcc } from '../pcc-process.test-support.js';

const dir = mkdtempSync(join(tmpdir(), 'pcc-benchmark-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('the disk benchmark writes only its file in the path, removes it, and records how it ran', async () => {
  const disk = join(dir, 'disk');
  mkdirSync(disk);
  const output = join(dir, 'bench.json');
  const result = await pcc(
    [
      'benchmark',
      '--only',
      'disk,memory',
      '--disk-path',
      disk,
      '--size',
      '4M',
      '--seconds',
      '1',
      '--output',
      output,
    ],
    { PCC_HOSTNAME: 'bench-host' },
  );
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(readdirSync(disk), []);
  assert.deepEqual(readdirSync(dir).sort(), ['bench.json', 'disk']);
  const run = JSON.parse(readFileSync(output, 'utf8')) as BenchmarkRun;
  assert.deepEqual(run.suite, { name: 'pcc-benchmark', version: 1 });
  assert.equal(run.hostname, 'bench-host');
  assert.deepEqual(
    run.results.map((r) => [r.name, r.unit]),
    [
      ['memory-copy', 'GB/s'],
      ['disk-seq-write', 'MB/s'],
      ['disk-seq-read', 'MB/s'],
      ['disk-rand-read', 'IOPS'],
    ],
  );
  for (const r of run.results) assert.ok(r.score > 0, `${r.name}: ${r.score}`);
  assert.equal(run.results[1]?.parameters.file_bytes, 4 * 2 ** 20);
});

test('Ctrl-C during the disk benchmark removes its file and keeps no result', async () => {
  const disk = join(dir, 'stopped');
  mkdirSync(disk);
  const output = join(dir, 'stopped.json');
  let seen: string[] = [];
  const result = await pcc(
    [
      'benchmark',
      '--only',
      'disk',
      '--disk-path',
      disk,
      '--size',
      '64M',
      '--seconds',
      '600',
      '--output',
      output,
    ],
    {},
    (child) => {
      // Once the disk benchmark has said it starts and its file exists: stop it.
      child.stdout?.once('data', () => {
        const poll = setInterval(() => {
          seen = readdirSync(disk);
          if (seen.length > 0) {
            clearInterval(poll);
            child.kill('SIGINT');
          }
        }, 20);
      });
    },
  );
  assert.equal(result.code, 130, result.stderr);
  assert.match(seen[0] ?? '', /^\.pcc-benchmark-\d+\.tmp$/);
  assert.deepEqual(readdirSync(disk), []);
  assert.deepEqual(readdirSync(dir).includes('stopped.json'), false);
});
