import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fixturePath } from './fixtures.test-support.js';
import { parseLoadavg } from './loadavg.js';

test('procfs fixture (A7)', () => {
  assert.deepEqual(
    parseLoadavg(readFileSync(fixturePath('procfs', 'proc', 'loadavg'), 'utf8')),
    [0.02, 0.04, 0.05],
  );
});

test('node_exporter fixture (B4)', () => {
  const text = readFileSync(fixturePath('node_exporter', 'collector', 'fixtures', 'proc', 'loadavg'), 'utf8');
  assert.equal(text.trim(), '0.21 0.37 0.39 1/719 19737');
  assert.deepEqual(parseLoadavg(text), [0.21, 0.37, 0.39]);
});

test('fewer than three numbers is an error', () => {
  assert.throws(() => parseLoadavg('0.02 0.04'), /expected three load averages/);
  assert.throws(() => parseLoadavg(''), /expected three load averages/);
  assert.throws(() => parseLoadavg('0.02 0.04 x 1/497 11947'), /expected three load averages/);
});
