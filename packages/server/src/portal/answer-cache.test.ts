import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AnswerCache } from './answer-cache.js';

const text = async (kept: Promise<Buffer>) => (await kept).toString();

test('an answer is computed once per key, concurrent asks sharing it, and kept as JSON', async () => {
  const lookups: string[] = [];
  const cache = new AnswerCache(undefined, (result) => lookups.push(result));
  let computed = 0;
  const compute = async () => {
    computed += 1;
    await new Promise((resolve) => setTimeout(resolve, 5));
    return { n: computed };
  };
  const both = await Promise.all([text(cache.get('a', compute)), text(cache.get('a', compute))]);
  assert.deepEqual(both, ['{"n":1}', '{"n":1}']);
  assert.equal(await text(cache.get('a', compute)), '{"n":1}');
  assert.equal(await text(cache.get('b', compute)), '{"n":2}');
  assert.deepEqual(lookups, ['miss', 'shared', 'hit', 'miss'], 'each lookup reported as it was answered');
});

test('beyond its size the least recently used answers go; a failure is not kept', async () => {
  const cache = new AnswerCache(20); // two answers of 9 bytes fit, not three
  const answer = (value: string) => async () => value;
  await cache.get('a', answer('aaaaaaa'));
  await cache.get('b', answer('bbbbbbb'));
  await cache.get('a', answer('changed')); // a is used again: b is now the oldest
  await cache.get('c', answer('ccccccc'));
  assert.equal(await text(cache.get('a', answer('again'))), '"aaaaaaa"');
  assert.equal(await text(cache.get('b', answer('bbbbbbb'))), '"bbbbbbb"', 'computed anew');
  assert.equal(await text(cache.get('c', answer('anew'))), '"anew"', 'pushed out by b');
  await assert.rejects(
    cache.get('d', () => Promise.reject(new Error('database away'))),
    /database away/,
  );
  assert.equal(await text(cache.get('d', answer('back'))), '"back"');
});
