import assert from 'node:assert/strict';
import { test } from 'node:test';
import { row } from './benchmark.js';

test('row fills in the ratio to the baseline and checks a value target', () => {
  const r = row({
    name: 'p99',
    value: 1.5,
    unit: 'ms',
    baseline: 3,
    target: { of: 'value', op: '<', limit: 2 },
  });
  assert.equal(r.ratio, 0.5);
  assert.equal(r.ok, true);
});

test('row checks a ratio target against the ratio, not the value', () => {
  const r = row({
    name: 'cpu',
    value: 0.3,
    unit: '%',
    baseline: 1,
    target: { of: 'ratio', op: '≤', limit: 0.25 },
  });
  assert.equal(r.ok, false);
});

test('row gives no verdict without a figure, and no ratio without a baseline', () => {
  const skipped = row({
    name: 'x',
    value: 'skipped: apt-get install y',
    unit: '',
    target: { of: 'value', op: '≥', limit: 1 },
  });
  assert.equal(skipped.ok, undefined);
  assert.equal(skipped.ratio, undefined);
  assert.equal(row({ name: 'y', value: 5, unit: '' }).ratio, undefined);
});
