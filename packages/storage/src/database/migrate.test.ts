import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MIGRATIONS, type Migration } from '../migrations/index.js';
import { controlTable } from '../tenancy/control-schema.js';
import { tenantHandle } from '../tenancy/tenant-handle.js';
import { createTenant, listTenants, tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import type { Database } from './database.js';
import { MigrationError } from './errors.js';
import { migrate } from './migrate.js';

test('migrations are dated, unique and listed in order', () => {
  const names = MIGRATIONS.map((m) => m.name);
  for (const name of names) assert.match(name, /^\d{4}-\d{2}-\d{2}-\d{2}-[a-z0-9-]+$/);
  assert.deepEqual(names, [...names].sort());
  assert.equal(new Set(names).size, names.length);
});

const appliedNames = async (db: Database, schema: string): Promise<string[]> => {
  const [tenant] = (await listTenants(db)).filter((t) => t.schemaName === schema);
  const table =
    tenant === undefined
      ? controlTable('schema_migrations')
      : tenantHandle(db, tenant).table('schema_migrations');
  return (await db.query<{ name: string }>(`SELECT name FROM ${table} ORDER BY name`)).map((r) => r.name);
};

const names = (target: Migration['target']): string[] =>
  MIGRATIONS.filter((m) => m.target === target).map((m) => m.name);

forEachDatabase('migrate', (ctx) => {
  test('two migrations at once apply each migration once and create the default tenant', async () => {
    const db = await ctx.fresh();
    const [a, b] = await Promise.all([migrate(db), migrate(db)]);
    const all = [...a, ...b];
    assert.ok(all.every((r) => r.status === 'applied'));
    assert.deepEqual(
      all.map((r) => `${r.schema} ${r.migration}`).sort(),
      MIGRATIONS.map((m) => `${m.target === 'control' ? 'control' : 'tenant_default'} ${m.name}`).sort(),
    );
    const tenant = await tenantByName(db, 'default');
    assert.equal(tenant?.schemaName, 'tenant_default');
    assert.deepEqual(tenant?.domains, ['localhost']);
    assert.equal(tenant?.retentionDays, null);
    assert.deepEqual(await migrate(db), [], 'a second run has nothing to do');
    assert.deepEqual(await appliedNames(db, 'control'), names('control'));
    assert.deepEqual(await appliedNames(db, 'tenant_default'), names('tenant'));
  });

  test('a failing tenant migration is reported, rolled back, and does not stop the other tenants', async () => {
    const db = await ctx.db();
    await createTenant(db, { name: 'alpha' });
    await createTenant(db, { name: 'beta' });
    const failsOnBeta: Migration = {
      name: '2099-01-01-01-test-notes',
      target: 'tenant',
      sql: `CREATE TABLE notes (id int);
            DO $$ BEGIN IF current_schema() = 'tenant_beta' THEN RAISE EXCEPTION 'beta says no'; END IF; END $$;`,
    };
    const follows: Migration = { name: '2099-01-01-02-test-more', target: 'tenant', sql: 'SELECT 1' };
    const results = await migrate(db, { migrations: [...MIGRATIONS, failsOnBeta, follows] });
    const byTenant = (schema: string) =>
      results.filter((r) => r.schema === schema).map((r) => `${r.migration} ${r.status}`);
    assert.deepEqual(byTenant('tenant_alpha'), [
      '2099-01-01-01-test-notes applied',
      '2099-01-01-02-test-more applied',
    ]);
    assert.deepEqual(byTenant('tenant_beta'), [
      '2099-01-01-01-test-notes failed',
      '2099-01-01-02-test-more not-executed',
    ]);
    const failed = results.find((r) => r.status === 'failed');
    assert.match(String(failed?.error), /beta says no/);
    assert.deepEqual(await appliedNames(db, 'tenant_beta'), names('tenant'));
    const [notes] = await db.query<{ n: number }>(
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'tenant_beta' AND table_name = 'notes'`,
    );
    assert.equal(notes?.n, 0, 'the failed migration left nothing behind');
  });

  test('a failing control migration throws MigrationError and applies nothing', async () => {
    const db = await ctx.db();
    const broken: Migration = {
      name: '2099-01-01-03-test-broken',
      target: 'control',
      sql: 'SELECT no_such_column',
    };
    await assert.rejects(migrate(db, { migrations: [...MIGRATIONS, broken] }), MigrationError);
    assert.deepEqual(await appliedNames(db, 'control'), names('control'));
  });
});
