#!/usr/bin/env node
// node scripts/run-tests.mjs DIR|FILE… [-- node --test options]: runs every *.test.js under the folders given with
// `node --test`. Node 20 finds the tests in a folder itself, but from Node 22 on a folder argument is taken as
// one file (nothing runs) and globs are needed, which Node 20 lacks: so the files are listed here, for both.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const split = args.indexOf('--');
const dirs = split === -1 ? args : args.slice(0, split);
const options = split === -1 ? [] : args.slice(split + 1);
const files = dirs.flatMap((dir) =>
  dir.endsWith('.test.js')
    ? [dir]
    : readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.test.js') && !file.split('/').includes('node_modules'))
        .map((file) => join(dir, file))
        .sort(),
);
if (files.length === 0) {
  console.error(`run-tests: no *.test.js under ${dirs.join(', ') || '(no folder given)'}: build first`);
  process.exit(1);
}
const { status, signal } = spawnSync(process.execPath, ['--test', ...options, ...files], {
  stdio: 'inherit',
});
process.exit(status ?? (signal ? 1 : 0));
