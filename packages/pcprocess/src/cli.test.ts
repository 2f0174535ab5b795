import assert from 'node:assert/strict';
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { captureLines, withTempDir, writeCapture } from './capture-fixture.test-support.js';
import { OUTPUT_FILES } from './csv-writers.js';

const BIN = fileURLToPath(new URL('../bin/pcprocess.js', import.meta.url));

/** Runs the command with only the given PCR_ variables set. */
function pcprocess(args: readonly string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('PCR_')));
  return spawnSync(process.execPath, [BIN, ...args], { env: { ...base, ...env }, encoding: 'utf8' });
}

test('the seed workflow: PCR_COLLECTION and PCR_OUTDIR', async () => {
  await withTempDir(async (dir) => {
    const collection = await writeCapture(dir, 'loadtest.json', captureLines(4));
    const outdir = join(dir, 'csv');
    const run = pcprocess([], { PCR_COLLECTION: collection, PCR_OUTDIR: outdir });
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    assert.equal(run.stdout, `pcprocess: 3 samples written to ${outdir}: ${OUTPUT_FILES.join(', ')}\n`);
    assert.deepEqual((await readdir(outdir)).sort(), [...OUTPUT_FILES].sort());
    const host = (await readFile(join(outdir, 'host.csv'), 'utf8')).split('\n');
    assert.equal(host.length, 5);
    assert.match(host[1] ?? '', /^2024-01-01T00:00:01\.000Z,30,10,5,50,5,8192,2048,6144,/);
  });
});

test('flags override the environment; --quiet prints nothing; the default outdir is beside the capture', async () => {
  await withTempDir(async (dir) => {
    const collection = await writeCapture(dir, 'run.json', captureLines(3));
    const run = pcprocess(['--collection', collection, '--quiet'], {
      PCR_COLLECTION: join(dir, 'missing.json'),
    });
    assert.equal(run.status, 0);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, '');
    assert.deepEqual((await readdir(join(dir, 'csv'))).length, OUTPUT_FILES.length);
  });
});

test('a truncated last line is a warning, not an error', async () => {
  await withTempDir(async (dir) => {
    const collection = await writeCapture(dir, 'run.json', `${captureLines(3)}{"time":17`);
    const run = pcprocess(['--collection', collection, '-q']);
    assert.equal(run.status, 0);
    assert.match(run.stderr, /^pcprocess: warning: skipped the truncated last line of .*run\.json\n$/);
  });
});

test('failures: one line on stderr and exit code 1, no stack trace', async () => {
  await withTempDir(async (dir) => {
    const missing = pcprocess([], { PCR_COLLECTION: join(dir, 'nope.json') });
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr, `pcprocess: ${join(dir, 'nope.json')}: no such file or directory\n`);

    const lines = captureLines(4).split('\n');
    lines[2] = '{broken';
    const collection = await writeCapture(dir, 'bad.json', lines.join('\n'));
    const bad = pcprocess(['--collection', collection, '--outdir', join(dir, 'out')]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /^pcprocess: .*bad\.json, line 3: malformed JSON \(.*\)\n$/);
    assert.deepEqual((await readdir(dir)).sort(), ['bad.json']);
  });
});

test('usage errors: every problem, then a hint, and exit code 2', () => {
  const run = pcprocess(['--nope', '--disk-exclude', '(']);
  assert.equal(run.status, 2);
  const lines = run.stderr.trimEnd().split('\n');
  assert.deepEqual(lines[0], 'pcprocess: unknown option --nope');
  assert.ok(lines.some((line) => line.startsWith('pcprocess: no capture file: set PCR_COLLECTION')));
  assert.ok(
    lines.some((line) => line.startsWith('pcprocess: --disk-exclude: not a valid regular expression')),
  );
  assert.equal(lines.at(-1), "Try 'pcprocess --help' for more information.");
  assert.equal(run.stdout, '');
});

test('--help and --version', async () => {
  const help = pcprocess(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: pcprocess \[options\]/);
  assert.match(help.stdout, /PCR_COLLECTION/);
  assert.match(help.stdout, /--disk-totals-exclude RE/);
  const version = pcprocess(['--version']);
  assert.equal(version.status, 0);
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  assert.equal(version.stdout, `pcprocess ${pkg.version}\n`);
});
