import assert from 'node:assert/strict';
import { test } from 'node:test';
import { row } from './benchmark.js';
import { formatFigure, formatRows } from './table.js';

test('formatFigure keeps three significant digits, and groups thousands', () => {
  assert.equal(formatFigure(0.12345), '0.123');
  assert.equal(formatFigure(54.123), '54.1');
  assert.equal(formatFigure(123.45), '123.5');
  assert.equal(formatFigure(1234567.8), '1,234,568');
  assert.equal(formatFigure(0), '0');
});

test('formatRows aligns columns and marks missed targets; a note runs on without widening them', () => {
  const text = formatRows([
    row({ name: 'fast', value: 1.5, unit: 'ms', baseline: 3, target: { of: 'value', op: '<', limit: 2 } }),
    row({ name: 'slow', value: 4, unit: 'ms', target: { of: 'value', op: '<', limit: 2 } }),
    { name: 'absent', value: 'skipped: apt-get install something-with-a-long-name', unit: '' },
  ]);
  const lines = text.split('\n');
  assert.equal(lines.length, 5);
  assert.match(lines[2] ?? '', /^fast\s+1\.50\s+ms\s+3\.00\s+0\.500×\s+< 2 ms\s+ok$/);
  assert.match(lines[3] ?? '', /MISSED$/);
  assert.equal(lines[4], 'absent     skipped: apt-get install something-with-a-long-name');
  assert.equal(lines[0]?.length, lines[2]?.length);
});
