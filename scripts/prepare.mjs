#!/usr/bin/env node
// npm's `prepare` (after npm install / npm ci): builds everything, as `npm run build` does. Without the dev
// dependencies (npm ci --omit=dev) there is no TypeScript to build with: then the build already made is
// used, or the install fails saying how to get one (`npm run release` makes a tarball that needs no build).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
if (existsSync(join(ROOT, 'node_modules/typescript'))) {
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
} else if (!existsSync(join(ROOT, 'packages/server/dist/cli/main.js'))) {
  console.error(
    'perfanalysis: nothing is built and TypeScript is not installed (--omit=dev?): run a full `npm ci` and ' +
      '`npm run build`, or install the tarball `npm run release` makes, which needs no build',
  );
  process.exit(1);
}
