import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MIGRATIONS } from '../migrations/index.js';
import { createTenant } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { openDatabase } from './connection.js';
import { pendingMigrations, pingDatabase } from './database-health.js';

test('pingDatabase rejects when no server answers', async () => {
  const db = await openDatabase({ url: 'postgres://nobody@127.0.0.1:1/none', poolSize: 1 });
  try {
    await assert.rejects(pingDatabase(db), /ECONNREFUSED|unavailable|connect/i);
  } finally {
    await db.close();
  }
});

forEachDatabase('database health', (ctx) => {
  test('pingDatabase resolves on a database that answers', async () => {
    await pingDatabase(await ctx.fresh());
  });

  test('pendingMigrations lists what migrate would apply, schema by schema, and applies nothing', async () => {
    assert.deepEqual(await pendingMigrations(await ctx.db()), []);
    const fresh = await ctx.fresh();
    const all = await pendingMigrations(fresh);
    assert.deepEqual(
      all,
      MIGRATIONS.filter((m) => m.target === 'control').map((m) => `control: ${m.name}`),
    );
    assert.deepEqual(await pendingMigrations(fresh), all, 'nothing was created');
  });

  test("pendingMigrations names a tenant schema's missing migrations, and only that tenant's", async () => {
    const db = await ctx.db();
    const tenant = await createTenant(db, { name: 'behind' });
    const last = MIGRATIONS.filter((m) => m.target === 'tenant').at(-1);
    assert.ok(last);
    await db.exec(`DELETE FROM "${tenant.schemaName}".schema_migrations WHERE name = '${last.name}'`);
    assert.deepEqual(await pendingMigrations(db), [`${tenant.schemaName}: ${last.name}`]);
  });
});
