import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import type { Database } from '../database/database.js';
import { pendingMigrations } from '../database/database-health.js';
import { migrate } from '../database/migrate.js';
import { migrationStatus } from '../database/migration-status.js';
import { controlTable } from '../tenancy/control-schema.js';
import { tenantHandle } from '../tenancy/tenant-handle.js';
import { tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { MIGRATIONS, type Migration } from './index.js';
import { dumpSchema } from './schema-dump.test-support.js';

/** The schema the 21 migrations written before v0.1.0 produced, dumped by dumpSchema before they became the baseline. */
const BASELINE_SCHEMA = new URL('../../src/migrations/baseline-schema.txt', import.meta.url);

const dumpBoth = async (db: Database): Promise<string> =>
  `-- control\n${await dumpSchema(db, 'control')}-- tenant\n${await dumpSchema(db, 'tenant_default')}`;

/**
 * The old chain as a database made by it recorded it: every name a baseline replaces, in order, the baseline's
 * SQL run under the last one (the schema the old chain made, which is the baseline's). `keep` drops the rest.
 */
const oldChain = (keep: (name: string) => boolean = () => true): Migration[] =>
  MIGRATIONS.flatMap((baseline) => {
    const names = baseline.replaces ?? [];
    return names.filter(keep).map((name) => ({
      name,
      target: baseline.target,
      sql: name === names.at(-1) ? baseline.sql : 'SELECT 1',
    }));
  });

const recorded = async (db: Database, schema: 'control' | 'tenant_default'): Promise<string[]> => {
  const tenant = schema === 'control' ? undefined : await tenantByName(db, 'default');
  const table =
    tenant === undefined
      ? controlTable('schema_migrations')
      : tenantHandle(db, tenant).table('schema_migrations');
  return (await db.query<{ name: string }>(`SELECT name FROM ${table} ORDER BY name`)).map((r) => r.name);
};

const baseline = (target: Migration['target']): Migration =>
  MIGRATIONS.find((m) => m.target === target && m.replaces !== undefined) ??
  assert.fail(`no ${target} baseline`);

forEachDatabase('baseline', (ctx) => {
  test('migrating an empty database gives the control and tenant schemas the old chain gave', async () => {
    const db = await ctx.fresh();
    await migrate(db);
    assert.equal(await dumpBoth(db), await readFile(BASELINE_SCHEMA, 'utf8'));
    const tenant = (await tenantByName(db, 'default')) ?? assert.fail('no default tenant');
    assert.deepEqual(
      await db.query(
        `SELECT list, version FROM ${tenantHandle(db, tenant).table('list_versions')} ORDER BY list`,
      ),
      [
        { list: 'collector_keys', version: 0 },
        { list: 'collectors', version: 0 },
      ],
      'the rows the old chain inserted',
    );
  });

  test('a database the old chain made, migrated by two processes at once: the baselines recorded, nothing run', async () => {
    const db = await ctx.fresh();
    await migrate(db, { migrations: oldChain() });
    const before = await dumpBoth(db);
    // The baselines' SQL would fail here (its tables exist): migrating at all proves it was not run.
    const [a, b] = await Promise.all([migrate(db), migrate(db)]);
    assert.deepEqual([...a, ...b], [], 'nothing applied');
    assert.equal(await dumpBoth(db), before);
    assert.equal(before, await readFile(BASELINE_SCHEMA, 'utf8'));
    const control = baseline('control');
    const tenant = baseline('tenant');
    assert.deepEqual(await recorded(db, 'control'), [...(control.replaces ?? []), control.name].sort());
    assert.deepEqual(await recorded(db, 'tenant_default'), [...(tenant.replaces ?? []), tenant.name].sort());
    assert.deepEqual(await pendingMigrations(db), []);
    assert.deepEqual(
      (await migrationStatus(db)).map((s) => `${s.schema} ${s.migration} ${s.appliedAt !== null}`),
      ['control', 'tenant_default'].flatMap((schema) =>
        MIGRATIONS.filter((m) => (m.target === 'control') === (schema === 'control')).map(
          (m) => `${schema} ${m.name} true`,
        ),
      ),
      'the replaced names are not listed as unknown',
    );
  });

  test('a schema that recorded only some of the replaced migrations is refused, saying which and what to do', async () => {
    const db = await ctx.fresh();
    const tenant = baseline('tenant');
    const missing = (tenant.replaces ?? []).slice(-2);
    await migrate(db, { migrations: oldChain((name) => !missing.includes(name)) });
    const results = await migrate(db);
    assert.deepEqual(
      results.map((r) => `${r.schema} ${r.migration} ${r.status}`),
      [`tenant_default ${tenant.name} failed`],
    );
    const message = String(results[0]?.error);
    assert.match(
      message,
      /schema tenant_default was migrated by a development build from before the baseline/,
    );
    assert.ok(message.includes(`it lacks ${missing.join(', ')}.`), message);
    assert.match(message, /Migrate it first with a checkout from before the baseline/);
    assert.ok(!(await recorded(db, 'tenant_default')).includes(tenant.name), 'the baseline is not recorded');
    assert.ok(
      (await recorded(db, 'control')).includes(baseline('control').name),
      'the complete control schema is',
    );
  });
});
