import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  BINARY_ARCHES,
  type BinaryArch,
  BUILD_BINARY_COMMAND,
  binaryName,
  binaryPath,
} from '@perfanalysis/pcc/binary-names';
import { isCaptureHeader } from '@perfanalysis/shared';
import { type Database, migrate, openDatabase } from '@perfanalysis/storage';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { pathWithoutNode } from '../e2e/path-without-node.test-support.js';
import { until } from '../e2e/processes.test-support.js';

const PCC_VERSION: string = createRequire(import.meta.url)('@perfanalysis/pcc/package.json').version;
const isRoot = process.getuid?.() === 0;
/** This machine's self-contained pcc, built by npm run build:binary (CI builds it; elsewhere it may not be). */
const HOST_ARCH = BINARY_ARCHES.find((arch): arch is BinaryArch => arch === process.arch);
const EXECUTABLE = HOST_ARCH && binaryPath(HOST_ARCH);
const NO_EXECUTABLE =
  EXECUTABLE === undefined
    ? `there is no self-contained pcc for ${process.arch}`
    : existsSync(EXECUTABLE)
      ? undefined
      : `${EXECUTABLE} is not built: ${BUILD_BINARY_COMMAND}`;
/** Skips a test of the executable where it is not built, except in CI, where the test then fails. */
const needsExecutable = { skip: NO_EXECUTABLE !== undefined && !process.env.CI ? NO_EXECUTABLE : false };

/** Runs bash with the script on its standard input, as `curl … | bash` does. */
function bash(
  script: string,
  env: NodeJS.ProcessEnv,
  options: { uid?: number; gid?: number; cwd?: string } = {},
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [], {
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
      ...options,
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', reject);
    // 'close', not 'exit': 'exit' can come before the last of the output has been read.
    child.on('close', (code) => resolve({ code, out }));
    child.stdin.end(script);
  });
}

/** A request with any Host header, over a real socket (fetch() will not send a hostile one). */
function getWithHost(port: number, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The environment of a clean machine: no PCC_ settings, no XDG overrides. */
function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(PCC_|PA_|XDG_|API_KEY$)/.test(name)) env[name] = value;
  }
  return { ...env, ...extra };
}

describe('install routes', () => {
  let db: Database;
  let app: FastifyInstance;
  let port: number;
  let origin: string;
  const scratch = mkdtempSync(join(tmpdir(), 'pa-install-'));

  before(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    await migrate(db);
    app = await buildApp({ db, bodyLimitBytes: 1024 * 1024 }, { role: 'portal' });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    assert.ok(typeof address === 'object' && address);
    port = address.port;
    origin = `http://127.0.0.1:${port}`;
  });
  after(async () => {
    await app.close();
    await db.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  test('/install.sh is a bash script for the address the request used, and passes bash -n', async () => {
    for (const host of ['perf.example.com:8000', '10.1.2.3:8000', '[fd00::1]:8000', 'perf']) {
      const response = await app.inject({ url: '/install.sh', headers: { host } });
      assert.equal(response.statusCode, 200, response.body);
      assert.match(response.headers['content-type'] as string, /^text\/x-shellscript/);
      assert.equal(response.headers['x-pcc-version'], PCC_VERSION);
      const script = response.body;
      assert.ok(script.startsWith('#!/usr/bin/env bash\n'));
      assert.ok(script.includes(`PA_SERVER='http://${host}'\n`), `the origin of ${host}`);
      assert.ok(script.includes(`PCC_VERSION='${PCC_VERSION}'`));
      assert.doesNotMatch(script, /@@[A-Z_]+@@/, 'every placeholder is filled in');
      assert.ok(script.includes('ExecStart=@NODE@ @PCC@'), 'the unit goes in for the script to fill in');
      assert.ok(script.includes('/install/pcc.mjs'));
      const check = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
      assert.equal(check.status, 0, check.stderr);
    }
  });

  test('a Host header that is not a plain host or address is 400, with an answer bash only prints', async () => {
    const hostile = [
      'evil.example.com;rm -rf ~',
      'x$(id)',
      'x`id`',
      "x'y",
      'a b',
      'x|y',
      '-x',
      'a/b',
      '[::1];x',
      'x&y',
    ];
    for (const host of hostile) {
      const response = await getWithHost(port, '/install.sh', host);
      assert.equal(response.status, 400, `Host: ${host}`);
      assert.ok(!response.body.includes(host), 'the value is not echoed back');
      const ran = await bash(response.body, cleanEnv({}));
      assert.equal(ran.code, 1);
      assert.match(ran.out, /pcc install: this request names no usable server address/);
    }
  });

  test('/install/pcc.mjs is the agent bundle: JavaScript that node --check accepts, with its version', async () => {
    const response = await fetch(`${origin}/install/pcc.mjs`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.equal(response.headers.get('x-pcc-version'), PCC_VERSION);
    const code = await response.text();
    assert.ok(code.includes('setFlagsFromString("--lite-mode")'), 'V8 lite mode, as bin/pcc.js');
    const file = join(scratch, 'pcc.mjs');
    writeFileSync(file, code);
    const check = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
    const version = spawnSync(process.execPath, [file, '--version'], { encoding: 'utf8' });
    assert.equal(version.stdout, `pcc ${PCC_VERSION}\n`, 'no package.json needed beside it');
    // Lite mode is set before any of the agent's code runs: every module is initialised after it.
    const lite = code.indexOf('setFlagsFromString("--lite-mode")');
    assert.ok(lite > 0 && lite < code.lastIndexOf('init_main()'));
  });

  test('without API_KEY the script refuses, saying how to run it', async () => {
    const script = await (await fetch(`${origin}/install.sh`)).text();
    const ran = await bash(script, cleanEnv({ PA_INSTALL_PREFIX: join(scratch, 'nokey') }));
    assert.equal(ran.code, 2, ran.out);
    assert.match(ran.out, /API_KEY is not set/);
    assert.ok(ran.out.includes(`curl -s ${origin}/install.sh | API_KEY=<key> bash`));
  });

  test('without Node.js 20 or later the script stops, saying how to install it', async () => {
    const script = await (await fetch(`${origin}/install.sh`)).text();
    const oldNode = join(scratch, 'node18');
    writeFileSync(oldNode, '#!/bin/sh\necho 18.19.1\n');
    chmodSync(oldNode, 0o755);
    const tooOld = await bash(
      script,
      cleanEnv({ API_KEY: 'default.abc', PA_INSTALL_NODE: oldNode, PA_INSTALL_PREFIX: join(scratch, 'old') }),
    );
    assert.equal(tooOld.code, 3, tooOld.out);
    assert.match(tooOld.out, /Node\.js 18\.19\.1 .* is too old: pcc needs Node\.js 20 or later/);
    assert.match(tooOld.out, /Install Node\.js 20 or later/);
    const missing = await bash(
      script,
      cleanEnv({
        API_KEY: 'default.abc',
        PA_INSTALL_NODE: join(scratch, 'no-node'),
        PA_INSTALL_PREFIX: scratch,
      }),
    );
    assert.equal(missing.code, 3, missing.out);
    assert.match(missing.out, /Node\.js is not installed/);
  });

  test('the install command of a new collector installs pcc, which then reports to this portal', async () => {
    const signup = await fetch(`${origin}/api/v1/auth/signup/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'correct horse' }),
    });
    assert.equal(signup.status, 201);
    const { access } = (await signup.json()) as { access: string };
    const created = await fetch(`${origin}/api/v1/collectors/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${access}` },
      body: JSON.stringify({ machine_name: 'web-01', site_name: 'test' }),
    });
    assert.equal(created.status, 201);
    const collector = (await created.json()) as { id: string; api_key: string; install_command: string };
    assert.equal(
      collector.install_command,
      `curl -s ${origin}/install.sh | API_KEY=${collector.api_key} bash`,
    );

    const prefix = join(scratch, 'root');
    const ran = await bash(
      collector.install_command,
      cleanEnv({ PA_INSTALL_PREFIX: prefix, PA_INSTALL_NO_SERVICE: '1' }),
    );
    assert.equal(ran.code, 0, ran.out);
    const home = process.env.HOME ?? '';
    const [lib, bin, etc, state] = isRoot
      ? ['/opt/perfanalysis', '/usr/local/bin', '/etc/perfanalysis', '/var/lib/perfanalysis']
      : [
          `${home}/.local/share/perfanalysis`,
          `${home}/.local/bin`,
          `${home}/.config/perfanalysis`,
          `${home}/.local/state/perfanalysis`,
        ];
    const agent = join(prefix, lib, 'pcc.mjs');
    const wrapper = join(prefix, bin, 'pcc');
    const envFile = join(prefix, etc, 'pcc.env');
    assert.match(ran.out, new RegExp(`Installed pcc ${PCC_VERSION.replaceAll('.', '\\.')}:`));
    assert.ok(ran.out.includes(agent) && ran.out.includes(wrapper) && ran.out.includes(envFile), ran.out);
    assert.match(ran.out, /nothing was started/);
    assert.equal(statSync(wrapper).mode & 0o777, 0o755);
    assert.equal(statSync(envFile).mode & 0o777, 0o600, 'the settings hold the key');
    const settings = readFileSync(envFile, 'utf8');
    assert.ok(settings.includes(`\nPCC_SERVER=${origin}\n`), settings);
    assert.ok(settings.includes(`\nPCC_APIKEY=${collector.api_key}\n`));
    assert.ok(settings.includes('\nPCC_MODE=trickle\n'));
    assert.ok(settings.includes(`\nPCC_SPOOL=${join(prefix, state, 'pcc-spool')}\n`));
    const version = spawnSync(wrapper, ['--version'], { encoding: 'utf8' });
    assert.equal(version.stdout, `pcc ${PCC_VERSION}\n`, version.stderr);
    assert.ok(!ran.out.includes(collector.api_key), 'the key is not printed');

    // The installed agent, with the installed settings, sends a sample to this portal.
    // (Not spawnSync: the server answering it runs in this process.)
    const once = await bash(
      `set -a && . '${envFile}' && set +a && exec '${wrapper}' --quiet --duration 2s`,
      cleanEnv({}),
    );
    assert.equal(once.code, 0, once.out);
    const seen = await fetch(`${origin}/api/v1/collectors/${collector.id}/`, {
      headers: { authorization: `Bearer ${access}` },
    });
    const shown = (await seen.json()) as { status: string; last_seen: string | null };
    assert.equal(shown.status, 'live');

    // Running it again replaces the agent and the settings in place.
    const again = await bash(
      collector.install_command,
      cleanEnv({ PA_INSTALL_PREFIX: prefix, PA_INSTALL_NO_SERVICE: '1', PCC_FREQUENCY: '15s' }),
    );
    assert.equal(again.code, 0, again.out);
    assert.match(readFileSync(envFile, 'utf8'), /\nPCC_FREQUENCY=15s\n/);
  });

  test(
    '/install/pcc-linux-<arch> are the self-contained executables, as built',
    needsExecutable,
    async () => {
      assert.equal(NO_EXECUTABLE, undefined, NO_EXECUTABLE);
      for (const arch of BINARY_ARCHES) {
        const response = await fetch(`${origin}/install/${binaryName(arch)}`);
        if (!existsSync(binaryPath(arch))) {
          assert.equal(response.status, 404);
          assert.match(((await response.json()) as { message: string }).message, /not built on this server/);
          continue;
        }
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('content-type'), 'application/octet-stream');
        assert.equal(response.headers.get('x-pcc-version'), PCC_VERSION);
        const body = Buffer.from(await response.arrayBuffer());
        assert.ok(body.equals(readFileSync(binaryPath(arch))), `${arch}: the built file`);
      }
    },
  );

  test(
    'where node is not on the PATH, the executable is installed: it captures, and sends to this portal',
    needsExecutable,
    async () => {
      // The portal's first user, signed up here or by the test before.
      const credentials = JSON.stringify({ username: 'admin', password: 'correct horse' });
      const post = { method: 'POST', headers: { 'content-type': 'application/json' }, body: credentials };
      const signup = await fetch(`${origin}/api/v1/auth/signup/`, post);
      const signedIn = signup.status === 201 ? signup : await fetch(`${origin}/api/v1/auth/token/`, post);
      assert.ok(signedIn.ok, await signedIn.clone().text());
      const { access } = (await signedIn.json()) as { access: string };
      const created = await fetch(`${origin}/api/v1/collectors/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${access}` },
        body: JSON.stringify({ machine_name: 'no-node-01', site_name: 'test' }),
      });
      assert.equal(created.status, 201);
      const collector = (await created.json()) as { id: string; install_command: string };
      const PATH = pathWithoutNode(join(scratch, 'path-without-node'));
      const noNode = spawnSync('bash', ['-c', 'command -v node'], { env: { PATH }, encoding: 'utf8' });
      assert.equal(noNode.status, 1, `node is not on that PATH: ${noNode.stdout}`);

      const prefix = join(scratch, 'no-node-root');
      const ran = await bash(
        collector.install_command,
        cleanEnv({ PATH, PA_INSTALL_PREFIX: prefix, PA_INSTALL_NO_SERVICE: '1' }),
      );
      assert.equal(ran.code, 0, ran.out);
      assert.match(ran.out, /Node\.js is not installed: installing the self-contained pcc for linux-/);
      const lib = isRoot ? '/opt/perfanalysis' : `${process.env.HOME}/.local/share/perfanalysis`;
      const bin = isRoot ? '/usr/local/bin' : `${process.env.HOME}/.local/bin`;
      const etc = isRoot ? '/etc/perfanalysis' : `${process.env.HOME}/.config/perfanalysis`;
      const agent = join(prefix, lib, 'pcc');
      const wrapper = join(prefix, bin, 'pcc');
      const envFile = join(prefix, etc, 'pcc.env');
      assert.ok(readFileSync(agent).equals(readFileSync(EXECUTABLE ?? '')), 'the executable, as served');
      assert.ok(!existsSync(join(prefix, lib, 'pcc.mjs')));

      const version = spawnSync(wrapper, ['--version'], { env: { PATH }, encoding: 'utf8' });
      assert.equal(version.stdout, `pcc ${PCC_VERSION}\n`, version.stderr);

      // A local capture, with nothing in the environment but that PATH.
      const capture = join(scratch, 'no-node.json');
      const local = spawnSync(
        wrapper,
        ['--quiet', '--duration', '1s', '--frequency', '200ms', '--collection', capture],
        { env: { PATH }, encoding: 'utf8' },
      );
      assert.equal(local.status, 0, local.stderr);
      const [header, ...snapshots] = readFileSync(capture, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      assert.ok(isCaptureHeader(header));
      assert.ok(snapshots.length >= 4, `${snapshots.length} snapshots`);

      // --daemon starts the executable again, with pcc's own arguments.
      const log = join(scratch, 'no-node-daemon.log');
      const detached = spawnSync(
        wrapper,
        ['--daemon', '--pid-file', join(scratch, 'no-node.pid'), '--log-file', log, '--duration', '1s'],
        { env: { PATH, PCC_COLLECTION: join(scratch, 'no-node-daemon.json') }, encoding: 'utf8' },
      );
      assert.equal(detached.status, 0, detached.stderr);
      await until('the detached run to end', () => readFileSync(log, 'utf8').includes('written to'));

      // A trickle run with the installed settings reaches this portal. (Not spawnSync: the portal is in here.)
      const trickle = await bash(
        `set -a && . '${envFile}' && set +a && exec '${wrapper}' --quiet --duration 3s`,
        { PATH },
      );
      assert.equal(trickle.code, 0, trickle.out);
      const seen = await fetch(`${origin}/api/v1/collectors/${collector.id}/`, {
        headers: { authorization: `Bearer ${access}` },
      });
      assert.equal(((await seen.json()) as { status: string }).status, 'live');
    },
  );

  test('as a user other than root: into the home directory, started with pcc --daemon', {
    skip: isRoot && !canSwitchUser() ? 'cannot run as nobody here' : false,
  }, async () => {
    const home = mkdtempSync(join(tmpdir(), 'pa-install-home-'));
    const uid = isRoot ? 65534 : (process.getuid?.() ?? 0);
    const gid = isRoot ? 65534 : (process.getgid?.() ?? 0);
    if (isRoot) chownSync(home, uid, gid);
    const script = await (await fetch(`${origin}/install.sh`)).text();
    const pidFile = join(home, '.local/state/perfanalysis/pcc.pid');
    try {
      const ran = await bash(
        script,
        cleanEnv({
          HOME: home,
          API_KEY: 'default.not-a-real-key',
          PCC_FREQUENCY: '1s',
          PATH: process.env.PATH,
        }),
        { uid, gid, cwd: home },
      );
      assert.equal(ran.code, 0, ran.out);
      const agent = join(home, '.local/share/perfanalysis/pcc.mjs');
      const wrapper = join(home, '.local/bin/pcc');
      const envFile = join(home, '.config/perfanalysis/pcc.env');
      assert.equal(statSync(agent).uid, uid);
      assert.equal(statSync(envFile).mode & 0o777, 0o600);
      assert.match(ran.out, /running in the background as pid \d+/);
      assert.match(ran.out, /is not on your PATH/);
      assert.match(ran.out, /@reboot/);
      await until('the pid file', () => readFileSync(pidFile, 'utf8').trim() !== '');
      const version = spawnSync(wrapper, ['--version'], { encoding: 'utf8', uid, gid });
      assert.equal(version.stdout, `pcc ${PCC_VERSION}\n`, version.stderr);
    } finally {
      stopDaemon(pidFile);
      rmSync(home, { recursive: true, force: true });
    }
  });
});

/** Root can run a child as nobody when nobody may execute node and bash. */
function canSwitchUser(): boolean {
  const probe = spawnSync(process.execPath, ['--version'], { uid: 65534, gid: 65534, encoding: 'utf8' });
  return probe.status === 0;
}

/** Stops the agent the test's install started, by the pid it wrote. */
function stopDaemon(pidFile: string): void {
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(pidFile, 'utf8'), 10);
  } catch {
    return;
  }
  if (pid > 0) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
