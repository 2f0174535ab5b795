import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { constants, gunzipSync } from 'node:zlib';
import { isCaptureHeader } from '@perfanalysis/shared';
import { pcc } from './pcc-process.test-support.js';
import { nextTick } from './scheduler.js';

const dir = mkdtempSync(join(tmpdir(), 'pcc-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A capture's text, gzip or not; a gzip file cut off mid-stream decompresses up to its last flush. */
const readCapture = (file: string): string => {
  const raw = readFileSync(file);
  return file.endsWith('.gz')
    ? gunzipSync(raw, { finishFlush: constants.Z_SYNC_FLUSH }).toString()
    : raw.toString();
};

/** How many whole lines a capture being written holds so far (0 before its first gzip block is flushed). */
const linesSoFar = (file: string): number => {
  try {
    return readCapture(file).split('\n').length - 1;
  } catch {
    return 0;
  }
};

const lines = (text: string): unknown[] =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

test('local mode writes a header and a snapshot per tick, then a summary', async () => {
  const collection = join(dir, 'run.json');
  const result = await pcc([], {
    PCC_DURATION: '1s',
    PCC_FREQUENCY: '200ms',
    PCC_COLLECTION: collection,
    PCC_HOSTNAME: 'test-vm-01',
  });
  assert.equal(result.code, 0, result.stderr);
  const [header, ...snapshots] = lines(readFileSync(collection, 'utf8'));
  assert.ok(isCaptureHeader(header));
  assert.equal(header.host.hostname, 'test-vm-01');
  assert.equal(header.frequency, 0.2);
  // The schedule follows from the header alone: a baseline, then the 200 ms wall-clock ticks from half an
  // interval after the start until the start plus the duration (exclusive). A loaded machine may skip a
  // tick but never adds one, stamps one off the grid, or goes past the end.
  const started = Date.parse(header.start);
  const first = nextTick(started + 100, 200);
  const possible: number[] = [];
  for (let tick = first; tick < started + 1000; tick += 200) possible.push(tick);
  const ticks = snapshots.slice(1).map((s) => (s as { time: number }).time);
  assert.ok(ticks.length >= 1, 'at least one tick after the baseline');
  for (const time of ticks) assert.ok(possible.includes(time), `${time} is one of ${possible.join(', ')}`);
  assert.deepEqual(
    ticks,
    [...new Set(ticks)].sort((a, b) => a - b),
    'each tick once, in order',
  );
  assert.match(result.stdout, /samples in .* written to .*run\.json/);
  assert.match(result.stdout, /CPU busy/);
});

test('SIGTERM ends the file cleanly, and a gzip capture killed outright still decompresses', async () => {
  for (const [name, signal] of [
    ['term.json', 'SIGTERM'],
    ['killed.json.gz', 'SIGKILL'],
  ] as const) {
    const collection = join(dir, name);
    // Stopped once the file holds the header and four snapshots, however long a loaded machine takes.
    const result = await pcc(['--frequency', '100ms', '--collection', collection], {}, (child) => {
      const poll = setInterval(() => {
        if (linesSoFar(collection) < 5) return;
        clearInterval(poll);
        child.kill(signal);
      }, 50);
      child.on('exit', () => clearInterval(poll));
    });
    const text = readCapture(collection);
    if (signal === 'SIGTERM') {
      assert.equal(result.code, 0, result.stderr);
      assert.ok(text.endsWith('\n'));
    }
    const all = lines(text);
    assert.ok(isCaptureHeader(all[0]));
    assert.ok(all.length >= 5, `${name}: ${all.length} lines`);
  }
});

test('bad input gets one clear line and a non-zero exit', async () => {
  const badDuration = await pcc([], { PCC_DURATION: 'ten minutes' });
  assert.equal(badDuration.code, 2);
  assert.match(
    badDuration.stderr,
    /^pcc: duration \(--duration, PCC_DURATION\): "ten minutes" is not a duration/,
  );
  const unwritable = await pcc(['--duration', '1s', '--collection', '/nonexistent/dir/x.json']);
  assert.equal(unwritable.code, 1);
  assert.equal(unwritable.stderr, 'pcc: cannot write the capture file /nonexistent/dir/x.json: ENOENT\n');
  const help = await pcc(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /PCC_DURATION/);
  const version = await pcc(['--version']);
  assert.match(version.stdout, /^pcc \d+\.\d+\.\d+\n$/);
});
