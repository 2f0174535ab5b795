import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const make = (...args: string[]): string =>
  execFileSync('make', ['-s', '-C', ROOT, ...args], { encoding: 'utf8' });

test("the seeds' make targets are thin calls of the documented commands", () => {
  // npm sets NODE for its scripts (npm test runs this), and the Makefile's NODE ?= node takes it.
  const perfanalysis = `${process.env.NODE ?? 'node'} ${join(ROOT, 'packages/server/bin/perfanalysis.js')}`;
  assert.equal(make('-n', 'init'), `npm install --no-audit --no-fund\n${perfanalysis} migrate\n`);
  assert.equal(make('-n', 'build'), 'npm run build\n');
  assert.equal(make('-n', 'health'), `${perfanalysis} health\n`);
  assert.equal(make('-n', 'test'), 'npm test\n');
  assert.equal(make('-n', 'up'), 'docker-compose up -d\n');
});

test('make install puts working perfanalysis, pcd, pcc, pcctl and pcprocess commands in PREFIX/bin', () => {
  const prefix = mkdtempSync(join(tmpdir(), 'pa-make-'));
  after(() => rmSync(prefix, { recursive: true, force: true }));
  make('install', `PREFIX=${prefix}`);
  for (const program of ['perfanalysis', 'pcd', 'pcc', 'pcctl', 'pcprocess']) {
    const version = execFileSync(join(prefix, 'bin', program), ['--version'], { encoding: 'utf8' });
    assert.match(version, new RegExp(`^${program} \\d+\\.\\d+\\.\\d+`), program);
  }
});
