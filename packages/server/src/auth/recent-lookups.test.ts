import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RecentLookups } from './recent-lookups.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('an answer is reused until it is old or forgotten; concurrent asks share one load', async () => {
  const lookups = new RecentLookups<number>(50);
  let loads = 0;
  const load = async () => {
    loads += 1;
    await sleep(5);
    return loads;
  };
  assert.deepEqual(await Promise.all([lookups.get('a', load), lookups.get('a', load)]), [1, 1]);
  assert.equal(await lookups.get('a', load), 1);
  lookups.forget('a');
  assert.equal(await lookups.get('a', load), 2);
  await sleep(60);
  assert.equal(await lookups.get('a', load), 3);
});

test('a failed load is not kept', async () => {
  const lookups = new RecentLookups<string>();
  await assert.rejects(
    lookups.get('k', async () => {
      throw new Error('database away');
    }),
    /database away/,
  );
  assert.equal(await lookups.get('k', async () => 'back'), 'back');
});
