import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatTable } from './text-table.js';

test('formatTable aligns each column to its widest cell, header included, and leaves no trailing blanks', () => {
  const text = formatTable(
    ['ID', 'MACHINE', 'SITE'],
    [
      ['1', 'web-01', ''],
      ['12', 'a-much-longer-name', 'lab'],
    ],
  );
  assert.equal(
    text,
    ['ID  MACHINE             SITE', '1   web-01', '12  a-much-longer-name  lab'].join('\n'),
  );
});

test('formatTable of no rows is the header alone', () => {
  assert.equal(formatTable(['NAME', 'SCHEMA'], []), 'NAME  SCHEMA');
});
