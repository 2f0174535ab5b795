import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, test } from 'node:test';
import { openDatabase } from '@perfanalysis/storage';
import { testDatabaseUrl } from '@perfanalysis/storage/test-support/databases';
import { PrivilegeError } from './privilege-advice.js';
import { RingTable } from './ring-table.js';

/**
 * The seed's set-up on PostgreSQL 15: a role given GRANT ALL PRIVILEGES ON DATABASE and nothing else may not
 * create tables in the public schema. The monitor must say which GRANT is missing, and that GRANT must be
 * enough. Needs a PostgreSQL server where the test user may create roles and databases.
 */
const suffix = randomBytes(4).toString('hex');
const role = `pa_monitor_${suffix}`;
const database = `pa_test_${Math.floor(Date.now() / 1000)}_${suffix}`;
const closing: (() => Promise<unknown>)[] = [];
after(async () => {
  for (const close of closing.reverse()) await close().catch(() => undefined);
});

test('a role with only the database granted is told the GRANT it needs, and that GRANT suffices', async (t) => {
  const admin = await openDatabase({ url: testDatabaseUrl(), poolSize: 1 });
  closing.push(() => admin.close());
  try {
    await admin.query('SELECT 1');
  } catch {
    return t.skip(`no PostgreSQL at ${testDatabaseUrl()}`);
  }
  await admin.exec(`CREATE ROLE ${role} LOGIN PASSWORD 'monitor-pw'`);
  closing.push(() => admin.exec(`DROP ROLE IF EXISTS ${role}`));
  await admin.exec(`CREATE DATABASE ${database}`);
  closing.push(() => admin.exec(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  await admin.exec(`GRANT ALL PRIVILEGES ON DATABASE ${database} TO ${role}`);
  const url = (user: string, password?: string) => {
    const u = new URL(testDatabaseUrl());
    u.username = user;
    if (password !== undefined) u.password = password;
    u.pathname = `/${database}`;
    return u.toString();
  };
  const asMonitor = await openDatabase({ url: url(role, 'monitor-pw'), poolSize: 1 });
  closing.push(() => asMonitor.close());
  const [{ version } = { version: 0 }] = await asMonitor.query<{ version: number }>(
    "SELECT current_setting('server_version_num')::int AS version",
  );
  if (version < 150_000) return t.skip('PostgreSQL before 15 lets every role create in public');

  await assert.rejects(new RingTable(asMonitor).ensure(), (error: unknown) => {
    assert.ok(error instanceof PrivilegeError);
    assert.match(error.message, /^permission denied for schema public\. /);
    assert.match(error.message, new RegExp(`GRANT USAGE, CREATE ON SCHEMA "public" TO "${role}";$`));
    return true;
  });
  const owner = await openDatabase({
    url: url(new URL(testDatabaseUrl()).username || 'postgres'),
    poolSize: 1,
  });
  closing.push(() => owner.close());
  await owner.exec(`GRANT USAGE, CREATE ON SCHEMA "public" TO "${role}"`);
  assert.equal(await new RingTable(asMonitor, { capacity: 3 }).ensure(), 3);
});
