import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { freePort } from '@perfanalysis/pcc/free-port';
import { type Database, MIGRATIONS, migrate, openDatabase } from '@perfanalysis/storage';
import type { FastifyInstance } from 'fastify';
import { buildApp, type Role } from '../app.js';
import { perfanalysis } from './cli.test-support.js';

const health = (args: readonly string[]) => perfanalysis(['health', ...args]);

describe('perfanalysis health', () => {
  let db: Database;
  const apps: Partial<Record<Role, FastifyInstance>> = {};
  const urls: Record<Role, string> = { portal: '', ingest: '' };
  const scratch = mkdtempSync(join(tmpdir(), 'pa-health-'));
  const noDatabaseHere = ['--data-dir', join(scratch, 'nothing')];

  before(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    await migrate(db);
    for (const role of ['portal', 'ingest'] as const) {
      const app = await buildApp({ db, bodyLimitBytes: 1024 * 1024 }, { role });
      await app.listen({ host: '127.0.0.1', port: 0 });
      const address = app.server.address();
      assert.ok(typeof address === 'object' && address);
      apps[role] = app;
      urls[role] = `http://127.0.0.1:${address.port}`;
    }
  });
  after(async () => {
    for (const app of Object.values(apps)) await app.close();
    await db.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  test('all healthy: ✓ for each, exit 0; the embedded database is the running server’s to answer for', async () => {
    const result = await health([
      '--portal-url',
      urls.portal,
      '--ingest-url',
      urls.ingest.replace('http://', ''),
      ...noDatabaseHere,
    ]);
    assert.equal(result.code, 0, result.out + result.err);
    assert.equal(
      result.out,
      [
        `✓ database: healthy (embedded, in use by the portal at ${urls.portal}, which answers for it)`,
        `✓ portal: healthy at ${urls.portal} (database: embedded)`,
        `✓ ingest: healthy at ${urls.ingest} (database: embedded)`,
        '',
      ].join('\n'),
    );
    const json = await health(['--portal-url', urls.portal, '--ingest-url', urls.ingest, '--json']);
    assert.equal(json.code, 0);
    const parsed = JSON.parse(json.out) as { healthy: boolean; checks: { name: string; status: string }[] };
    assert.equal(parsed.healthy, true);
    assert.deepEqual(
      parsed.checks.map((c) => [c.name, c.status]),
      [
        ['database', 'healthy'],
        ['portal', 'healthy'],
        ['ingest', 'healthy'],
      ],
    );
  });

  test('one role down: ✗ unreachable with the reason, exit 1', async () => {
    const down = `http://127.0.0.1:${await freePort()}`;
    const result = await health(['--portal-url', urls.portal, '--ingest-url', down, ...noDatabaseHere]);
    assert.equal(result.code, 1);
    const lines = result.out.trim().split('\n');
    assert.match(lines[0] ?? '', /^✓ database: healthy/);
    assert.match(lines[1] ?? '', /^✓ portal: healthy/);
    assert.equal(lines[2], `✗ ingest: unreachable at ${down} (ECONNREFUSED)`);
    const json = JSON.parse(
      (await health(['--portal-url', down, '--ingest-url', urls.ingest, '--json'])).out,
    );
    assert.equal(json.healthy, false);
    assert.deepEqual(json.checks[1], {
      name: 'portal',
      url: down,
      status: 'unreachable',
      detail: 'ECONNREFUSED',
    });
  });

  test('--wait checks again until a starting role answers', async () => {
    const port = await freePort();
    const starting = `http://127.0.0.1:${port}`;
    const waiting = health(['--portal-url', urls.portal, '--ingest-url', starting, '--wait', '60']);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the first check finds nothing there
    const late = await buildApp({ db, bodyLimitBytes: 1024 * 1024 }, { role: 'ingest' });
    after(() => late.close());
    await late.listen({ host: '127.0.0.1', port });
    const result = await waiting;
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, new RegExp(`^✓ ingest: healthy at ${starting} `, 'm'));
    const without = await health([
      '--portal-url',
      urls.portal,
      '--ingest-url',
      `http://127.0.0.1:${await freePort()}`,
      '--wait',
      '2',
    ]);
    assert.equal(without.code, 1, 'nothing starts: unhealthy once the wait is over');
  });

  test('no server running: the embedded database is opened and its migrations compared', async () => {
    const dataDir = join(scratch, 'data');
    const embedded = await openDatabase({ dataDir: join(dataDir, 'pglite') });
    await migrate(embedded, { migrations: MIGRATIONS.filter((m) => m.name !== MIGRATIONS.at(-1)?.name) });
    await embedded.close();
    const down = [
      '--portal-url',
      `http://127.0.0.1:${await freePort()}`,
      '--ingest-url',
      `http://127.0.0.1:${await freePort()}`,
    ];
    const behind = await health([...down, '--data-dir', dataDir]);
    assert.equal(behind.code, 1);
    assert.match(
      behind.out,
      /^✗ database: unhealthy \(embedded, .*pglite; 1 migration pending \(tenant_default: .*\): run perfanalysis migrate\)$/m,
    );
    assert.match(behind.out, /^✗ portal: unreachable at .* \(ECONNREFUSED\)$/m);

    assert.equal((await perfanalysis(['migrate', '--data-dir', dataDir])).code, 0);
    const upToDate = await health([...down, '--data-dir', dataDir]);
    assert.match(upToDate.out, /^✓ database: healthy \(embedded, .*pglite; migrations up to date\)$/m);

    const none = await health([...down, ...noDatabaseHere]);
    assert.match(none.out, /^✗ database: unhealthy \(embedded, none at .*nothing\/pglite: start the server/m);
  });

  test('a PostgreSQL server that does not answer is unreachable', async () => {
    const result = await health([
      '--portal-url',
      urls.portal,
      '--ingest-url',
      urls.ingest,
      '--database-url',
      `postgres://nobody@127.0.0.1:${await freePort()}/none`,
    ]);
    assert.equal(result.code, 1);
    assert.match(result.out, /^✗ database: unreachable \(.*ECONNREFUSED.*\)$/m);
  });

  test('usage errors exit 2', async () => {
    assert.equal((await health(['--portal-url', 'ftp://x'])).code, 2);
    assert.equal((await health(['--timeout', 'soon'])).code, 2);
    assert.equal((await health(['--wait', '-1'])).code, 2);
  });
});
