import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fixturePath } from '../procfs/fixtures.test-support.js';
import { parseIoStat } from './io-stat.js';

const runc = (file: string): string =>
  readFileSync(fixturePath('runc_cgroup2', 'sys', 'fs', 'cgroup', 'example.slice', file), 'utf8');

test('io.stat (EXPECTED C): the three devices summed; discards ignored; no trailing newline', () => {
  const [rbytes, wbytes, rios, wios] = parseIoStat(runc('io.stat'));
  assert.equal(rbytes, 6901432320 + 2702336 + 6911345664);
  assert.equal(wbytes, 14245535744 + 0 + 14245536256);
  assert.equal(rios, 263278 + 97 + 264538);
  assert.equal(wios, 248603 + 0 + 244914);
});

test('io.stat: empty for a cgroup without I/O; io.cost and latency keys ignored', () => {
  assert.deepEqual(parseIoStat(''), [0, 0, 0, 0]);
  assert.deepEqual(
    parseIoStat(
      '8:0 rbytes=4096 wbytes=8192 rios=1 wios=2 dbytes=0 dios=0 cost.vrate=100.00 cost.usage=5 cost.wait=0\n' +
        '253:0 rbytes=4096 wbytes=0 rios=1 wios=0 dbytes=0 dios=0 avg_lat=1.5 win=100\n',
    ),
    [8192, 8192, 2, 2],
  );
});
