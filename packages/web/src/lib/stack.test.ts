import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stackColumns } from './stack.js';

test('stacking sums upwards and keeps gaps', () => {
  assert.deepEqual(
    stackColumns([
      [1, null, 2],
      [3, null, null],
    ]),
    [
      [1, null, 2],
      [4, null, 2],
    ],
  );
});
