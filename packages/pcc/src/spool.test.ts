import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Spool } from './spool.js';

const root = mkdtempSync(join(tmpdir(), 'pcc-spool-'));
after(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = (): string => join(root, String(++n));

test('lines come out in order, and only acknowledged ones are consumed', () => {
  const spool = new Spool(freshDir(), 1e9);
  for (let i = 0; i < 10; i++) spool.append(JSON.stringify({ i }));
  const first = spool.peek(4);
  assert.deepEqual(first.lines, ['{"i":0}', '{"i":1}', '{"i":2}', '{"i":3}']);
  assert.deepEqual(spool.peek(4).lines, first.lines, 'peek does not consume');
  spool.ack(first.end);
  assert.deepEqual(spool.peek(100).lines.length, 6);
  spool.ack(spool.peek(100).end);
  assert.equal(spool.pendingBytes, 0);
  assert.deepEqual(spool.peek(10).lines, []);
  spool.close();
});

test('what was not acknowledged survives a restart of pcc, and a half-written last line is dropped', () => {
  const dir = freshDir();
  const spool = new Spool(dir, 1e9);
  for (let i = 0; i < 5; i++) spool.append(JSON.stringify({ i }));
  spool.ack(spool.peek(2).end);
  spool.close();
  const segment = readdirSync(dir).find((name) => name.endsWith('.jsonl')) ?? '';
  appendFileSync(join(dir, segment), '{"i":5, "half');
  const again = new Spool(dir, 1e9);
  again.append('{"i":6}');
  assert.deepEqual(again.peek(100).lines, ['{"i":2}', '{"i":3}', '{"i":4}', '{"i":6}']);
  again.close();
});

test('the spool is bounded: the oldest samples go, with a warning', () => {
  const warnings: string[] = [];
  const spool = new Spool(freshDir(), 6 * 1024 * 1024, (message) => warnings.push(message));
  const line = 'x'.repeat(1023);
  for (let i = 0; i < 12 * 1024; i++) spool.append(`${i}:${line}`);
  assert.ok(spool.pendingBytes <= 6 * 1024 * 1024, `${spool.pendingBytes} bytes pending`);
  assert.equal(warnings.length > 0, true);
  assert.match(warnings[0] ?? '', /spool full .*dropped the oldest/);
  const [oldest] = spool.peek(1).lines;
  assert.ok(Number.parseInt(oldest ?? '', 10) > 0, 'the oldest lines were dropped');
  spool.close();
});

test('segments are deleted once acknowledged', () => {
  const dir = freshDir();
  const spool = new Spool(dir, 1e9);
  const line = 'y'.repeat(1023);
  for (let i = 0; i < 9 * 1024; i++) spool.append(line);
  assert.equal(readdirSync(dir).filter((name) => name.endsWith('.jsonl')).length, 3);
  for (let batch = spool.peek(1000); batch.lines.length > 0; batch = spool.peek(1000)) spool.ack(batch.end);
  assert.equal(readdirSync(dir).filter((name) => name.endsWith('.jsonl')).length, 1);
  spool.close();
});

test('a bound of 1 MiB holds within a segment, dropping the oldest samples one by one, not whole segments', () => {
  const dir = freshDir();
  const warnings: string[] = [];
  const bound = 1024 * 1024;
  const spool = new Spool(dir, bound, (message) => warnings.push(message));
  const line = (i: number): string => `${String(i).padStart(6, '0')}:${'z'.repeat(3000)}`;
  for (let i = 0; i < 1000; i++) spool.append(line(i));
  const lineBytes = line(0).length + 1;
  assert.ok(spool.pendingBytes <= bound, `${spool.pendingBytes} bytes pending`);
  assert.ok(spool.pendingBytes > bound - lineBytes, `only ${spool.pendingBytes} bytes kept`);
  const kept = spool.peek(10_000).lines.map((l) => Number.parseInt(l, 10));
  assert.equal(kept.length, Math.floor(bound / lineBytes));
  assert.deepEqual(
    kept,
    kept.map((_, i) => 1000 - kept.length + i),
    'the newest samples are kept, in order',
  );
  assert.equal(spool.droppedSamples, 1000 - kept.length);
  assert.equal(spool.pendingSamples(), kept.length);
  const onDisk = readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
  assert.ok(onDisk <= bound * 1.1, `${onDisk} bytes on disk`);
  assert.equal(warnings.length, 1, 'one warning a minute, not one a sample');
  assert.match(warnings[0] ?? '', /spool full \(over 1 MiB unsent\): dropped the oldest \d+ samples/);
  spool.close();
  const again = new Spool(dir, bound);
  assert.equal(
    again.peek(10_000).lines.length,
    kept.length,
    'what was dropped stays dropped after a restart',
  );
  again.close();
});

test('durable appends resolve once synced, a burst shares one sync, and a segment roll loses nothing', async () => {
  const dir = freshDir();
  const spool = new Spool(dir, 64 * 1024); // segments of 4 KiB: the burst below rolls several times
  const line = (i: number) => JSON.stringify({ i, pad: 'x'.repeat(200) });
  const burst = Array.from({ length: 60 }, (_, i) => spool.appendDurably(line(i)));
  assert.equal(new Set(burst).size, 1, 'one fdatasync for the appends of one turn');
  await Promise.all(burst);
  const later = spool.appendDurably(line(60));
  assert.notEqual(later, burst[0], 'an append after the sync started waits for a sync of its own');
  await later;
  spool.close();
  const again = new Spool(dir, 64 * 1024);
  assert.deepEqual(
    again.peek(100).lines,
    Array.from({ length: 61 }, (_, i) => line(i)),
  );
  again.close();
});
