import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeUtf8, LineReader } from './line-reader.js';

async function* chunksOf(...parts: string[]): AsyncGenerator<Buffer, void, undefined> {
  for (const part of parts) yield Buffer.from(part, 'utf8');
}

async function allLines(reader: LineReader): Promise<string[]> {
  const lines: string[] = [];
  for (let batch = await reader.nextLines(); batch !== undefined; batch = await reader.nextLines()) {
    lines.push(...batch);
  }
  return lines;
}

test('lines are split across chunk boundaries, the last one kept without a line feed', async () => {
  const reader = new LineReader([], chunksOf('ab', 'c\nde', 'f\n\ng', 'h', 'i'));
  assert.deepEqual(await allLines(reader), ['abc', 'def', '', 'ghi']);
});

test('a multi-byte character cut between two chunks is decoded whole', async () => {
  const bytes = Buffer.from('{"sensor":"°C €"}\n', 'utf8');
  async function* split(): AsyncGenerator<Buffer, void, undefined> {
    for (let i = 0; i < bytes.length; i += 1) yield bytes.subarray(i, i + 1);
  }
  assert.deepEqual(await allLines(new LineReader([], split())), ['{"sensor":"°C €"}']);
});

test('initial chunks come first, and single lines can be taken before batches', async () => {
  const reader = new LineReader([Buffer.from('one\ntw')], chunksOf('o\nthree\nfour\n'));
  assert.equal(await reader.nextLine(), 'one');
  assert.deepEqual(await allLines(reader), ['two', 'three', 'four']);
  assert.equal(await reader.nextLine(), undefined);
});

test('text is decoded as UTF-8, ASCII or not, invalid bytes as U+FFFD', () => {
  for (const text of ['{"a":1}\n{"b":2}', 'Côre ü€𝄞\n"x"', '']) {
    const bytes = Buffer.from(`..${text}..`, 'utf8');
    assert.equal(decodeUtf8(bytes, 2, bytes.length - 2), text);
  }
  const invalid = Buffer.from([0x61, 0xc3, 0x0a, 0xff, 0x62]);
  assert.equal(decodeUtf8(invalid, 0, invalid.length), invalid.toString('utf8'));
});
