import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConflictError } from '../database/errors.js';
import { tenantHandle } from '../tenancy/tenant-handle.js';
import { createTenant, tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { siteRepository } from './site-repository.js';
import { type UserRole, userRepository } from './user-repository.js';

forEachDatabase('sites and users', (ctx) => {
  const handle = async () => {
    const db = await ctx.db();
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    return tenantHandle(db, tenant);
  };

  test('getOrCreate returns the same site every time, even when called at once', async () => {
    const sites = siteRepository(await handle());
    const [a, b, c] = await Promise.all([
      sites.getOrCreate('AWS-East'),
      sites.getOrCreate('AWS-East'),
      sites.getOrCreate('AWS-East'),
    ]);
    assert.equal(a.id, b.id);
    assert.equal(b.id, c.id);
    await sites.getOrCreate('Azure');
    assert.deepEqual(
      (await sites.list()).map((s) => s.name),
      ['AWS-East', 'Azure'],
    );
  });

  test('users: create, find by username with the hash, list without it; names are unique', async () => {
    const t = await handle();
    const users = userRepository(t);
    const alice = await users.create({
      username: 'alice',
      email: 'alice@example.com',
      passwordHash: 'scrypt$abc',
      role: 'admin',
    });
    assert.equal(alice.role, 'admin');
    assert.ok(!('passwordHash' in alice));
    await users.create({ username: 'bob', passwordHash: 'scrypt$def', role: 'viewer' });
    const found = await users.findByUsername('alice');
    assert.equal(found?.passwordHash, 'scrypt$abc');
    assert.equal(found?.email, 'alice@example.com');
    assert.equal(await users.findByUsername('carol'), undefined);
    await assert.rejects(
      users.create({ username: 'alice', passwordHash: 'x', role: 'viewer' }),
      ConflictError,
    );
    await assert.rejects(
      users.create({ username: 'eve', passwordHash: 'x', role: 'root' as UserRole }),
      TypeError,
    );
    assert.deepEqual(
      (await users.list()).map((u) => `${u.username}:${u.role}`),
      ['alice:admin', 'bob:viewer'],
    );
    const other = userRepository(
      tenantHandle(await ctx.db(), await createTenant(await ctx.db(), { name: 'other' })),
    );
    assert.deepEqual(await other.list(), []);
    assert.equal(await other.findByUsername('alice'), undefined);
  });

  test('usernames are one regardless of case: found in any case, and a name in another case is taken', async () => {
    const users = userRepository(await handle());
    await users.create({ username: 'Dora', passwordHash: 'scrypt$dora', role: 'viewer' });
    assert.equal((await users.findByUsername('dORA'))?.username, 'Dora');
    await assert.rejects(
      users.create({ username: 'dora', passwordHash: 'x', role: 'viewer' }),
      ConflictError,
    );
  });

  test('two first users at once: exactly one is created', async () => {
    const db = await ctx.db();
    const users = userRepository(tenantHandle(db, await createTenant(db, { name: 'fresh' })));
    const made = await Promise.all(
      ['ann', 'ben', 'cat', 'dan'].map((username) =>
        users.createFirst({ username, passwordHash: 'x', role: 'admin' }),
      ),
    );
    assert.equal(made.filter((u) => u !== undefined).length, 1);
    assert.equal(await users.count(), 1);
  });
});
