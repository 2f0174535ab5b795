import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AnswerCache } from './answer-cache.js';

test('an answer is computed once per key, concurrent asks sharing it, and kept as JSON text', async () => {
  const cache = new AnswerCache();
  let computed = 0;
  const compute = async () => {
    computed += 1;
    await new Promise((resolve) => setTimeout(resolve, 5));
    return { n: computed };
  };
  assert.deepEqual(await Promise.all([cache.get('a', compute), cache.get('a', compute)]), [
    '{"n":1}',
    '{"n":1}',
  ]);
  assert.equal(await cache.get('a', compute), '{"n":1}');
  assert.equal(await cache.get('b', compute), '{"n":2}');
});

test('beyond its size the least recently used answers go; a failure is not kept', async () => {
  const cache = new AnswerCache(20); // two answers of 9 characters fit, not three
  const answer = (text: string) => async () => text;
  await cache.get('a', answer('aaaaaaa'));
  await cache.get('b', answer('bbbbbbb'));
  await cache.get('a', answer('changed')); // a is used again: b is now the oldest
  await cache.get('c', answer('ccccccc'));
  assert.equal(await cache.get('a', answer('again')), '"aaaaaaa"');
  assert.equal(await cache.get('b', answer('bbbbbbb')), '"bbbbbbb"', 'computed anew');
  assert.equal(await cache.get('c', answer('anew')), '"anew"', 'pushed out by b');
  await assert.rejects(
    cache.get('d', () => Promise.reject(new Error('database away'))),
    /database away/,
  );
  assert.equal(await cache.get('d', answer('back')), '"back"');
});
