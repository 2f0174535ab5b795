import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RecentLookups } from './recent-lookups.js';

test('an answer is reused until it is old or forgotten; concurrent asks share one load', async () => {
  let clock = 1_000_000;
  const lookups = new RecentLookups<number>(5000, () => clock);
  let loads = 0;
  const load = async () => {
    loads += 1;
    await new Promise((resolve) => setImmediate(resolve));
    return loads;
  };
  assert.deepEqual(await Promise.all([lookups.get('a', load), lookups.get('a', load)]), [1, 1]);
  assert.equal(await lookups.get('a', load), 1);
  lookups.forget('a');
  assert.equal(await lookups.get('a', load), 2);
  clock += 4999;
  assert.equal(await lookups.get('a', load), 2, 'still fresh a millisecond before its time-to-live');
  clock += 1;
  assert.equal(await lookups.get('a', load), 3, 'reloaded once the time-to-live has passed');
  assert.equal(await lookups.get('b', load), 4, 'another key has its own answer');
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
