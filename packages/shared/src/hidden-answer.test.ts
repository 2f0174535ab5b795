import assert from 'node:assert/strict';
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { askHidden } from './hidden-answer.js';

test('askHidden shows the question, never what is typed, and gives the answer', async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => {
    shown += chunk.toString();
  });
  const rl = createInterface({ input, output, terminal: true });
  const answer = askHidden(rl, 'Password for ana: ');
  for (const key of 's3cret') input.write(key);
  input.write('\r');
  assert.equal(await answer, 's3cret');
  assert.ok(shown.includes('Password for ana: '), JSON.stringify(shown));
  assert.ok(!shown.includes('s3cret'), JSON.stringify(shown));
  assert.ok(shown.endsWith('\n'), JSON.stringify(shown));
});
