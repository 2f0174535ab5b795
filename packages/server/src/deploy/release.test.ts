import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort } from '@perfanalysis/pcc/free-port';
import { healthy, type Running, run, until } from '../e2e/processes.test-support.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * `npm run release`, its tarball unpacked in an empty directory, `npm ci --omit=dev` there (no TypeScript,
 * no bundler: a `prepare` that built would fail), then the server it installed: both roles answer /healthz and
 * the portal serves the web app and the agent bundle. It downloads the dependencies (minutes): set
 * PA_RELEASE_TEST=1 to run it (.ci/run does).
 */
test('the release tarball installs with npm ci --omit=dev and its server starts', {
  skip: process.env.PA_RELEASE_TEST !== '1' && 'set PA_RELEASE_TEST=1 (builds, downloads, minutes)',
  timeout: 1_200_000,
}, async () => {
  const work = mkdtempSync(join(tmpdir(), 'pa-release-'));
  let server: Running | undefined;
  after(() => rmSync(work, { recursive: true, force: true }));
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts/release.mjs'), '--out', join(work, 'out')], {
      stdio: 'pipe',
    });
    const [tarball, ...others] = readdirSync(join(work, 'out'));
    assert.match(tarball ?? '', /^perfanalysis-\d+\.\d+\.\d+\.tgz$/);
    assert.deepEqual(others, []);
    execFileSync('tar', ['-xzf', join(work, 'out', tarball ?? ''), '-C', work]);
    const app = join(work, (tarball ?? '').replace(/\.tgz$/, ''));
    const testOnly = readdirSync(join(app, 'packages'), { recursive: true, encoding: 'utf8' }).filter(
      (file) => /test-support|fixture/.test(file),
    );
    assert.deepEqual(testOnly, [], 'test support in the release');
    const install = spawnSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], {
      cwd: app,
      encoding: 'utf8',
    });
    assert.equal(install.status, 0, `${install.stdout}\n${install.stderr}`);
    assert.doesNotMatch(install.stderr, /EBADENGINE/);
    for (const dev of ['typescript', 'vite', 'esbuild', '@biomejs/biome'])
      assert.equal(existsSync(join(app, 'node_modules', dev)), false, `${dev} installed`);

    const [portal, ingest] = [await freePort(), await freePort()];
    server = run([join(app, 'packages/server/bin/perfanalysis.js'), 'serve', '--host', '127.0.0.1'], {
      PA_DATA_DIR: join(work, 'data'),
      PA_PORTAL_PORT: String(portal),
      PA_INGEST_PORT: String(ingest),
    });
    const started = server;
    await until('the portal', () => healthy(portal), 300_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${started.output()}`);
    });
    await until('pcd', () => healthy(ingest), 60_000);
    const page = await fetch(`http://127.0.0.1:${portal}/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<div id="app">/);
    const agent = await fetch(`http://127.0.0.1:${portal}/install/pcc.mjs`);
    assert.equal(agent.status, 200, 'the agent bundle');
    assert.equal(await server.stop(), 0, server.output());
  } finally {
    await server?.stop('SIGKILL');
  }
});
