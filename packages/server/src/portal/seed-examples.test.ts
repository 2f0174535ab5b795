import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { before, test } from 'node:test';
import type { Database } from '@perfanalysis/storage';
import { forEachDatabase } from '@perfanalysis/storage/test-support/databases';
import type { FastifyInstance, HTTPMethods, InjectOptions } from 'fastify';
import { buildApp } from '../app.js';
import { SEED_DIR, type SeedExample, seedExamples, shapeDifferences } from './seed-examples.test-support.js';

const HOST_CSV = readFileSync(new URL('host.csv', SEED_DIR), 'utf8');
const SEEDS = ['003-xatsimplified.md', '000-api-reference.md', '001-portal-upload.md'].map(seedExamples);

/** A multipart form of text fields and files (name=@path: testdata's host.csv under that path's name). */
function multipart(fields: readonly (readonly [string, string])[]) {
  const boundary = 'seed-example-boundary';
  const parts = fields.map(([name, value]) =>
    value.startsWith('@')
      ? `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${basename(value.slice(1))}"\r\n` +
        `Content-Type: text/csv\r\n\r\n${HOST_CSV}\r\n`
      : `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    payload: `${parts.join('')}--${boundary}--\r\n`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

forEachDatabase("the seeds' API examples, as printed", (ctx) => {
  let db: Database;
  let app: FastifyInstance;
  let access = '';
  let apiKey = '';
  let collectorId = '';

  const call = (options: InjectOptions) =>
    app.inject({ ...options, headers: { host: 'localhost:8000', ...options.headers } });
  const bearer = () => ({ authorization: `Bearer ${access}` });

  /** The example's request with the seed's placeholders (credentials, collector 1) made real. */
  const send = (example: SeedExample) => {
    const headers: Record<string, string> = { ...example.headers };
    const auth = headers.authorization;
    if (auth?.includes('<jwt_token>')) headers.authorization = `Bearer ${access}`;
    else if (auth?.startsWith('ApiKey ')) headers.authorization = `ApiKey alice:${apiKey}`;
    else if (auth?.startsWith('Bearer ')) headers.authorization = `Bearer alice:${apiKey}`;
    const body = example.form.length > 0 ? multipart(example.form) : undefined;
    return call({
      method: example.method as HTTPMethods,
      url: example.path.replace('/collectors/1/', `/collectors/${collectorId}/`),
      headers: { ...headers, ...body?.headers },
      ...(body ? { payload: body.payload } : example.data === undefined ? {} : { payload: example.data }),
    });
  };

  before(async () => {
    db = await ctx.db();
    app = await buildApp({ db, bodyLimitBytes: 1024 * 1024 }, { role: 'portal' });
    const signup = await call({
      method: 'POST',
      url: '/api/v1/auth/signup/',
      payload: { username: 'alice', password: 'correct horse' },
    });
    assert.equal(signup.statusCode, 201, signup.body);
    access = signup.json().access;
    const key = await call({
      method: 'POST',
      url: '/api/v1/auth/api-keys/',
      headers: bearer(),
      payload: { name: 'seed examples' },
    });
    apiKey = key.json().key;
    // Seed 001's machine, as its import step would have made it.
    const vm = await call({
      method: 'POST',
      url: '/api/v1/collectors/',
      headers: bearer(),
      payload: { machinename: 'test-vm-01', sitename: 'Azure Benchmark', platform: 'Linux Server' },
    });
    assert.equal(vm.statusCode, 201, vm.body);
  });

  test('every request the seeds print is answered, in the printed shape (ids are UUIDs)', async () => {
    let run = 0;
    for (const { examples } of SEEDS) {
      for (const example of examples) {
        const answer = await send(example);
        const where = `${example.source}: ${example.method} ${example.path}`;
        run++;
        if (example.path === '/dashboard/') {
          assert.equal(answer.statusCode, 302, where);
          assert.equal(answer.headers.location, '/collectors', where);
          continue;
        }
        assert.ok(
          answer.statusCode >= 200 && answer.statusCode < 300,
          `${where}: ${answer.statusCode} ${answer.body}`,
        );
        if (example.script) {
          assert.match(answer.body, /^#!\/.*bash/, where);
          continue;
        }
        if (example.response !== undefined)
          assert.deepEqual(shapeDifferences(example.response, answer.json()), [], `${where}: ${answer.body}`);
        // The first collector a seed creates is the one the user guide's examples call 1.
        if (example.method === 'POST' && example.path === '/api/v1/collectors/') {
          collectorId = answer.json().id;
          const form = multipart([['file', '@host.csv']]);
          const upload = await call({
            method: 'POST',
            url: `/api/v1/collectors/${collectorId}/upload/`,
            headers: { ...bearer(), ...form.headers },
            payload: form.payload,
          });
          assert.equal(upload.statusCode, 201, upload.body);
        }
      }
    }
    assert.equal(run, 9, 'every example of the three seeds ran: 000 has 5, 003 2, 001 2');
  });

  test('every endpoint seed 003 lists is served: none is a 404 or a 5xx', async () => {
    const endpoints = SEEDS.flatMap((seed) => seed.endpoints);
    assert.equal(endpoints.length, 15);
    for (const endpoint of endpoints) {
      const url = endpoint.path.replace('<id>', collectorId);
      const answer = await call({
        method: endpoint.method as HTTPMethods,
        url,
        headers: bearer(),
        ...(endpoint.method === 'GET' ? {} : { payload: {} }),
      });
      assert.ok(
        answer.statusCode < 500 && answer.statusCode !== 404 && answer.statusCode !== 405,
        `${endpoint.method} ${url}: ${answer.statusCode} ${answer.body}`,
      );
      if (endpoint.method === 'GET') assert.equal(answer.statusCode, 200, `${url}: ${answer.body}`);
    }
  });

  test('log-in takes a form-encoded body, and an address without its trailing slash is answered', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    for (const url of ['/api/v1/auth/token/', '/api/v1/auth/token']) {
      const login = await call({
        method: 'POST',
        url,
        headers: form,
        payload: 'username=alice&password=correct+horse',
      });
      assert.equal(login.statusCode, 200, `${url}: ${login.body}`);
      assert.equal(typeof login.json().access, 'string');
    }
    const wrong = await call({
      method: 'POST',
      url: '/api/v1/auth/token/',
      headers: form,
      payload: 'username=alice&password=nope',
    });
    assert.equal(wrong.statusCode, 401, wrong.body);
    const nul = await call({
      method: 'POST',
      url: '/api/v1/auth/token/',
      headers: form,
      payload: 'username=a%00b&password=x',
    });
    assert.equal(nul.statusCode, 400, nul.body);
    assert.match(nul.json().error.message, /The form field username holds a NUL character/);
    const listed = await call({ url: '/api/v1/collectors', headers: bearer() });
    assert.equal(listed.statusCode, 200, listed.body);
    assert.equal(
      listed.json().count,
      (await call({ url: '/api/v1/collectors/', headers: bearer() })).json().count,
    );
  });

  test("paginated lists link their next and previous pages, at the client's origin", async () => {
    const created = await call({
      method: 'POST',
      url: '/api/v1/collectors/',
      headers: bearer(),
      payload: { name: 'paged' },
    });
    const id = created.json().id;
    for (const name of ['first.csv', 'second.csv', 'third.csv']) {
      const form = multipart([['file', `@${name}`]]);
      const upload = await call({
        method: 'POST',
        url: `/api/v1/collectors/${id}/upload/`,
        headers: { ...bearer(), ...form.headers },
        payload: form.payload,
      });
      assert.equal(upload.statusCode, 201, upload.body);
    }
    const seen: string[] = [];
    let url: string | null = `http://localhost:8000/api/v1/collectors/${id}/files/?limit=2`;
    let last: { previous: string | null } | undefined;
    while (url !== null) {
      const page = await call({ url: url.replace('http://localhost:8000', ''), headers: bearer() });
      assert.equal(page.statusCode, 200, page.body);
      const body = page.json();
      assert.equal(body.count, 3);
      seen.push(...body.results.map((f: { filename: string }) => f.filename));
      last = body;
      url = body.next;
    }
    assert.deepEqual(seen.sort(), ['first.csv', 'second.csv', 'third.csv']);
    assert.equal(last?.previous, `http://localhost:8000/api/v1/collectors/${id}/files/?limit=2`);
    const first = (await call({ url: `/api/v1/collectors/${id}/files/?limit=2`, headers: bearer() })).json();
    assert.deepEqual(
      [first.previous, first.next],
      [null, `http://localhost:8000/api/v1/collectors/${id}/files/?limit=2&offset=2`],
    );
  });

  test('performance/upload finds the collector by name or id; an unknown or shared name is a clear 4xx', async () => {
    const upload = (machineId: string | undefined, auth = `Bearer alice:${apiKey}`) => {
      const form = multipart([
        ['file', '@host.csv'],
        ...(machineId === undefined ? [] : [['machine_id', machineId] as const]),
      ]);
      return call({
        method: 'POST',
        url: '/api/v1/performance/upload',
        headers: { authorization: auth, ...form.headers },
        payload: form.payload,
      });
    };
    const create = async (name: string) =>
      (
        await call({ method: 'POST', url: '/api/v1/collectors/', headers: bearer(), payload: { name } })
      ).json().id;
    const [a, b] = [await create('ci-a'), await create('ci-b')];
    const byName = await upload('ci-b');
    assert.equal(byName.statusCode, 201, byName.body);
    const byId = await upload(a, `Bearer ${access}`);
    assert.equal(byId.statusCode, 201, byId.body);
    const files = async (id: string) =>
      (await call({ url: `/api/v1/collectors/${id}/files/`, headers: bearer() }))
        .json()
        .results.map((f: { id: string }) => f.id);
    assert.deepEqual(
      await files(b),
      [byName.json().id],
      'the file went to the collector named, and only there',
    );
    assert.deepEqual(await files(a), [byId.json().id]);
    const unknown = await upload('no-such-vm');
    assert.equal(unknown.statusCode, 404, unknown.body);
    assert.match(unknown.json().error.message, /No collector is named no-such-vm/);
    await create('ci-a');
    const shared = await upload('ci-a');
    assert.equal(shared.statusCode, 400, shared.body);
    assert.match(
      shared.json().error.message,
      /More than one collector is named ci-a: give the collector's id/,
    );
    const missing = await upload(undefined);
    assert.equal(missing.statusCode, 400, missing.body);
    assert.match(missing.json().error.message, /Send a "machine_id" field/);
    assert.equal((await upload('ci-b', 'Bearer alice:default.wrong')).statusCode, 401);
  });
});
