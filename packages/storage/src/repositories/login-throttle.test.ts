import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tenantHandle } from '../tenancy/tenant-handle.js';
import { tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { FREE_FAILURES, loginThrottle } from './login-throttle.js';

forEachDatabase('login throttle', (ctx) => {
  const throttle = async () => {
    const db = await ctx.db();
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    return loginThrottle(tenantHandle(db, tenant));
  };

  test('100 attempts at once on one account from one address: exactly the free ones go ahead', async () => {
    const t = await throttle();
    const attacker = { username: 'alice', address: '203.0.113.7' };
    const waits = await Promise.all(Array.from({ length: 100 }, () => t.take(attacker)));
    assert.equal(waits.filter((w) => w === 0).length, FREE_FAILURES.accountAtAddress);
    assert.ok(
      waits.every((w) => w === 0 || w > 1000),
      String(waits),
    );
    assert.ok((await t.take({ username: 'ALICE', address: '203.0.113.7' })) > 0, 'any case is one account');
  });

  test("a throttled address does not stop the account's user at another address", async () => {
    const t = await throttle();
    const user = { username: 'alice', address: '198.51.100.4' };
    assert.equal(await t.take(user), 0);
    await t.succeeded(user);
    assert.equal(await t.take(user), 0);
  });

  test('guesses spread over usernames from one address are counted against the address', async () => {
    const t = await throttle();
    const waits = [];
    for (let i = 0; i < FREE_FAILURES.address + 3; i++)
      waits.push(await t.take({ username: `user${i}`, address: '192.0.2.9' }));
    assert.equal(waits.filter((w) => w === 0).length, FREE_FAILURES.address);
    assert.equal(await t.take({ username: 'user0', address: '192.0.2.10' }), 0);
  });

  test('a right password gives its attempt back: the user is never counted for logging in', async () => {
    const t = await throttle();
    const user = { username: 'carol', address: '198.51.100.5' };
    for (let i = 0; i < FREE_FAILURES.accountAtAddress * 3; i++) {
      assert.equal(await t.take(user), 0);
      await t.succeeded(user);
    }
  });
});
