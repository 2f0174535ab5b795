import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, test } from 'node:test';
import { freePort } from '@perfanalysis/pcc/free-port';
import { MIGRATIONS, migrate, openDatabase } from '@perfanalysis/storage';
import { PERFANALYSIS, run, until } from '../e2e/processes.test-support.js';
import { uploadingProcess } from '../http/upload-dir.test-support.js';
import { perfanalysis } from './cli.test-support.js';

const work = mkdtempSync(join(tmpdir(), 'pa-serve-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('serve --port names the port of the one role run, and is refused with both', async () => {
  const both = await perfanalysis(['serve', '--port', '9000']);
  assert.equal(both.code, 2);
  assert.match(both.err, /--port: with both roles, give --portal-port and --ingest-port/);
  const bad = await perfanalysis(['serve', '--services', 'ingest', '--port', '99999']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--port: "99999" is not a port/);
  const role = await perfanalysis(['serve', '--services', 'queue']);
  assert.match(role.err, /--services: "queue" is not a role/);
});

test("serve removes at start the uploads a crashed server left, and never a running one's", {
  timeout: 120_000,
}, async () => {
  const uploads = join(work, 'tmp');
  const crashed = await uploadingProcess(uploads, 'crashed');
  const running = await uploadingProcess(uploads, 'running');
  const server = run(
    [PERFANALYSIS, 'serve', '--services', 'portal', '--port', String(await freePort()), '--data-dir', work],
    { TMPDIR: uploads },
  );
  try {
    await until('the portal to listen', () => server.output().includes('Portal:'), 60_000);
    assert.ok(
      server.output().includes(`Removed the uploads a stopped server left in ${crashed.dir}`),
      server.output(),
    );
    assert.equal(existsSync(crashed.dir), false);
    assert.ok(existsSync(join(running.dir, 'partial-upload')), server.output());
    assert.equal(await server.stop(), 0, server.output());
    assert.deepEqual(readdirSync(uploads), [basename(running.dir)]);
  } finally {
    await server.stop();
    running.child.kill();
  }
});

test('serve with a mismatched TLS key or a CORS origin that is not a URL exits at once, having started nothing', async () => {
  const tls = join(import.meta.dirname, '..', '..', 'testdata', 'tls');
  const port = String(await freePort());
  const dataDir = join(work, 'never-started');
  const answer = await perfanalysis([
    'serve',
    '--services',
    'portal',
    '--port',
    port,
    '--data-dir',
    dataDir,
    '--tls-cert',
    join(tls, 'localhost.crt'),
    '--tls-key',
    join(tls, 'other.key'),
    '--cors-allowed-origins',
    'dashboard.example.com',
  ]);
  assert.equal(answer.code, 2, answer.err);
  assert.match(answer.err, /--tls-key: .*other\.key is not the private key of the certificate/);
  assert.match(answer.err, /"dashboard\.example\.com" is not an origin/);
  assert.doesNotMatch(answer.err, /Portal:/);
  assert.equal(existsSync(dataDir), false, 'no database was opened');
});

test("serve says which tenant's migration failed, and serves the rest", { timeout: 120_000 }, async () => {
  const dataDir = join(work, 'tenant-behind');
  const tenantBaseline = MIGRATIONS.find((m) => m.target === 'tenant')?.name ?? '';
  // A second actor's doing: the tenant's record of its first migration gone, its tables still there.
  const db = await openDatabase({ dataDir: join(dataDir, 'pglite') });
  await migrate(db);
  await db.execute('DELETE FROM tenant_default.schema_migrations WHERE name = $1', [tenantBaseline]);
  await db.close();
  const server = run([
    PERFANALYSIS,
    'serve',
    '--services',
    'portal',
    '--port',
    String(await freePort()),
    '--data-dir',
    dataDir,
  ]);
  try {
    await until('the portal to listen', () => server.output().includes('Portal:'), 60_000);
    assert.match(
      server.output(),
      new RegExp(
        `tenant_default: migration ${tenantBaseline} failed: .+ \\(perfanalysis migrate says it again\\)`,
      ),
    );
  } finally {
    await server.stop();
  }
});
