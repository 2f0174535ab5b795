import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConflictError, InvalidNameError, UnknownTableError } from '../database/errors.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { type Tenant, type TenantTable, tenantHandle, tenantSchemaName } from './tenant-handle.js';
import {
  changeTenantDomains,
  createTenant,
  dropTenant,
  listTenants,
  setTenantRetention,
  tenantByDomain,
  tenantByName,
} from './tenants.js';

const HOSTILE_NAMES = [
  'x"; drop schema control cascade; --',
  "x'; drop schema control cascade; --",
  'Acme',
  '1acme',
  '_acme',
  '-acme',
  '',
  'a'.repeat(41),
  'acme corp',
  'acme.corp',
  'acme;',
  'acmé',
  'tenant\0x',
];

test('tenant names follow the rule, and map to tenant_ schemas', () => {
  assert.equal(tenantSchemaName('acme'), 'tenant_acme');
  assert.equal(tenantSchemaName('acme-eu_2'), 'tenant_acme_eu_2');
  assert.equal(tenantSchemaName('a'.repeat(40)), `tenant_${'a'.repeat(40)}`);
  for (const name of HOSTILE_NAMES) assert.throws(() => tenantSchemaName(name), InvalidNameError, name);
});

const fakeTenant = (schemaName: string): Tenant => ({
  id: 1,
  name: 'x',
  schemaName,
  retentionDays: null,
  createdAt: new Date(),
  domains: [],
});

test('the handle quotes its schema, names known tables only, and refuses a forged schema', async () => {
  const t = tenantHandle({} as never, fakeTenant('tenant_acme'));
  assert.equal(t.schema, '"tenant_acme"');
  assert.equal(t.table('samples'), '"tenant_acme"."samples"');
  assert.equal(t.table('sample_cpus'), '"tenant_acme"."sample_cpus"');
  for (const table of ['pg_authid', 'tenants', 'samples; drop table x', '../samples', 'Samples']) {
    assert.throws(() => t.table(table as TenantTable), UnknownTableError, table);
  }
  for (const schema of ['control', 'public', 'tenant_"x', 'tenant_x; drop', 'TENANT_X', 'tenant_']) {
    assert.throws(() => tenantHandle({} as never, fakeTenant(schema)), InvalidNameError, schema);
  }
});

forEachDatabase('tenants', (ctx) => {
  test('createTenant makes the tenant, its domains and its migrated schema', async () => {
    const db = await ctx.db();
    const acme = await createTenant(db, { name: 'acme', domains: ['Perf.Acme.example', 'acme.example'] });
    assert.equal(acme.schemaName, 'tenant_acme');
    assert.deepEqual(acme.domains, ['perf.acme.example', 'acme.example']);
    assert.equal(acme.retentionDays, null);
    const names = (await listTenants(db)).map((t) => t.name);
    assert.deepEqual(names, ['acme', 'default']);
    const t = tenantHandle(db, acme);
    assert.deepEqual(await t.query(`SELECT count(*) AS n FROM ${t.table('samples')}`), [{ n: 0 }]);
    assert.deepEqual(await tenantByName(db, 'acme'), acme);
    assert.equal(await tenantByName(db, 'nobody'), undefined);
  });

  test('dropTenant removes one tenant, its schema and domains, and leaves the others', async () => {
    const db = await ctx.db();
    await createTenant(db, { name: 'gone', domains: ['gone.example'] });
    const kept = await createTenant(db, { name: 'kept', domains: ['kept.example'] });
    assert.equal(await dropTenant(db, 'gone'), true);
    assert.equal(await tenantByName(db, 'gone'), undefined);
    assert.equal(await tenantByDomain(db, 'gone.example'), undefined);
    const [schema] = await db.query<{ n: number }>(
      `SELECT count(*) AS n FROM information_schema.schemata WHERE schema_name = 'tenant_gone'`,
    );
    assert.equal(schema?.n, 0);
    assert.deepEqual(await tenantByName(db, 'kept'), kept);
    assert.equal(await dropTenant(db, 'gone'), false);
    await assert.rejects(dropTenant(db, 'default'), InvalidNameError);
    // The name is free again.
    assert.equal((await createTenant(db, { name: 'gone' })).name, 'gone');
  });

  test('hostile or malformed names are rejected before anything is created', async () => {
    const db = await ctx.db();
    const before = await listTenants(db);
    for (const name of HOSTILE_NAMES)
      await assert.rejects(createTenant(db, { name }), InvalidNameError, name);
    for (const domain of ['bad domain', 'x"y', 'acme.example:8000', '-x.example', '']) {
      await assert.rejects(createTenant(db, { name: 'okname', domains: [domain] }), InvalidNameError, domain);
    }
    for (const retentionDays of [0, -1, 1.5]) {
      await assert.rejects(createTenant(db, { name: 'okname', retentionDays }), InvalidNameError);
    }
    assert.deepEqual(await listTenants(db), before);
    const [schemas] = await db.query<{ n: number }>(
      `SELECT count(*) AS n FROM information_schema.schemata WHERE schema_name LIKE 'tenant_%'`,
    );
    assert.equal(schemas?.n, before.length);
  });

  test('a taken name, schema or domain is a ConflictError', async () => {
    const db = await ctx.db();
    await createTenant(db, { name: 'globex', domains: ['globex.example'], retentionDays: 30 });
    await assert.rejects(createTenant(db, { name: 'globex' }), ConflictError);
    await createTenant(db, { name: 'initech-eu' });
    await assert.rejects(
      createTenant(db, { name: 'initech_eu' }),
      ConflictError,
      'same schema as initech-eu',
    );
    await assert.rejects(createTenant(db, { name: 'other', domains: ['GLOBEX.example'] }), ConflictError);
    await assert.rejects(createTenant(db, { name: 'other2', domains: ['localhost'] }), ConflictError);
    assert.equal(await tenantByName(db, 'other'), undefined);
  });

  test('tenantByDomain: exact domains, then NAME.registered-domain, ports and case ignored', async () => {
    const db = await ctx.db();
    const name = async (host: string) => (await tenantByDomain(db, host))?.name;
    assert.equal(await name('localhost'), 'default');
    assert.equal(await name('localhost:8000'), 'default');
    assert.equal(await name('LOCALHOST.'), 'default');
    assert.equal(await name('perf.acme.example'), 'acme');
    assert.equal(await name('Acme.Example:443'), 'acme');
    assert.equal(await name('acme.localhost:8000'), 'acme');
    assert.equal(await name('globex.localhost'), 'globex');
    assert.equal(await name('acme.globex.example'), 'acme', 'any registered domain can carry a subdomain');
    assert.equal(await name('nobody.localhost'), undefined);
    assert.equal(await name('acme.unregistered.example'), undefined);
    assert.equal(await name('example.org'), undefined);
    assert.equal(await name('[::1]:8000'), undefined);
    assert.equal(await name(''), undefined);
    assert.equal(await name("x' OR '1'='1"), undefined);
  });

  test('setTenantRetention sets and clears the retention', async () => {
    const db = await ctx.db();
    assert.equal((await setTenantRetention(db, 'acme', 7))?.retentionDays, 7);
    assert.equal((await setTenantRetention(db, 'acme', null))?.retentionDays, null);
    assert.equal(await setTenantRetention(db, 'nobody', 7), undefined);
    await assert.rejects(setTenantRetention(db, 'acme', 0), InvalidNameError);
  });

  test("changeTenantDomains adds and removes a tenant's domains, never another tenant's", async () => {
    const db = await ctx.db();
    const before = await tenantByName(db, 'globex');
    assert.deepEqual(before?.domains, ['globex.example']);
    const added = await changeTenantDomains(db, 'globex', { add: ['Perf.Globex.Example', 'globex.example'] });
    assert.deepEqual(added?.domains, ['globex.example', 'perf.globex.example']);
    assert.equal((await tenantByDomain(db, 'perf.globex.example:8000'))?.name, 'globex');
    const removed = await changeTenantDomains(db, 'globex', {
      remove: ['globex.example', 'not.mine.example'],
    });
    assert.deepEqual(removed?.domains, ['perf.globex.example'], 'the other domain is primary now');
    assert.equal(await tenantByDomain(db, 'globex.example'), undefined);
    await assert.rejects(
      changeTenantDomains(db, 'globex', { add: ['x.example', 'acme.example'] }),
      ConflictError,
    );
    assert.deepEqual((await tenantByName(db, 'globex'))?.domains, ['perf.globex.example'], 'all or nothing');
    assert.equal((await tenantByDomain(db, 'acme.example'))?.name, 'acme');
    await assert.rejects(changeTenantDomains(db, 'globex', { add: ['bad domain'] }), InvalidNameError);
    assert.equal(await changeTenantDomains(db, 'nobody', { add: ['nobody.example'] }), undefined);
  });
});
