import assert from 'node:assert/strict';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { type ClientRequest, request as httpRequest } from 'node:http';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Database } from '@perfanalysis/storage';
import { forEachDatabase } from '@perfanalysis/storage/test-support/databases';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { until } from '../e2e/processes.test-support.js';
import { uploadDir } from '../http/upload-dir.js';

const BOUNDARY = 'upload-route-test';
/** The user guide's example of the original collector's JSON, as the seed gives it. */
const COLLECTOR_EXAMPLE = readFileSync(
  new URL('../../testdata/collector-json/user-guide-example.json', import.meta.url),
  'utf8',
);

/** A host.csv of `rows` rows, one a second from `start`. */
function hostCsv(start: string, rows: number): string {
  const t0 = Date.parse(start);
  const lines = Array.from(
    { length: rows },
    (_, i) => `${new Date(t0 + i * 1000).toISOString()},${i % 90},5,${95 - (i % 90)},${1000 + i}`,
  );
  return `timestamp,cpu_user,cpu_system,cpu_idle,mem_used\n${lines.join('\n')}\n`;
}

const field = (name: string, value: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const fileHead = (filename: string, name = 'file') =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`;
const CLOSE = `\r\n--${BOUNDARY}--\r\n`;

/** A whole upload body: a description, then the file. */
const form = (filename: string, content: Buffer | string): Buffer =>
  Buffer.concat([
    Buffer.from(field('description', 'a run') + fileHead(filename)),
    Buffer.from(content),
    Buffer.from(CLOSE),
  ]);

/** Open descriptors of this process: all of them, and those on files of the upload directory. */
async function openFiles(): Promise<{ all: number; uploads: number }> {
  const dir = await uploadDir();
  const targets = readdirSync('/proc/self/fd').map((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`);
    } catch {
      return '';
    }
  });
  return { all: targets.length, uploads: targets.filter((t) => t.startsWith(dir)).length };
}

forEachDatabase('upload route over HTTP', (ctx) => {
  let db: Database;
  let app: FastifyInstance;
  let port: number;
  let token: string;

  before(async () => {
    db = await ctx.db();
    app = await buildApp({ db, bodyLimitBytes: 1024 * 1024 }, { role: 'portal' });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
    const signup = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup/',
      payload: { username: 'alice', password: 'correct horse' },
    });
    token = signup.json().access;
  });
  after(() => app.close());

  const collector = async (machine_name: string): Promise<string> => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/collectors/',
      headers: { authorization: `Bearer ${token}` },
      payload: { machine_name },
    });
    assert.equal(created.statusCode, 201, created.body);
    return created.json().id;
  };
  const get = async (url: string) =>
    app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

  /** Starts an upload over a socket of its own; the caller writes the body. */
  function open(
    collectorId: string,
    contentLength: number,
    contentType = `multipart/form-data; boundary=${BOUNDARY}`,
  ): { request: ClientRequest; answer: Promise<{ status: number; body: string }> } {
    const request = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: `/api/v1/collectors/${collectorId}/upload/`,
      agent: false,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': contentType,
        'content-length': contentLength,
      },
    });
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      request.on('response', (response) => {
        let body = '';
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      request.on('error', reject);
    });
    return { request, answer };
  }

  const upload = (collectorId: string, body: Buffer, contentType?: string) => {
    const { request, answer } = open(collectorId, body.length, contentType);
    request.end(body);
    return answer;
  };

  /** The server holds no connection and no upload file, and the upload directory is empty. */
  async function settled(): Promise<void> {
    await until('the server to close its connections', async () => {
      const count = await new Promise<number>((resolve, reject) =>
        app.server.getConnections((error, n) => (error ? reject(error) : resolve(n))),
      );
      return count === 0;
    });
    await until(
      'the upload directory to be empty',
      async () => (await readdir(await uploadDir())).length === 0,
    );
  }

  test('bad multipart bodies get a 4xx naming the problem, and leave no file, descriptor or row', {
    timeout: 120_000,
  }, async () => {
    const id = await collector('bad-bodies');
    const csv = hostCsv('2026-03-01T10:00:00Z', 20);
    const cases: { body: string; contentType?: string; status: number; message: RegExp }[] = [
      {
        body: `${field('description', 'x')}${fileHead('host.csv')}${csv}`,
        status: 400,
        message: /ends before the closing boundary/,
      },
      {
        body: `${fileHead('host.csv')}${csv}\r\n--${BOUNDARY}\r\n`,
        status: 400,
        message: /ends before the closing boundary/,
      },
      {
        body: `${Array.from({ length: 11 }, (_, i) => field(`f${i}`, 'v')).join('')}${fileHead('host.csv')}${csv}${CLOSE}`,
        status: 400,
        message: /more than 10 fields/,
      },
      {
        body: `${fileHead('host.csv')}${csv}${CLOSE}`,
        contentType: 'multipart/form-data',
        status: 400,
        message: /has no boundary/,
      },
      {
        body: `${fileHead('host.csv', 'other')}${csv}${CLOSE}`,
        status: 400,
        message: /Send one file, in the "file" part/,
      },
      { body: `${field('description', 'x')}--${BOUNDARY}--\r\n`, status: 400, message: /No file/ },
    ];
    // Warm up: the first requests open what the server keeps (database connections, lazily loaded code).
    await Promise.all(cases.map((c) => upload(id, Buffer.from(c.body), c.contentType)));
    await settled();
    const before = await openFiles();
    for (let i = 0; i < 30; i++) {
      const c = cases[i % cases.length];
      assert.ok(c);
      const answer = await upload(id, Buffer.from(c.body), c.contentType);
      assert.equal(answer.status, c.status, answer.body);
      assert.match(JSON.parse(answer.body).error.message, c.message);
    }
    await settled();
    const afterwards = await openFiles();
    console.log(`open descriptors before and after 30 bad uploads: ${before.all} → ${afterwards.all}`);
    assert.equal(afterwards.uploads, 0);
    assert.ok(afterwards.all <= before.all, `${before.all} → ${afterwards.all} open descriptors`);
    assert.deepEqual((await get(`/api/v1/collectors/${id}/files/`)).json().results, []);
    assert.equal((await get(`/api/v1/collectors/${id}/export/`)).body.trim().split('\n').length, 1);
  });

  test('a gzip host.csv is imported as the plain one is, whatever its name; corrupt gzip is a 400', async () => {
    const csv = hostCsv('2026-06-01T00:00:00Z', 120);
    const plain = await collector('plain');
    const zipped = await collector('zipped');
    const answers = await Promise.all([
      upload(plain, form('host.csv', csv)),
      upload(zipped, form('host.csv', gzipSync(csv))),
    ]);
    for (const answer of answers) {
      assert.equal(answer.status, 201, answer.body);
      assert.equal(JSON.parse(answer.body).stored, 120);
    }
    const exported = async (id: string) => (await get(`/api/v1/collectors/${id}/export/`)).body;
    assert.equal(await exported(zipped), await exported(plain));
    const corrupt = await upload(zipped, form('host.csv.gz', gzipSync(csv).subarray(0, 60)));
    assert.equal(corrupt.status, 400, corrupt.body);
    assert.match(JSON.parse(corrupt.body).error.message, /^host\.csv\.gz: corrupt gzip data/);
  });

  test("the original collector's JSON is imported as host metrics; wrong shapes are a 400 naming the problem", async () => {
    const example = JSON.parse(COLLECTOR_EXAMPLE);
    const later = { ...example, timestamp: example.timestamp + 60 };
    later.network = [{ interface: 'eth0', rx_bytes: example.network[0].rx_bytes + 6000, tx_bytes: 2097152 }];
    const one = await collector('collector-json-one');
    const lines = await collector('collector-json-lines');
    const answers = await Promise.all([
      upload(one, form('web-server-01.json', COLLECTOR_EXAMPLE)),
      upload(lines, form('run.jsonl', `${JSON.stringify(example)}\n${JSON.stringify(later)}\n`)),
    ]);
    assert.deepEqual(
      answers.map((a) => [a.status, JSON.parse(a.body).stored]),
      [
        [201, 1],
        [201, 2],
      ],
      answers.map((a) => a.body).join('\n'),
    );
    const exported = async (id: string) =>
      (await get(`/api/v1/collectors/${id}/export/`)).body.trim().split('\n');
    const [header = '', row = ''] = await exported(one);
    const columns = header.split(',');
    const cell = (line: string, name: string) => line.split(',')[columns.indexOf(name)];
    assert.equal(cell(row, 'timestamp'), '2024-01-04T20:00:00.000Z');
    assert.equal(cell(row, 'cpu_user'), '25.5');
    assert.equal(cell(row, 'mem_total'), '16384');
    assert.equal(cell(row, 'mem_cached'), '4096');
    const second = (await exported(lines))[2] ?? '';
    assert.equal(cell(second, 'net_rx_bytes'), '100', 'bytes a second between the two records');

    const wrong: [string, string, RegExp][] = [
      [
        'bad.json',
        JSON.stringify({ ...example, cpu: 'busy' }),
        /^bad\.json: the collector's JSON: record 1: "cpu" is not an object/,
      ],
      [
        'late.json',
        JSON.stringify({ ...example, timestamp: 4e9 }),
        /^late\.json: record 1: "timestamp" is more than a day ahead/,
      ],
      [
        'odd.json',
        JSON.stringify({ ...example, cpu: { user: 250 } }),
        /^odd\.json: cpu_user = 250 % at .* is outside its plausible range/,
      ],
      ['torn.jsonl', `${JSON.stringify(example)}\n{"timestamp": 17`, /^torn\.jsonl, line 2: malformed JSON/],
    ];
    for (const [name, content, message] of wrong) {
      const answer = await upload(one, form(name, content));
      assert.equal(answer.status, 400, answer.body);
      assert.match(JSON.parse(answer.body).error.message, message);
    }
    assert.equal(
      (await get(`/api/v1/collectors/${one}/files/`)).json().count,
      1,
      'refused files are not kept',
    );
  });

  test('a client gone mid-upload leaves nothing behind, while an upload beside it succeeds', {
    timeout: 120_000,
  }, async () => {
    const id = await collector('gone-mid-upload');
    await settled();
    const before = await openFiles();
    const big = form('gone.csv', hostCsv('2026-04-01T00:00:00Z', 50_000));
    const gone = open(id, big.length);
    gone.answer.catch(() => undefined);
    gone.request.write(big.subarray(0, big.length / 2));
    await until('the server to write the first half to disk', async () => {
      const dir = await uploadDir();
      return (await readdir(dir)).length === 1;
    });
    const beside = form('beside.csv', hostCsv('2026-05-01T00:00:00Z', 300));
    const second = open(id, beside.length);
    second.request.write(beside.subarray(0, beside.length / 2));
    gone.request.destroy();
    second.request.end(beside.subarray(beside.length / 2));
    const answer = await second.answer;
    assert.equal(answer.status, 201, answer.body);
    assert.equal(JSON.parse(answer.body).stored, 300);
    await settled();
    const afterwards = await openFiles();
    assert.equal(afterwards.uploads, 0);
    assert.ok(afterwards.all <= before.all, `${before.all} → ${afterwards.all} open descriptors`);
    const files = (await get(`/api/v1/collectors/${id}/files/`)).json().results;
    assert.deepEqual(
      files.map((f: { filename: string }) => f.filename),
      ['beside.csv'],
    );
    const exported = (await get(`/api/v1/collectors/${id}/export/`)).body.trim().split('\n');
    assert.equal(exported.length, 301, 'the rows of the upload beside it, none of the one gone');
  });
});
