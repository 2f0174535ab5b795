import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { textLines } from './text-lines.js';

async function linesOf(chunks: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const lines of textLines(Readable.from(chunks.map((c) => Buffer.from(c, 'latin1')))))
    out.push(...lines);
  return out;
}

test('lines end in \\n or \\r\\n, the last one with or without, across chunk boundaries', async () => {
  assert.deepEqual(await linesOf(['a,b\nc', ',d\r', '\ne,f']), ['a,b', 'c,d', 'e,f']);
  assert.deepEqual(await linesOf(['x\n\ny\r\n']), ['x', '', 'y']);
  assert.deepEqual(await linesOf(['', 'only']), ['only']);
  assert.deepEqual(await linesOf([]), []);
});
