import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tenantHandle } from '../tenancy/tenant-handle.js';
import { createTenant } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { sessionRepository } from './session-repository.js';
import { userRepository } from './user-repository.js';

const WEEK = 7 * 24 * 3600;

forEachDatabase('sessions', (ctx) => {
  const setUp = async (name: string) => {
    const db = await ctx.db();
    const t = tenantHandle(db, await createTenant(db, { name }));
    const user = await userRepository(t).create({ username: 'ann', passwordHash: 'x', role: 'admin' });
    return { sessions: sessionRepository(t), users: userRepository(t), user };
  };

  test('a refresh generation is exchanged once; two clients showing it: one gets on, the session ends', async () => {
    const { sessions, user } = await setUp('rotate');
    const id = await sessions.start(user.id, WEEK);
    assert.equal(await sessions.liveUserId(id), user.id);
    const results = await Promise.all([sessions.rotate(id, 0, WEEK), sessions.rotate(id, 0, WEEK)]);
    assert.deepEqual(results.map((r) => r.outcome).sort(), ['reused', 'rotated']);
    assert.equal(await sessions.liveUserId(id), undefined, 'the reuse ended the session');
    assert.deepEqual(await sessions.rotate(id, 1, WEEK), { outcome: 'ended' });
  });

  test('rotation moves on one generation at a time; an idle session has ended', async () => {
    const { sessions, user } = await setUp('generations');
    const id = await sessions.start(user.id, WEEK);
    assert.deepEqual(await sessions.rotate(id, 0, WEEK), {
      outcome: 'rotated',
      userId: user.id,
      generation: 1,
    });
    assert.deepEqual(await sessions.rotate(id, 1, WEEK), {
      outcome: 'rotated',
      userId: user.id,
      generation: 2,
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(await sessions.rotate(id, 2, 0.001), { outcome: 'ended' });
    assert.deepEqual(await sessions.rotate('not-a-uuid', 0, WEEK), { outcome: 'ended' });
  });

  test("ending all of a user's sessions, or deleting the user, ends them", async () => {
    const { sessions, users, user } = await setUp('revoke');
    const a = await sessions.start(user.id, WEEK);
    const b = await sessions.start(user.id, WEEK);
    assert.deepEqual((await sessions.endAllOf(user.id)).sort(), [a, b].sort());
    assert.equal(await sessions.liveUserId(a), undefined);
    assert.deepEqual(await sessions.rotate(b, 0, WEEK), { outcome: 'ended' });
    const c = await sessions.start(user.id, WEEK);
    assert.equal(await sessions.end(c), true);
    assert.equal(await sessions.end(c), false);
    const d = await sessions.start(user.id, WEEK);
    await users.delete(user.id);
    assert.equal(await sessions.liveUserId(d), undefined);
  });
});
