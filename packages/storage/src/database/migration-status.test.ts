import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MIGRATIONS } from '../migrations/index.js';
import { createTenant } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { migrate } from './migrate.js';
import { migrationStatus } from './migration-status.js';

const control = MIGRATIONS.filter((m) => m.target === 'control').map((m) => m.name);
const tenant = MIGRATIONS.filter((m) => m.target === 'tenant').map((m) => m.name);

forEachDatabase('migration status', (ctx) => {
  test('a database never migrated: the control migrations pending, no tenants, nothing created', async () => {
    const db = await ctx.fresh();
    const states = await migrationStatus(db);
    assert.deepEqual(
      states.map((s) => [s.schema, s.migration, s.appliedAt]),
      control.map((name) => ['control', name, null]),
    );
    const [schemas] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.schemata WHERE schema_name = 'control'`,
    );
    assert.equal(schemas?.n, 0);
  });

  test('per schema: what is applied (with when), what is pending; a second tenant has its own', async () => {
    const db = await ctx.fresh();
    const lastTenantMigration = tenant.at(-1) ?? '';
    await migrate(db, { migrations: MIGRATIONS.filter((m) => m.name !== lastTenantMigration) });
    await createTenant(db, { name: 'acme' });
    const states = await migrationStatus(db);
    const pending = states.filter((s) => s.appliedAt === null).map((s) => `${s.schema} ${s.migration}`);
    // createTenant applies every tenant migration this version has, so acme is complete.
    assert.deepEqual(pending, [`tenant_default ${lastTenantMigration}`]);
    assert.deepEqual([...new Set(states.map((s) => s.schema))].sort(), [
      'control',
      'tenant_acme',
      'tenant_default',
    ]);
    assert.equal(states.filter((s) => s.schema === 'tenant_acme').length, tenant.length);
    assert.ok(states.filter((s) => s.appliedAt !== null).every((s) => s.appliedAt instanceof Date));
    await migrate(db);
    assert.deepEqual(
      (await migrationStatus(db)).filter((s) => s.appliedAt === null),
      [],
    );
  });
});
