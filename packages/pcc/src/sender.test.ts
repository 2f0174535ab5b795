import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { IngestClient, retryAfterMs } from './ingest-client.js';
import { sendSpool } from './sender.js';
import { Spool } from './spool.js';

const root = mkdtempSync(join(tmpdir(), 'pcc-sender-'));
after(() => rmSync(root, { recursive: true, force: true }));

/**
 * A stand-in ingest server whose answers the test scripts: a status per request, then 200 — or 400 for any
 * batch holding a sample whose `i` is in `refused`.
 */
async function fakeServer(
  statuses: number[],
  refused: readonly number[] = [],
): Promise<{ server: Server; url: string; received: number[][] }> {
  const received: number[][] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const body = req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
    const batch = (JSON.parse(body.toString()).samples as { i: number }[]).map((s) => s.i);
    const status = statuses.shift() ?? (batch.some((i) => refused.includes(i)) ? 400 : 200);
    assert.equal(req.headers.authorization, 'ApiKey key-1');
    if (status === 200) received.push(batch);
    res
      .writeHead(status, { 'content-type': 'application/json' })
      .end(JSON.stringify({ error: { message: 'nope' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

const options = { batchLines: 4, pauseMs: 10, maxBackoffMs: 20, onWarning: () => {} };

test('sends in order, retries a failing server, halves a batch too large', async () => {
  const { server, url, received } = await fakeServer([503, 413]);
  const spool = new Spool(join(root, 'a'), 1e9);
  for (let i = 0; i < 10; i++) spool.append(JSON.stringify({ i }));
  const warnings: string[] = [];
  await sendSpool(
    spool,
    new IngestClient(url, 'key-1', 'test'),
    AbortSignal.timeout(10_000),
    {
      ...options,
      onWarning: (message) => warnings.push(message),
    },
    true,
  );
  server.close();
  // 503: retried; 413: halved to 2 for good.
  assert.deepEqual(received, [
    [0, 1],
    [2, 3],
    [4, 5],
    [6, 7],
    [8, 9],
  ]);
  assert.equal(spool.pendingBytes, 0);
  assert.match(warnings.join('\n'), /cannot send to the server \(HTTP 503: nope\)/);
  spool.close();
});

test('a refused sample is dropped alone: the good samples of its batch are sent, then batches grow back', async () => {
  const { server, url, received } = await fakeServer([], [5]);
  const spool = new Spool(join(root, 'c'), 1e9);
  for (let i = 0; i < 12; i++) spool.append(JSON.stringify({ i }));
  const warnings: string[] = [];
  await sendSpool(
    spool,
    new IngestClient(url, 'key-1', 'test'),
    AbortSignal.timeout(10_000),
    { ...options, onWarning: (message) => warnings.push(message) },
    true,
  );
  server.close();
  // [4..7] refused: halved to [4,5], refused, halved again: [4], [5] dropped, [6], [7]; then 4 at a time.
  assert.deepEqual(received, [[0, 1, 2, 3], [4], [6], [7], [8, 9, 10, 11]]);
  assert.equal(spool.pendingBytes, 0);
  assert.deepEqual(warnings, ['the server refused a sample (HTTP 400: nope); dropped it']);
  spool.close();
});

test('with the server away, nothing is acknowledged and everything stays spooled', async () => {
  const { server, url } = await fakeServer([]);
  server.close();
  const spool = new Spool(join(root, 'b'), 1e9);
  for (let i = 0; i < 3; i++) spool.append(JSON.stringify({ i }));
  await sendSpool(spool, new IngestClient(url, 'key-1', 'test'), AbortSignal.timeout(300), options);
  assert.equal(spool.peek(10).lines.length, 3);
  spool.close();
});

test('a 503 with Retry-After is not sent again before then, and the batch stays spooled meanwhile', async () => {
  const times: number[] = [];
  let answered = 0;
  const server = createServer(async (req, res) => {
    for await (const _ of req);
    times.push(Date.now());
    answered += 1;
    if (answered === 1) res.writeHead(503, { 'retry-after': '2' }).end('{}');
    else res.writeHead(200, { 'content-type': 'application/json' }).end('{"stored":3,"duplicates":0}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const spool = new Spool(join(root, 'retry-after'), 1e9);
  for (let i = 0; i < 3; i++) spool.append(JSON.stringify({ i }));
  const sent = await sendSpool(
    spool,
    new IngestClient(url, 'key-1', 'test'),
    AbortSignal.timeout(10_000),
    options,
    true,
  );
  server.close();
  assert.equal(sent, 3);
  assert.equal(times.length, 2);
  // Without Retry-After the first retry comes after about a second (back-off from 1 s, jittered ±25 %).
  assert.ok((times[1] as number) - (times[0] as number) >= 2000);
});

test('Retry-After in seconds or as a date; nonsense is ignored', () => {
  const now = Date.UTC(2026, 0, 1);
  assert.equal(retryAfterMs('3', now), 3000);
  assert.equal(retryAfterMs(new Date(now + 5000).toUTCString(), now), 5000);
  assert.equal(retryAfterMs('soon', now), undefined);
  assert.equal(retryAfterMs(undefined, now), undefined);
  assert.equal(retryAfterMs('999999', now), 600_000);
});
