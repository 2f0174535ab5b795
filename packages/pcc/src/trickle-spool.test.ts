import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { freePort } from './free-port.test-support.js';
import { type PccResult, pcc } from './pcc-process.test-support.js';

const root = mkdtempSync(join(tmpdir(), 'pcc-trickle-'));
after(() => rmSync(root, { recursive: true, force: true }));
let homes = 0;
/** A home directory that the runs of one test share, as two collectors on one machine do. */
const freshHome = (): string => mkdtempSync(join(root, `home-${++homes}-`));

/** A stand-in ingest server: keeps the samples each key sent; answers 503 to the keys in `away`. */
interface FakeIngest {
  readonly url: string;
  /** The samples stored for each key, by the Authorization header they came with. */
  readonly stored: Map<string, unknown[]>;
  close(): Promise<void>;
}

async function fakeIngest(port = 0, away: readonly string[] = []): Promise<FakeIngest> {
  const stored = new Map<string, unknown[]>();
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const body = req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
    const key = (req.headers.authorization ?? '').replace(/^ApiKey /, '');
    if (away.includes(key)) {
      res.writeHead(503).end('{"error":{"message":"tenant away"}}');
      return;
    }
    if (req.url === '/api/v1/metrics/') {
      const samples = (JSON.parse(body.toString()) as { samples: unknown[] }).samples;
      stored.set(key, [...(stored.get(key) ?? []), ...samples]);
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stored,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const trickle = (server: string, key: string, home: string): Promise<PccResult> =>
  pcc(
    [
      '--server',
      server,
      '--apikey',
      key,
      '--frequency',
      '200ms',
      '--duration',
      '1s',
      '--batch-interval',
      '200ms',
    ],
    { HOME: home },
  );

/** The closing line of a trickle run: samples collected, sent, still waiting, and the spool they wait in. */
function ending(result: PccResult): { collected: number; sent: number; waiting: number; dir: string } {
  const match = /(\d+) samples in \d+ s; sent (\d+) samples to \S+, (\d+) still waiting in ([^;\s]+)/.exec(
    result.stdout + result.stderr,
  );
  assert.ok(match, `no closing line in\n${result.stdout}${result.stderr}`);
  const [, collected, sent, waiting, dir] = match;
  return { collected: Number(collected), sent: Number(sent), waiting: Number(waiting), dir: dir ?? '' };
}

/** The files below a directory; none when it is not there (yet). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name));
}

test('a run that could not send keeps its samples for its own key: a run with another key sends none of them', async () => {
  const home = freshHome();
  const port = await freePort();
  const server = `http://127.0.0.1:${port}`;

  const failed = await trickle(server, 'key-a', home);
  assert.equal(failed.code, 3, `a run that left samples unsent ends non-zero\n${failed.stderr}`);
  const a1 = ending(failed);
  assert.equal(a1.sent, 0);
  assert.ok(a1.waiting >= 1 && a1.waiting === a1.collected, failed.stderr);
  assert.doesNotMatch(failed.stdout, /streamed/);

  const ingest = await fakeIngest(port);
  try {
    const other = await trickle(server, 'key-b', home);
    assert.equal(other.code, 0, other.stderr);
    const b = ending(other);
    assert.deepEqual([...ingest.stored.keys()], ['key-b'], 'nothing was sent with the first key');
    assert.equal(ingest.stored.get('key-b')?.length, b.collected, 'the other key sent its own samples only');
    assert.deepEqual([b.sent, b.waiting], [b.collected, 0]);
    assert.notEqual(b.dir, a1.dir);

    const again = await trickle(server, 'key-a', home);
    assert.equal(again.code, 0, again.stderr);
    const a2 = ending(again);
    assert.equal(a2.sent, a1.waiting + a2.collected, 'the first run’s samples went with their own key');
    assert.equal(ingest.stored.get('key-a')?.length, a2.sent);
    assert.equal(a2.dir, a1.dir);
  } finally {
    await ingest.close();
  }

  const spoolFiles = filesUnder(join(home, '.pcc', 'spool'));
  assert.deepEqual(
    spoolFiles.filter((path) => path.includes('key-')),
    [],
    'no file is named after a key',
  );
  for (const dir of [a1.dir]) {
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'server.json'), 'utf8')), { server: `${server}/` });
  }
});

test('two keys at once in one home: each sends its own samples; the one whose server refuses keeps them', async () => {
  const home = freshHome();
  const ingest = await fakeIngest(0, ['key-away']);
  try {
    const [away, up] = await Promise.all([
      trickle(ingest.url, 'key-away', home),
      trickle(ingest.url, 'key-up', home),
    ]);
    assert.equal(up.code, 0, up.stderr);
    assert.equal(away.code, 3, away.stderr);
    const [a, u] = [ending(away), ending(up)];
    assert.deepEqual([a.sent, a.waiting], [0, a.collected]);
    assert.deepEqual([u.sent, u.waiting], [u.collected, 0]);
    assert.deepEqual([...ingest.stored.keys()], ['key-up']);
    assert.equal(ingest.stored.get('key-up')?.length, u.collected);
    assert.notEqual(a.dir, u.dir);
  } finally {
    await ingest.close();
  }
});

test('samples an older pcc left directly in the spool are not sent with whatever key comes next', async () => {
  const home = freshHome();
  const spool = join(home, '.pcc', 'spool');
  mkdirSync(spool, { recursive: true });
  writeFileSync(join(spool, '000000000001.jsonl'), '{"timestamp":1000,"interval":1}\n');
  const ingest = await fakeIngest();
  try {
    const result = await trickle(ingest.url, 'key-c', home);
    assert.equal(result.code, 0, result.stderr);
    const c = ending(result);
    assert.equal(ingest.stored.get('key-c')?.length, c.collected, 'only its own samples');
    assert.match(
      result.stderr,
      new RegExp(
        `warning: ${spool} holds 1 KiB of samples from an older pcc.*not sent.*mv .*${c.dir}/ ; otherwise delete them: rm `,
      ),
    );
    assert.equal(
      readFileSync(join(spool, '000000000001.jsonl'), 'utf8'),
      '{"timestamp":1000,"interval":1}\n',
    );
  } finally {
    await ingest.close();
  }
});

test('a second run with the same server and key, while the first runs, is refused: one spool, one sender', async () => {
  const home = freshHome();
  const ingest = await fakeIngest();
  try {
    // Long enough for the second run to start on a loaded machine; stopped once it has been refused.
    let firstChild: ChildProcess | undefined;
    const first = pcc(
      ['--server', ingest.url, '--apikey', 'key-d', '--frequency', '200ms', '--duration', '120s'],
      { HOME: home },
      (child) => {
        firstChild = child;
      },
    );
    const spool = join(home, '.pcc', 'spool');
    const claimed = () => filesUnder(spool).some((path) => path.endsWith('pcc.pid'));
    const sent = () => (ingest.stored.get('key-d')?.length ?? 0) > 0;
    const deadline = Date.now() + 20_000;
    while (!(claimed() && sent()) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(claimed() && sent(), 'the first run claims the spool and sends');
    const second = await trickle(ingest.url, 'key-d', home);
    assert.equal(second.code, 1, second.stderr);
    assert.match(
      second.stderr,
      /^pcc: the spool \S+ is in use by pcc pid \d+, which sends to the same server/,
    );
    firstChild?.kill('SIGTERM');
    const done = await first;
    assert.equal(done.code, 0, done.stderr);
    assert.equal(ingest.stored.get('key-d')?.length, ending(done).collected);
    assert.ok(!filesUnder(spool).some((path) => path.endsWith('pcc.pid')), 'the claim is given back');
    const after = await trickle(ingest.url, 'key-d', home);
    assert.equal(after.code, 0, after.stderr);
  } finally {
    await ingest.close();
  }
});
