import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { freePort } from '@perfanalysis/pcc/free-port';
import { openDatabase } from '@perfanalysis/storage';
import { healthy, PERFANALYSIS, type Running, run, until } from '../e2e/processes.test-support.js';

/** `perfanalysis ARGS…` as a process of its own, run to its end. */
async function command(args: readonly string[]): Promise<{ code: number | null; output: string }> {
  const child = run([PERFANALYSIS, ...args]);
  const code = await child.exited;
  return { code, output: child.output() };
}

const scratch = mkdtempSync(join(tmpdir(), 'pa-shared-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const STARTUP_MS = 180_000;

describe('one data directory, a server and the commands run beside it', () => {
  const dataDir = join(scratch, 'data');
  const at = ['--data-dir', dataDir];
  let server: Running | undefined;
  let portal = 0;
  let ingest = 0;
  const start = async () => {
    portal = await freePort();
    ingest = await freePort();
    const serving = run([
      PERFANALYSIS,
      'serve',
      '--host',
      '127.0.0.1',
      '--portal-port',
      `${portal}`,
      '--ingest-port',
      `${ingest}`,
      ...at,
    ]);
    server = serving;
    await until('the server', () => healthy(portal), STARTUP_MS).catch((error: Error) => {
      throw new Error(`${error.message}\n${serving.output()}`);
    });
  };
  /** A request to the portal, addressed to HOST (by its Host header: fetch cannot set one). */
  const api = (path: string, init: { token?: string; host?: string; body?: unknown } = {}) =>
    new Promise<{ status: number; json: Record<string, unknown> }>((resolve, reject) => {
      const body = init.body === undefined ? undefined : JSON.stringify(init.body);
      const request = httpRequest(
        {
          host: '127.0.0.1',
          port: portal,
          path,
          method: body === undefined ? 'GET' : 'POST',
          headers: {
            host: init.host ?? `localhost:${portal}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
          },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk) => {
            text += chunk;
          });
          response.on('end', () => {
            let json: Record<string, unknown> = {};
            try {
              json = JSON.parse(text) as Record<string, unknown>;
            } catch {}
            resolve({ status: response.statusCode ?? 0, json });
          });
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  const login = async () => {
    const answer = await api('/api/v1/auth/token/', {
      body: { username: 'alice', password: 'correct horse' },
    });
    assert.equal(answer.status, 200, JSON.stringify(answer.json));
    return String(answer.json.access);
  };
  after(() => server?.stop('SIGKILL'));

  test('the commands work through the running server, and what they change shows in its API at once', async (t) => {
    await start();
    const user = await command([
      'user',
      'create',
      '--username',
      'alice',
      '--role',
      'admin',
      '--password',
      'correct horse',
      ...at,
    ]);
    assert.equal(user.code, 0, user.output);
    const token = await login();
    const list = async () => (await api('/api/v1/collectors/', { token })).json.count;
    assert.equal(await list(), 0);
    const created = await command([
      'collector',
      'create',
      '--machine-name',
      'web-01',
      '--site-name',
      'dc1',
      ...at,
    ]);
    assert.equal(created.code, 0, created.output);
    assert.equal(
      await list(),
      1,
      'the collector list answer is kept per version: a new collector shows at once',
    );

    // A domain added by a command: the server's tenant lookups are kept for five seconds at most.
    const host = `perf.example.com:${portal}`;
    assert.equal((await api('/api/v1/collectors/', { token, host })).status, 404);
    const added = Date.now();
    const domain = await command(['tenant', 'update', 'default', '--add-domain', 'perf.example.com', ...at]);
    assert.equal(domain.code, 0, domain.output);
    await until(
      'the new domain',
      async () => (await api('/api/v1/collectors/', { token, host })).status === 200,
    );
    t.diagnostic(`the new domain answered ${Date.now() - added} ms after the command started`);

    for (const args of [['migrate'], ['collector', 'list'], ['tenant', 'list']]) {
      const result = await command([...args, ...at]);
      assert.equal(result.code, 0, `${args.join(' ')}: ${result.output}`);
    }
    const health = await command([
      'health',
      '--portal-url',
      `http://127.0.0.1:${portal}`,
      '--ingest-url',
      `http://127.0.0.1:${ingest}`,
      ...at,
    ]);
    assert.equal(health.code, 0, health.output);

    const psql = spawnSync(
      'psql',
      [
        '-h',
        dataDir,
        '-U',
        'postgres',
        '-d',
        'postgres',
        '-At',
        '-c',
        'SELECT machine_name FROM tenant_default.collectors',
      ],
      { encoding: 'utf8' },
    );
    if (psql.error) t.diagnostic('no psql here');
    else assert.equal(psql.stdout.trim(), 'web-01', psql.stderr);
  });

  test('an owner killed with SIGKILL: the next start takes the directory over, with its data', async () => {
    await server?.stop('SIGKILL');
    await start();
    await login();
  });

  test('a second server on the same directory is refused, naming the owner', async () => {
    const second = await command([
      'serve',
      '--host',
      '127.0.0.1',
      '--portal-port',
      `${await freePort()}`,
      '--ingest-port',
      `${await freePort()}`,
      ...at,
    ]);
    assert.notEqual(second.code, 0);
    assert.match(
      second.output,
      /in use by process \d+ on .* \(perfanalysis\.js serve, since .*\): stop it first/,
    );
  });
});

test('two commands racing for a directory nobody owns: one owns it, the other works through it', async () => {
  const at = ['--data-dir', join(scratch, 'race')];
  const results = await Promise.all(
    ['bob', 'carol'].map((name) =>
      command([
        'user',
        'create',
        '--username',
        name,
        '--role',
        'viewer',
        '--password',
        'correct horse',
        ...at,
      ]),
    ),
  );
  for (const result of results) assert.equal(result.code, 0, result.output);
  const db = await openDatabase({ dataDir: join(scratch, 'race', 'pglite') });
  try {
    const users = await db.query<{ username: string }>(
      'SELECT username FROM tenant_default.users ORDER BY 1',
    );
    assert.deepEqual(
      users.map((u) => u.username),
      ['bob', 'carol'],
    );
  } finally {
    await db.close();
  }
});
