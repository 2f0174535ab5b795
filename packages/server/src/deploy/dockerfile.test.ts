import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort } from '@perfanalysis/pcc/free-port';
import { healthy, type Running, run, until } from '../e2e/processes.test-support.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** A Dockerfile's stages: the commands each RUNs (continuations joined) and its ENV and CMD. */
function stages(text: string): { runs: string[]; env: Record<string, string>; cmd: string[] }[] {
  const out: { runs: string[]; env: Record<string, string>; cmd: string[] }[] = [];
  const lines = text.replace(/\\\n/g, ' ').split('\n');
  for (const line of lines) {
    const [instruction = '', ...rest] = line.trim().split(/\s+/);
    const argument = rest.join(' ');
    if (instruction === 'FROM') out.push({ runs: [], env: {}, cmd: [] });
    const stage = out.at(-1);
    if (!stage) continue;
    if (instruction === 'RUN') stage.runs.push(argument);
    if (instruction === 'CMD') stage.cmd = JSON.parse(argument) as string[];
    if (instruction === 'ENV')
      for (const pair of argument.split(/\s+/)) {
        const [name = '', value = ''] = pair.split('=');
        stage.env[name] = value;
      }
  }
  return out;
}

test('the Dockerfile parses into a build stage and a small non-root runtime stage', () => {
  const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const [build, runtime] = stages(text);
  assert.deepEqual(build?.runs, [
    'npm ci --no-audit --no-fund',
    'npm run release -- --out release',
    'mkdir app && tar -xzf release/perfanalysis-*.tgz -C app --strip-components=1',
    'cd app && npm ci --omit=dev --no-audit --no-fund',
    'if [ "$PCC_BINARIES" = 1 ]; then npm run build:binary -w @perfanalysis/pcc && cp packages/pcc/dist/pcc-linux-* app/packages/pcc/dist/; fi',
  ]);
  assert.deepEqual(runtime?.cmd, ['perfanalysis', 'serve']);
  assert.match(text, /\nUSER node\n/);
  assert.match(text, /\nVOLUME \/var\/lib\/perfanalysis\n/);
});

test('docker-compose.yml: the portal (xatbackend, as in the user guide), pcd and PostgreSQL with a volume and health checks (docker-compose config)', (t) => {
  const check = spawnSync('docker-compose', ['-f', join(ROOT, 'docker-compose.yml'), 'config'], {
    encoding: 'utf8',
  });
  if (check.error) return t.skip('docker-compose is not installed');
  assert.equal(check.status, 0, check.stderr);
  for (const service of ['postgres:', 'xatbackend:', 'pcd:', 'postgres_data:'])
    assert.ok(check.stdout.includes(service), `${service} missing in:\n${check.stdout}`);
  assert.equal(check.stdout.match(/healthcheck:/g)?.length, 3);
});

/**
 * Every command of the Dockerfile's build stage, run as written in a clean copy of the sources (what the
 * build context holds), then the runtime stage's CMD from the result as a non-root user. It downloads the
 * dependencies and builds everything (minutes): set PA_DOCKERFILE_TEST=1 to run it.
 */
test("the Dockerfile's commands, run in a clean directory, give a server that starts as a non-root user", {
  skip: process.env.PA_DOCKERFILE_TEST !== '1' && 'set PA_DOCKERFILE_TEST=1 (downloads and builds, minutes)',
  timeout: 1_200_000,
}, async () => {
  const work = mkdtempSync(join(tmpdir(), 'pa-docker-'));
  chmodSync(work, 0o755);
  const src = join(work, 'src');
  let server: Running | undefined;
  after(() => rmSync(work, { recursive: true, force: true }));
  try {
    // The build context: the sources without what .dockerignore leaves out (node_modules, dist, data…).
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    for (const file of files.split('\n').filter((f) => f !== '' && existsSync(join(ROOT, f)))) {
      mkdirSync(dirname(join(src, file)), { recursive: true });
      cpSync(join(ROOT, file), join(src, file));
    }
    const [build, runtime] = stages(readFileSync(join(src, 'Dockerfile'), 'utf8'));
    for (const command of build?.runs ?? []) {
      const result = spawnSync('sh', ['-c', command], {
        cwd: src,
        encoding: 'utf8',
        env: { ...process.env, ...build?.env },
      });
      assert.equal(result.status, 0, `${command}\n${result.stdout}\n${result.stderr}`);
    }
    // The runtime stage copies the installed release, app/, and nothing else.
    const app = join(src, 'app');
    assert.ok(existsSync(join(app, 'packages/pcc/dist/pcc.bundle.mjs')), 'the agent bundle');
    assert.ok(existsSync(join(app, 'packages/web/dist/public/index.html')), 'the web app');
    assert.equal(existsSync(join(app, 'node_modules/typescript')), false, 'no dev dependencies');

    // The image's user `node` (uid 1000) has its own home, /home/node, and owns the data directory.
    const [data, home] = [join(work, 'data'), join(work, 'home')];
    for (const dir of [data, home]) {
      mkdirSync(dir, { mode: 0o700 });
      chownSync(dir, 1000, 1000);
    }
    const [portal, ingest] = [await freePort(), await freePort()];
    const [program = '', ...args] = runtime?.cmd ?? [];
    const bin = join(app, 'packages/server/bin', `${program}.js`);
    server = runAs1000(bin, args, {
      ...runtime?.env,
      HOME: home,
      PA_DATA_DIR: data,
      PA_PORTAL_PORT: String(portal),
      PA_INGEST_PORT: String(ingest),
    });
    const started = server;
    await until('the portal', () => healthy(portal), 300_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${started.output()}`);
    });
    await until('pcd', () => healthy(ingest), 60_000);
    assert.equal(await server.stop(), 0, server.output());
  } finally {
    await server?.stop('SIGKILL');
  }
});

/** The runtime stage's command, as uid 1000 (the image's `node` user), with the Dockerfile's environment. */
function runAs1000(bin: string, args: readonly string[], env: NodeJS.ProcessEnv): Running {
  return run([bin, ...args], env, ['setpriv', '--reuid=1000', '--regid=1000', '--clear-groups', '--']);
}
