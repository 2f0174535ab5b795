#!/usr/bin/env node
// npm run release [-- --out DIR]: builds every package once, then packs what runs — the server, the web app
// and the agent bundle — as release/perfanalysis-<version>.tgz. Unpacked anywhere, `npm ci --omit=dev`
// installs it with Node alone (no TypeScript, no bundlers: nothing is built there) and
// `node packages/server/bin/perfanalysis.js serve` runs it. Plain JavaScript, so that it needs no build.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean' } } });
if (values.help) {
  console.log('usage: npm run release [-- --out DIR]   (default DIR: release/)');
  process.exit(0);
}
const out = resolve(values.out ?? join(ROOT, 'release'));
const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const name = `perfanalysis-${root.version}`;

execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });

/** Compiled tests, their support and build state: nothing a running server loads. */
const leftOut = (file) =>
  /\.test(-support)?\.(js|d\.ts|js\.map)$/.test(file) ||
  file.endsWith('.tsbuildinfo') ||
  file.includes('/e2e/') ||
  file.endsWith('/test-support');

const stage = join(out, name);
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
for (const file of ['LICENSE', 'README.md', 'CHANGELOG.md', 'ARCHITECTURE.md', 'package-lock.json', 'docs']) {
  if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(stage, file), { recursive: true });
}
// The root manifest without the build scripts: `prepare` would need tsc, which --omit=dev leaves out.
const { devDependencies: _dev, scripts: _scripts, ...manifest } = root;
manifest.scripts = { start: 'perfanalysis serve' };
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

for (const workspace of root.workspaces) {
  const from = join(ROOT, workspace);
  const to = join(stage, workspace);
  mkdirSync(to, { recursive: true });
  // Every workspace's manifest stays, so the lock file still describes the tree.
  for (const file of ['package.json', 'README.md', 'bin']) {
    if (existsSync(join(from, file))) cpSync(join(from, file), join(to, file), { recursive: true });
  }
  if (workspace === 'packages/bench' || !existsSync(join(from, 'dist'))) continue;
  cpSync(join(from, 'dist'), join(to, 'dist'), {
    recursive: true,
    filter: (path) => !leftOut(relative(from, path)),
  });
}

const missing = ['packages/pcc/dist/pcc.bundle.mjs', 'packages/web/dist/public/index.html'].filter(
  (file) => !existsSync(join(stage, file)),
);
if (missing.length > 0) throw new Error(`release: the build did not produce ${missing.join(', ')}`);

const tarball = join(out, `${name}.tgz`);
execFileSync('tar', ['-czf', tarball, '-C', out, name]);
rmSync(stage, { recursive: true, force: true });
const megabytes = (statSync(tarball).size / 1e6).toFixed(1);
console.log(`${tarball} (${megabytes} MB): tar -xzf it, then npm ci --omit=dev in ${name}/`);
