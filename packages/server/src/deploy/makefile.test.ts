import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort } from '@perfanalysis/pcc/free-port';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const make = (...args: string[]): string =>
  execFileSync('make', ['-s', '-C', ROOT, ...args], { encoding: 'utf8' });

test("the seeds' make targets are thin calls of the documented commands", () => {
  // npm sets NODE for its scripts (npm test runs this), and the Makefile's NODE ?= node takes it.
  const perfanalysis = `${process.env.NODE ?? 'node'} ${join(ROOT, 'packages/server/bin/perfanalysis.js')}`;
  const start = [
    'mkdir -p data',
    `nohup ${perfanalysis} serve --local-agent >>data/perfanalysis.log 2>&1 & echo $! >data/perfanalysis.pid`,
    `${perfanalysis} health --wait 120`,
  ].join('\n');
  assert.equal(
    make('-n', 'init'),
    `npm install --no-audit --no-fund\n${perfanalysis} migrate\nmake -s start\n${start}\n`,
  );
  assert.equal(make('-n', 'start'), `${start}\n`);
  assert.equal(make('-n', 'stop'), 'kill $(cat data/perfanalysis.pid) && rm data/perfanalysis.pid\n');
  assert.equal(make('-n', 'build'), 'npm run build\n');
  assert.equal(make('-n', 'health'), `${perfanalysis} health\n`);
  assert.equal(make('-n', 'test'), 'npm test\n');
  assert.equal(make('-n', 'up'), 'docker-compose up -d\n');
});

test('make start leaves a healthy server running in the background, and make stop stops it', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pa-make-start-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));
  const env = {
    ...process.env,
    PA_DATA_DIR: dataDir,
    PA_PORTAL_PORT: String(await freePort()),
    PA_INGEST_PORT: String(await freePort()),
  };
  const started = execFileSync('make', ['-s', '-C', ROOT, 'start'], { encoding: 'utf8', env });
  const pid = Number(readFileSync(join(dataDir, 'perfanalysis.pid'), 'utf8'));
  after(() => {
    try {
      process.kill(pid);
    } catch {}
  });
  assert.match(started, /^✓ portal: healthy at http:\/\/127\.0\.0\.1:\d+ /m);
  assert.match(started, /^✓ ingest: healthy/m);
  const home = await fetch(`http://127.0.0.1:${env.PA_PORTAL_PORT}/`);
  assert.equal(home.status, 200);
  execFileSync('make', ['-s', '-C', ROOT, 'stop'], { encoding: 'utf8', env });
  await waitFor(() => !running(pid));
  assert.equal(existsSync(join(dataDir, 'perfanalysis.pid')), false);
  assert.match(readFileSync(join(dataDir, 'perfanalysis.log'), 'utf8'), /8000|portal/i);
});

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !condition(); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(condition(), 'in time');
}

test('make install puts working perfanalysis, pcd, pcc, pcctl and pcprocess commands in PREFIX/bin', () => {
  const prefix = mkdtempSync(join(tmpdir(), 'pa-make-'));
  after(() => rmSync(prefix, { recursive: true, force: true }));
  make('install', `PREFIX=${prefix}`);
  for (const program of ['perfanalysis', 'pcd', 'pcc', 'pcctl', 'pcprocess']) {
    const version = execFileSync(join(prefix, 'bin', program), ['--version'], { encoding: 'utf8' });
    assert.match(version, new RegExp(`^${program} \\d+\\.\\d+\\.\\d+`), program);
  }
});
