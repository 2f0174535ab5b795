import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConflictError } from '../database/errors.js';
import { type TenantHandle, tenantHandle } from '../tenancy/tenant-handle.js';
import { createTenant } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { collectorRepository } from './collector-repository.js';
import { runRepository } from './run-repository.js';
import { userRepository } from './user-repository.js';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute));

forEachDatabase('named runs', (ctx) => {
  let a: TenantHandle;
  let b: TenantHandle;
  let collectorA = '';
  let collectorB = '';
  let ana = 0;

  test('set-up: two tenants, a collector and a user', async () => {
    const db = await ctx.db();
    a = tenantHandle(db, await createTenant(db, { name: 'runs-a' }));
    b = tenantHandle(db, await createTenant(db, { name: 'runs-b' }));
    collectorA = (await collectorRepository(a).create({ machineName: 'web-01' })).collector.id;
    collectorB = (await collectorRepository(b).create({ machineName: 'web-01' })).collector.id;
    ana = (await userRepository(a).create({ username: 'ana', passwordHash: 'x', role: 'analyst' })).id;
  });

  test('a run is stored, listed by start with the load-test runs, and gone when deleted', async () => {
    const runs = runRepository(a);
    const later = await runs.create(
      collectorA,
      { name: 'after the kernel update', start: at(30), end: at(40) },
      ana,
    );
    const first = await runs.create(
      collectorA,
      { name: '200 users', note: 'before the update', start: at(0), end: at(10) },
      ana,
    );
    await a.execute(
      `INSERT INTO ${a.table('loadtest_runs')} (collector_id, name, work_unit, work_unit_version, threads, levels,
         step_duration_s, period_ms, hostname, cpu_model, cpu_count, kernel, started_at, ended_at)
       VALUES ($1, 'cpu-steps', 'spin', 1, 2, '{50,100}', 60, 100, 'web-01', 'EPYC', 2, '6.1', $2, $3)`,
      [collectorA, at(15), at(20)],
    );
    const { results: listed, total } = await runs.list(collectorA);
    assert.equal(total, 3);
    assert.deepEqual(
      listed.map((r) => [r.kind, r.name, r.note, r.start.toISOString(), r.createdBy]),
      [
        ['run', '200 users', 'before the update', at(0).toISOString(), 'ana'],
        ['loadtest', 'cpu-steps', '', at(15).toISOString(), null],
        ['run', 'after the kernel update', '', at(30).toISOString(), 'ana'],
      ],
    );
    assert.equal(first.version, 1);
    assert.deepEqual(
      listed.map((r) => r.key),
      [`r${first.id}`, `lt${listed[1]?.id}`, `r${later.id}`],
    );
    assert.equal((await runs.byKey(collectorA, `lt${listed[1]?.id}`))?.name, 'cpu-steps');
    assert.equal(await runs.byKey(collectorA, `lt${later.id + 1000}`), undefined);
    for (const stray of [`l${first.id}`, `r${first.id}x`, `r0${first.id}`, 'r', ''])
      assert.equal(await runs.byKey(collectorA, stray), undefined, stray);
    const second = await runs.list(collectorA, { limit: 1, offset: 1 });
    assert.deepEqual([second.results.map((r) => r.name), second.total], [['cpu-steps'], 3]);
    assert.equal(await runs.delete(later.id), true);
    assert.equal(await runs.delete(later.id), false);
    assert.equal(await runs.get(later.id), undefined);
  });

  test("tenant B never sees, edits or deletes tenant A's runs", async () => {
    const mine = await runRepository(a).create(collectorA, { name: 'secret', start: at(0), end: at(5) }, ana);
    const theirs = runRepository(b);
    assert.deepEqual(await theirs.list(collectorA), { results: [], total: 0 });
    assert.deepEqual(await theirs.list(collectorB), { results: [], total: 0 });
    assert.equal(await theirs.get(mine.id), undefined);
    assert.equal(await theirs.update(mine.id, 1, { name: 'stolen' }), undefined);
    assert.equal(await theirs.delete(mine.id), false);
    assert.equal((await runRepository(a).get(mine.id))?.name, 'secret');
    // A's collector is not B's: B cannot hang a run on it.
    await assert.rejects(theirs.create(collectorA, { name: 'x', start: at(0), end: at(1) }, null));
  });

  test("two users editing: the second edit, made on a stale copy, is refused and does not undo the first's", async () => {
    const runs = runRepository(a);
    const run = await runs.create(collectorA, { name: 'soak', start: at(0), end: at(60) }, ana);
    const [byAna, byBob] = await Promise.allSettled([
      runs.update(run.id, run.version, { name: 'soak, 200 users' }),
      runs.update(run.id, run.version, { note: 'bob was here', end: at(50) }),
    ]);
    const won = [byAna, byBob].filter((r) => r.status === 'fulfilled');
    const lost = [byAna, byBob].filter((r) => r.status === 'rejected');
    assert.equal(won.length, 1);
    assert.equal(lost.length, 1);
    assert.ok(lost[0]?.status === 'rejected' && lost[0].reason instanceof ConflictError);
    assert.match(String(lost[0]?.status === 'rejected' && lost[0].reason.message), /changed by someone else/);
    const now = await runs.get(run.id);
    assert.equal(now?.version, 2);
    // Bob reloads and edits the current version: both changes are kept.
    const again = await runs.update(run.id, 2, { note: 'bob, after reloading' });
    assert.equal(again?.version, 3);
    assert.equal(again?.note, 'bob, after reloading');
    assert.equal(again?.name, now?.name);
  });

  test('a run ends after it starts (the database holds it too)', async () => {
    await assert.rejects(
      runRepository(a).create(collectorA, { name: 'backwards', start: at(10), end: at(5) }, ana),
    );
  });
});
