import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type TenantHandle, tenantHandle } from '../tenancy/tenant-handle.js';
import { tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { settingsRepository } from './settings-repository.js';

forEachDatabase('settings', (ctx) => {
  let t: TenantHandle;

  test('set-up', async () => {
    const db = await ctx.db();
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    t = tenantHandle(db, tenant);
  });

  test('getOrSet: of two callers racing with different values, the first stored wins for both', async () => {
    const settings = settingsRepository(t);
    const [a, b] = await Promise.all([
      settings.getOrSet('race', 'first'),
      settingsRepository(t).getOrSet('race', 'second'),
    ]);
    assert.equal(a, b);
    assert.ok(a === 'first' || a === 'second');
    assert.equal(await settings.getOrSet('race', 'third'), a, 'a stored value is kept');
    await settings.set('race', 'set');
    assert.equal(await settings.getOrSet('race', 'fourth'), 'set');
  });

  test('deleteIfEqual deletes only the value given, and once of two callers racing', async () => {
    const settings = settingsRepository(t);
    await settings.set('token', 'abc');
    assert.equal(await settings.deleteIfEqual('token', 'abd'), false);
    assert.equal(await settings.get('token', null), 'abc');
    const both = await Promise.all([
      settings.deleteIfEqual('token', 'abc'),
      settingsRepository(t).deleteIfEqual('token', 'abc'),
    ]);
    assert.deepEqual(both.sort(), [false, true]);
    assert.equal(await settings.get('token', null), null);
  });
});
