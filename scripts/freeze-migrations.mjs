#!/usr/bin/env node
// npm run migrations:freeze — at a release, before its tag: adds every migration not yet in
// packages/storage/src/migrations/released.json to it, with the SHA-256 of its SQL. From then on a test fails
// when a released migration's SQL changes or it disappears (released migrations are frozen: add a new one).
// Refuses, changing nothing, when a released migration has already changed. Commit the file with the release.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
execFileSync('npx', ['tsc', '-b', 'packages/storage'], { cwd: ROOT, stdio: 'inherit' });
const dist = join(ROOT, 'packages/storage/dist/migrations');
const { MIGRATIONS } = await import(join(dist, 'index.js'));
const { frozenViolations, withAllReleased } = await import(join(dist, 'released.js'));

const file = join(ROOT, 'packages/storage/src/migrations/released.json');
const released = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
const violations = frozenViolations(released, MIGRATIONS);
if (violations.length > 0) {
  console.error(violations.join('\n'));
  process.exit(1);
}
const next = withAllReleased(released, MIGRATIONS);
writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
const added = Object.keys(next).filter((name) => !(name in released));
console.log(added.length > 0 ? `released.json: added ${added.join(', ')}` : 'released.json: nothing to add');
