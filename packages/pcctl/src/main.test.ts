import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort } from '@perfanalysis/pcc/free-port';
import { buildApp } from '@perfanalysis/server';
import {
  collectorRepository,
  type Database,
  migrate,
  openDatabase,
  sampleRepository,
  tenantByName,
  tenantHandle,
} from '@perfanalysis/storage';
import { testSamples } from '@perfanalysis/storage/test-support/sample-fixture';
import type { FastifyInstance } from 'fastify';
import { normaliseServer } from './api-client.js';
import { type PcctlIo, runPcctl, VERSION } from './main.js';

const BIN = fileURLToPath(new URL('../bin/pcctl.js', import.meta.url));

interface Ran {
  code: number;
  out: string;
  err: string;
}

/** A port nobody listens on (loopback). */
describe('pcctl against the portal', () => {
  let db: Database;
  let app: FastifyInstance;
  let server: string;
  const scratch = mkdtempSync(join(tmpdir(), 'pcctl-'));
  const home = join(scratch, 'home');
  const loginFile = join(home, '.config', 'perfanalysis', 'pcctl.json');
  /** The environment of a user whose home is the scratch directory: no PCCTL_ settings unless given. */
  const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ HOME: home, ...extra });

  async function pcctl(
    args: readonly string[],
    extra: NodeJS.ProcessEnv = {},
    password: string | undefined = undefined,
  ): Promise<Ran> {
    let out = '';
    let err = '';
    const io: PcctlIo = {
      out: (text) => {
        out += `${text}\n`;
      },
      err: (text) => {
        err += `${text}\n`;
      },
      env: env(extra),
      askPassword: async () => password,
    };
    const code = await runPcctl(args, io);
    return { code, out, err };
  }

  before(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    await migrate(db);
    app = await buildApp({ db, bodyLimitBytes: 1024 * 1024 }, { role: 'portal' });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    assert.ok(typeof address === 'object' && address);
    server = `http://127.0.0.1:${address.port}`;
    const signup = await fetch(`${server}/api/v1/auth/signup/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'alice', password: 'correct horse' }),
    });
    assert.equal(signup.status, 201);
  });
  after(async () => {
    await app.close();
    await db.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  test('--help, --version, and usage errors (exit 2)', async () => {
    const help = await pcctl(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /^Usage: pcctl <command>/);
    assert.match(help.out, /collectors regenerate-key ID/);
    assert.equal((await pcctl(['--version'])).out, `pcctl ${VERSION}\n`);
    assert.equal((await pcctl([])).code, 2);
    const unknown = await pcctl(['collectors', 'frobnicate']);
    assert.equal(unknown.code, 2);
    assert.equal(unknown.err, 'pcctl: unknown command "collectors frobnicate"\nTry \'pcctl --help\'.\n');
    const commandHelp = await pcctl(['collectors', 'create', '--help']);
    assert.match(commandHelp.out, /^Usage: pcctl collectors create --machine-name NAME/);
    const badFlag = await pcctl(['collectors', 'list', '--colour']);
    assert.equal(badFlag.code, 2);
    assert.match(badFlag.err, /^pcctl collectors list: Unknown option '--colour'/);
    assert.equal((await pcctl(['collectors', 'show'])).code, 2);
    assert.equal((await pcctl(['collectors', 'create', '--server', server])).code, 2);
    assert.equal((await pcctl(['login', '--server', 'ftp://x', '--username', 'a'])).code, 2);
  });

  test('before login: a clear message, exit 1', async () => {
    const result = await pcctl(['collectors', 'list']);
    assert.equal(result.code, 1);
    assert.match(result.err, /^pcctl collectors list: not logged in: run pcctl login --server URL/);
  });

  test('login: a wrong password is the API’s message; no password anywhere is a usage error', async () => {
    const wrong = await pcctl(['login', '--server', server, '--username', 'alice', '--password', 'nope']);
    assert.equal(wrong.code, 1);
    assert.equal(wrong.err, 'pcctl login: Wrong username or password (HTTP 401)\n');
    const none = await pcctl(['login', '--server', server, '--username', 'alice']);
    assert.equal(none.code, 2);
    assert.match(none.err, /no password: give --password, set PCCTL_PASSWORD/);
    const unreachable = `http://127.0.0.1:${await freePort()}`;
    const down = await pcctl(['login', '--server', unreachable, '--username', 'alice', '--password', 'x']);
    assert.equal(down.code, 1);
    assert.equal(down.err, `pcctl login: cannot reach ${unreachable}: ECONNREFUSED\n`);
  });

  test('login keeps the server and a refresh token, mode 600; the password from flag, env or prompt', async () => {
    const prompted = await pcctl(['login', '--server', server, '--username', 'alice'], {}, 'correct horse');
    assert.equal(prompted.code, 0, prompted.err);
    const fromEnv = await pcctl(['login', '--username', 'alice'], {
      PCCTL_SERVER: server.replace('http://', ''),
      PCCTL_PASSWORD: 'correct horse',
    });
    assert.equal(fromEnv.code, 0, fromEnv.err);
    const result = await pcctl([
      'login',
      '--server',
      `${server}/`,
      '--username',
      'alice',
      '--password',
      'correct horse',
    ]);
    assert.equal(result.code, 0, result.err);
    assert.equal(result.out, `Logged in to ${server} as alice (admin, tenant default).\n`);
    assert.equal(statSync(loginFile).mode & 0o777, 0o600);
    assert.equal(statSync(join(home, '.config', 'perfanalysis')).mode & 0o777, 0o700);
    const stored = JSON.parse(readFileSync(loginFile, 'utf8'));
    assert.deepEqual(Object.keys(stored).sort(), ['refresh', 'server', 'username']);
    assert.equal(stored.server, server);
    assert.ok(!readFileSync(loginFile, 'utf8').includes('correct horse'), 'no password is kept');
  });

  test('collectors create, list, show and regenerate-key', async () => {
    const created = await pcctl([
      'collectors',
      'create',
      '--machine-name',
      'web-01',
      '--site-name',
      'Azure',
      '--platform',
      'Linux Server',
    ]);
    assert.equal(created.code, 0, created.err);
    const id = /id: +(\S+)/.exec(created.out)?.[1] ?? '';
    const key = /API key: +(\S+)/.exec(created.out)?.[1] ?? '';
    assert.ok(id && key, created.out);
    assert.match(created.out, /^Created collector web-01 in site Azure\./);
    assert.ok(created.out.includes(`  curl -s ${server}/install.sh | API_KEY=${key} bash\n`), created.out);

    const json = await pcctl(['collectors', 'create', '--machine-name', 'db-01', '--json']);
    const db01 = JSON.parse(json.out) as { id: string; api_key: string; install_command: string };
    assert.equal(db01.install_command, `curl -s ${server}/install.sh | API_KEY=${db01.api_key} bash`);

    const list = await pcctl(['collectors', 'list']);
    assert.equal(list.code, 0, list.err);
    const lines = list.out.trim().split('\n');
    assert.match(lines[0] ?? '', /^ID +MACHINE +SITE +PLATFORM +STATUS +LAST SEEN +FILES$/);
    assert.equal(lines.length, 3);
    assert.ok(
      lines.some((l) => l.startsWith(id) && /web-01 +Azure +Linux Server +never seen +never +0$/.test(l)),
    );
    const azure = JSON.parse((await pcctl(['collectors', 'list', '--site', 'Azure', '--json'])).out);
    assert.equal(azure.count, 1);
    assert.equal(azure.results[0].machine_name, 'web-01');
    assert.equal(
      (await pcctl(['collectors', 'list', '--site', 'Nowhere'])).out,
      'No collectors in site Nowhere.\n',
    );

    const show = await pcctl(['collectors', 'show', id]);
    assert.equal(show.code, 0, show.err);
    assert.match(show.out, new RegExp(`^id: +${id}$`, 'm'));
    assert.match(show.out, /^status: +never seen$/m);
    assert.match(show.out, /^platform: +Linux Server$/m);
    const shown = JSON.parse((await pcctl(['collectors', 'show', id, '--json'])).out);
    assert.equal(shown.site_name, 'Azure');
    assert.ok(key.endsWith(shown.api_key_prefix) || key.includes(shown.api_key_prefix));

    const missing = await pcctl(['collectors', 'show', 'no-such-collector']);
    assert.equal(missing.code, 1);
    assert.equal(missing.err, 'pcctl collectors show: No collector no-such-collector (HTTP 404)\n');

    const regenerated = await pcctl(['collectors', 'regenerate-key', id]);
    assert.equal(regenerated.code, 0, regenerated.err);
    const newKey = /API key: +(\S+)/.exec(regenerated.out)?.[1] ?? '';
    assert.ok(newKey && newKey !== key);
    assert.match(regenerated.out, /the old one no longer works/);
    assert.ok(regenerated.out.includes(`API_KEY=${newKey} bash`));
  });

  test('PCCTL_SERVER and PCCTL_APIKEY (username:key) instead of a login', async () => {
    const token = await fetch(`${server}/api/v1/auth/token/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'alice', password: 'correct horse' }),
    });
    const { access } = (await token.json()) as { access: string };
    const created = await fetch(`${server}/api/v1/auth/api-keys/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${access}` },
      body: JSON.stringify({ name: 'pcctl test' }),
    });
    const { key } = (await created.json()) as { key: string };
    const elsewhere = { HOME: join(scratch, 'other-home') };
    const list = await pcctl(['collectors', 'list', '--json'], {
      ...elsewhere,
      PCCTL_SERVER: server,
      PCCTL_APIKEY: `alice:${key}`,
    });
    assert.equal(list.code, 0, list.err);
    assert.ok(JSON.parse(list.out).count >= 1);
    const wrong = await pcctl(['collectors', 'list'], {
      ...elsewhere,
      PCCTL_SERVER: server,
      PCCTL_APIKEY: `alice:${key}x`,
    });
    assert.equal(wrong.code, 1);
    assert.equal(
      wrong.err,
      'pcctl collectors list: The API key is missing, malformed or unknown (HTTP 401)\n',
    );
    const malformed = await pcctl(['collectors', 'list'], {
      ...elsewhere,
      PCCTL_SERVER: server,
      PCCTL_APIKEY: key,
    });
    assert.equal(malformed.code, 2);
    assert.match(malformed.err, /PCCTL_APIKEY: use username:key/);
  });

  test('a login is never sent to another server', async () => {
    const other = `http://127.0.0.1:${await freePort()}`;
    const result = await pcctl(['collectors', 'list', '--server', other]);
    assert.equal(result.code, 1);
    assert.match(result.err, new RegExp(`not logged in to ${other.replaceAll('.', '\\.')}: run pcctl login`));
  });

  test('an expired or revoked refresh token asks for a new login', async () => {
    const saved = readFileSync(loginFile, 'utf8');
    try {
      writeFileSync(loginFile, JSON.stringify({ ...JSON.parse(saved), refresh: 'not-a-token' }));
      const result = await pcctl(['collectors', 'list']);
      assert.equal(result.code, 1);
      assert.match(result.err, /your login to .* has expired: run pcctl login --server .* --username alice/);
    } finally {
      writeFileSync(loginFile, saved, { mode: 0o600 });
    }
  });

  test('the pcctl command itself, as a process', async () => {
    const run = (args: string[]): Promise<Ran> =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [BIN, ...args], {
          env: { PATH: process.env.PATH, HOME: home },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
        });
        child.stderr.on('data', (chunk) => {
          err += chunk;
        });
        // 'close', not 'exit': 'exit' can come before the last of the output has been read.
        child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
      });
    assert.equal((await run(['--version'])).out, `pcctl ${VERSION}\n`);
    const list = await run(['collectors', 'list']);
    assert.equal(list.code, 0, list.err);
    assert.match(list.out, /web-01/);
    const noPassword = await run(['login', '--server', server, '--username', 'alice']);
    assert.equal(noPassword.code, 2, 'no terminal and nothing on standard input');
  });

  test('report: a collector’s report and a comparison, fetched from the portal; bad input a clear message', async () => {
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    const t = tenantHandle(db, tenant);
    for (const [name, start] of [
      ['pc-a', Date.UTC(2026, 2, 1, 10)],
      ['pc-b', Date.UTC(2026, 2, 2, 14)],
    ] as const) {
      const { collector } = await collectorRepository(t).create({ machineName: name, siteName: 'lab' });
      await sampleRepository(t).insertSamples(collector.id, testSamples(start, 360, 10_000));
    }
    const login = await pcctl([
      'login',
      '--server',
      server,
      '--username',
      'alice',
      '--password',
      'correct horse',
    ]);
    assert.equal(login.code, 0, login.err);
    const file = join(scratch, 'pc-a.html');
    const one = await pcctl([
      'report',
      ...['--collector', 'pc-a', '--start', '2026-03-01T10:30:00Z', '--end', '2026-03-01T10:45:00Z'],
      ...['--out', file],
    ]);
    assert.equal(one.code, 0, one.err);
    assert.match(one.out, /^Wrote .*pc-a\.html \([\d,]+ bytes\)/);
    const html = readFileSync(file, 'utf8');
    assert.match(html, /<h1>Performance report — pc-a<\/h1>/);
    assert.match(html, /<dt>From<\/dt><dd>2026-03-01 10:30:00 UTC<\/dd>/);
    const zipped = await pcctl(['report', '--compare', 'pc-a,pc-b', '--format', 'png', '--out', scratch]);
    assert.equal(zipped.code, 0, zipped.err);
    const zip = readFileSync(join(scratch, 'compare-pc-a-pc-b-2026-03-01.zip'));
    assert.equal(zip.subarray(0, 4).toString('latin1'), 'PK\u0003\u0004');
    assert.match(zip.toString('latin1'), /compare\.png/);
    const cases: [string[], number, RegExp][] = [
      [['--compare', 'pc-a'], 2, /--compare: "pc-a" names fewer than two runs/],
      [['--collector', 'nobody'], 1, /no collector named "nobody"/],
      [['--collector', 'pc-a', '--format', 'doc'], 2, /--format: "doc" is not one of html, pdf, png/],
      [['--collector', 'pc-a', '--stat', 'max'], 2, /--align and --stat apply to --compare/],
      [['--collector', 'pc-a', '--start', '2020-01-01T00:00:00Z'], 2, /--start and --end go together/],
      [
        ['--collector', 'pc-a', '--start', '2020-01-01T00:00:00Z', '--end', '2020-01-02T00:00:00Z'],
        1,
        /has no samples from 2020-01-01T00:00:00.000Z .*\(HTTP 404\)/,
      ],
    ];
    for (const [args, code, message] of cases) {
      const out = join(scratch, 'bad.html');
      const result = await pcctl(['report', ...args, '--out', out]);
      assert.equal(result.code, code, `${args.join(' ')}: ${result.err}`);
      assert.match(result.err, message, args.join(' '));
      assert.throws(() => statSync(out));
    }
  });

  test('logout forgets the login', async () => {
    const result = await pcctl(['logout']);
    assert.equal(result.out, `Logged out of ${server}.\n`);
    assert.throws(() => statSync(loginFile));
    assert.equal((await pcctl(['logout'])).out, 'Not logged in.\n');
    assert.equal((await pcctl(['collectors', 'list'])).code, 1);
  });
});

test('server addresses: host:port, a trailing slash, http or https only', () => {
  assert.equal(normaliseServer('perf.example.com:8000', 'x'), 'http://perf.example.com:8000');
  assert.equal(normaliseServer('https://perf.example.com/', 'x'), 'https://perf.example.com');
  assert.equal(normaliseServer('http://[::1]:8000', 'x'), 'http://[::1]:8000');
  assert.throws(() => normaliseServer('ftp://x', 'x'), /not an http or https address/);
  assert.throws(() => normaliseServer('http://u:p@x', 'x'), /address only/);
});
