import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import {
  createTenant,
  type Database,
  sampleRepository,
  type Tenant,
  tenantByName,
  tenantHandle,
} from '@perfanalysis/storage';
import { forEachDatabase } from '@perfanalysis/storage/test-support/databases';
import { testSample } from '@perfanalysis/storage/test-support/sample-fixture';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { Value } from 'typebox/value';
import { buildApp } from '../app.js';
import { CollectorOut } from './collector-view.js';

const HOST_CSV = `timestamp,cpu_user,cpu_system,cpu_idle,mem_used
2026-03-01T10:00:00.000Z,10,5,85,1000
2026-03-01T10:00:01.000Z,20,5,75,1100
2026-03-01T10:00:02.000Z,30,5,65,1200
`;

function multipart(filename: string, content: string, description = 'a test run') {
  const boundary = 'x-boundary-42';
  const body =
    `--${boundary}\r\nContent-Disposition: form-data; name="description"\r\n\r\n${description}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n` +
    `--${boundary}--\r\n`;
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

forEachDatabase('portal API', (ctx) => {
  let db: Database;
  let app: FastifyInstance;
  const call = async (options: InjectOptions & { token?: string | undefined; host?: string }) => {
    const { token, host = 'localhost', headers = {}, ...rest } = options;
    return app.inject({
      ...rest,
      headers: { host, ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    });
  };
  const tokens: Record<string, string> = {};

  before(async () => {
    db = await ctx.db();
    await createTenant(db, { name: 'acme', domains: ['acme.example.com'] });
    app = await buildApp({ db, bodyLimitBytes: 1024 * 1024 }, { role: 'portal' });
  });
  after(() => app.close());

  test('the first sign-up of a tenant is its admin; then sign-up is closed until the admin opens it', async () => {
    const first = await call({
      method: 'POST',
      url: '/api/v1/auth/signup/',
      payload: { username: 'alice', password: 'correct horse' },
    });
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().user.role, 'admin');
    tokens.alice = first.json().access;
    const second = await call({
      method: 'POST',
      url: '/api/v1/auth/signup/',
      payload: { username: 'mallory', password: 'correct horse' },
    });
    assert.equal(second.statusCode, 403);
    const open = await call({
      method: 'PUT',
      url: '/api/v1/settings/',
      token: tokens.alice,
      payload: { signup_role: 'viewer' },
    });
    assert.equal(open.statusCode, 200, open.body);
    const viewer = await call({
      method: 'POST',
      url: '/api/v1/auth/signup/',
      payload: { username: 'victor', password: 'correct horse' },
    });
    assert.equal(viewer.json().user.role, 'viewer');
    tokens.victor = viewer.json().access;
    const acme = await call({
      method: 'POST',
      url: '/api/v1/auth/signup/',
      host: 'acme.example.com',
      payload: { username: 'bob', password: 'correct horse' },
    });
    assert.equal(acme.json().user.tenant, 'acme');
    tokens.bob = acme.json().access;
  });

  test('log in, refresh, who am I; wrong passwords are slowed down', async () => {
    const login = await call({
      method: 'POST',
      url: '/api/v1/auth/token/',
      payload: { username: 'alice', password: 'correct horse' },
    });
    assert.equal(login.statusCode, 200, login.body);
    const refreshed = await call({
      method: 'POST',
      url: '/api/v1/auth/token/refresh/',
      payload: { refresh: login.json().refresh },
    });
    assert.equal(refreshed.statusCode, 200);
    assert.ok(refreshed.json().refresh, 'a refresh answers the next refresh token');
    const me = await call({ method: 'GET', url: '/api/v1/auth/user/', token: refreshed.json().access });
    assert.equal(me.json().username, 'alice');
    const asAccess = await call({
      method: 'POST',
      url: '/api/v1/auth/token/refresh/',
      payload: { refresh: login.json().access },
    });
    assert.equal(asAccess.statusCode, 401);
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      const bad = await call({
        method: 'POST',
        url: '/api/v1/auth/token/',
        payload: { username: 'victor', password: 'wrong!!!' },
      });
      statuses.push(bad.statusCode);
    }
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429]);
  });

  test("a user's new role ends their sessions (the next log-in has it); a deletion holds at once", async () => {
    const created = await call({
      method: 'POST',
      url: '/api/v1/users/',
      token: tokens.alice,
      payload: { username: 'dora', password: 'correct horse', role: 'viewer' },
    });
    assert.equal(created.statusCode, 201, created.body);
    const login = await call({
      method: 'POST',
      url: '/api/v1/auth/token/',
      payload: { username: 'dora', password: 'correct horse' },
    });
    const dora = login.json().access;
    assert.equal((await call({ method: 'GET', url: '/api/v1/users/', token: dora })).statusCode, 403);
    const user = `/api/v1/users/${created.json().id}/`;
    const promote = { method: 'PATCH', url: user, token: tokens.alice, payload: { role: 'admin' } } as const;
    assert.equal((await call(promote)).statusCode, 200);
    assert.equal((await call({ method: 'GET', url: '/api/v1/users/', token: dora })).statusCode, 401);
    const again = await call({
      method: 'POST',
      url: '/api/v1/auth/token/',
      payload: { username: 'dora', password: 'correct horse' },
    });
    const admin = again.json().access;
    assert.equal((await call({ method: 'GET', url: '/api/v1/users/', token: admin })).statusCode, 200);
    assert.equal((await call({ method: 'DELETE', url: user, token: tokens.alice })).statusCode, 204);
    assert.equal((await call({ method: 'GET', url: '/api/v1/collectors/', token: admin })).statusCode, 401);
  });

  test('API keys: ApiKey username:key works until revoked', async () => {
    const created = await call({
      method: 'POST',
      url: '/api/v1/auth/api-keys/',
      token: tokens.alice,
      payload: { name: 'ci' },
    });
    assert.equal(created.statusCode, 201, created.body);
    const { authorization, id } = created.json();
    const me = await call({ method: 'GET', url: '/api/v1/auth/user/', headers: { authorization } });
    assert.equal(me.json().username, 'alice');
    assert.equal(
      (await call({ method: 'DELETE', url: `/api/v1/auth/api-keys/${id}/`, token: tokens.alice })).statusCode,
      204,
    );
    assert.equal(
      (await call({ method: 'GET', url: '/api/v1/auth/user/', headers: { authorization } })).statusCode,
      401,
    );
  });

  test('collectors, uploads, files, export; a viewer reads but may not change', async () => {
    const denied = await call({
      method: 'POST',
      url: '/api/v1/collectors/',
      token: tokens.victor,
      payload: { machine_name: 'x' },
    });
    assert.equal(denied.statusCode, 403);
    const created = await call({
      method: 'POST',
      url: '/api/v1/collectors/',
      token: tokens.alice,
      payload: { machine_name: 'web-01', site_name: 'Azure Benchmark', platform: 'Linux Server' },
    });
    assert.equal(created.statusCode, 201, created.body);
    const { id, api_key, install_command } = created.json();
    const listed = async () =>
      (
        await call({ method: 'GET', url: '/api/v1/collectors/?site=Azure%20Benchmark', token: tokens.victor })
      ).json();
    assert.deepEqual(
      (await listed()).results.map((c: { files_count: number }) => c.files_count),
      [0],
      'a new collector is listed at once',
    );
    assert.match(api_key, /^default\./);
    assert.equal(install_command, `curl -s http://localhost/install.sh | API_KEY=${api_key} bash`);
    const upload = await call({
      method: 'POST',
      url: `/api/v1/collectors/${id}/upload/`,
      token: tokens.alice,
      ...multipart('host.csv', HOST_CSV),
    });
    assert.equal(upload.statusCode, 201, upload.body);
    assert.equal(upload.json().stored, 3);
    const bad = await call({
      method: 'POST',
      url: `/api/v1/collectors/${id}/upload/`,
      token: tokens.alice,
      ...multipart('broken.csv', `${HOST_CSV}2026-03-01T10:00:03Z,x,1,1,1\n`),
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().error.message, /^broken\.csv, line 5: cpu_user: "x" is not a number/);
    const list = await call({
      method: 'GET',
      url: '/api/v1/collectors/?site=Azure%20Benchmark',
      token: tokens.victor,
    });
    assert.equal(list.json().count, 1);
    const [shown] = list.json().results;
    assert.equal(shown.files_count, 1, 'an upload is listed at once');
    assert.ok(Value.Check(CollectorOut, shown), list.body);
    const files = await call({ method: 'GET', url: `/api/v1/collectors/${id}/files/`, token: tokens.victor });
    assert.equal(files.json().count, 1);
    const file = files.json().results[0];
    assert.deepEqual(
      [shown.machine_name, shown.site_name, shown.platform, shown.status, shown.files_count],
      ['web-01', 'Azure Benchmark', 'Linux Server', 'uploaded', 1],
    );
    assert.deepEqual([shown.last_seen, shown.last_upload, shown.system_info], [null, file.uploaded_at, null]);
    assert.match(shown.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const one = await call({ method: 'GET', url: `/api/v1/collectors/${id}/`, token: tokens.victor });
    assert.deepEqual(one.json(), shown);
    const pastTheEnd = await call({
      method: 'GET',
      url: '/api/v1/collectors/?site=Azure%20Benchmark&offset=5',
      token: tokens.victor,
    });
    assert.deepEqual(pastTheEnd.json(), {
      count: 1,
      next: null,
      previous: 'http://localhost/api/v1/collectors/?site=Azure+Benchmark&limit=50',
      results: [],
    });
    const download = await call({
      method: 'GET',
      url: `/api/v1/collectors/${id}/files/${file.id}/`,
      token: tokens.victor,
    });
    assert.equal(download.body, HOST_CSV);
    const exported = await call({
      method: 'GET',
      url: `/api/v1/collectors/${id}/export/`,
      token: tokens.victor,
    });
    assert.equal(exported.body.split('\n').length, 5);
    const viewerDelete = await call({
      method: 'DELETE',
      url: `/api/v1/collectors/${id}/files/${file.id}/`,
      token: tokens.victor,
    });
    assert.equal(viewerDelete.statusCode, 403);
    const deleted = await call({
      method: 'DELETE',
      url: `/api/v1/collectors/${id}/files/${file.id}/`,
      token: tokens.alice,
    });
    assert.equal(deleted.statusCode, 200, deleted.body);
    assert.deepEqual(deleted.json(), { samples_deleted: 3 });
    const empty = await call({
      method: 'GET',
      url: `/api/v1/collectors/${id}/export/`,
      token: tokens.victor,
    });
    assert.equal(empty.body.split('\n').length, 2, 'the samples it brought went with it');
  });

  test("deleting a file deletes the samples it stored and no others: live ones and other users' stay", async () => {
    const made = await call({
      method: 'POST',
      url: '/api/v1/users/',
      token: tokens.alice,
      payload: { username: 'ana', password: 'correct horse', role: 'analyst' },
    });
    assert.equal(made.statusCode, 201, made.body);
    const ana = (
      await call({
        method: 'POST',
        url: '/api/v1/auth/token/',
        payload: { username: 'ana', password: 'correct horse' },
      })
    ).json().access;
    const created = await call({
      method: 'POST',
      url: '/api/v1/collectors/',
      token: tokens.alice,
      payload: { machine_name: 'db-01', site_name: 'Provenance' },
    });
    const { id } = created.json();
    // The agent's samples: 15:00 to 18:00 every 30 minutes.
    const at = (hhmm: string) => Date.parse(`2026-03-02T${hhmm}:00.000Z`);
    const live = ['15:00', '15:30', '16:00', '16:30', '17:00', '17:30', '18:00'].map((t) =>
      testSample(at(t)),
    );
    const tenant = tenantHandle(db, (await tenantByName(db, 'default')) as Tenant);
    await sampleRepository(tenant).insertSamples(id, live);
    const csv = (...times: string[]) =>
      `timestamp,cpu_user,cpu_system,cpu_idle,mem_used\n${times.map((t) => `2026-03-02T${t}:00.000Z,50,5,45,900\n`).join('')}`;
    const post = async (token: string | undefined, name: string, content: string) => {
      const answer = await call({
        method: 'POST',
        url: `/api/v1/collectors/${id}/upload/`,
        token,
        ...multipart(name, content),
      });
      assert.equal(answer.statusCode, 201, answer.body);
      return answer.json();
    };
    const file = (body: { id: string }) => `/api/v1/collectors/${id}/files/${body.id}/`;
    const exportedTimes = async () =>
      (await call({ method: 'GET', url: `/api/v1/collectors/${id}/export/`, token: tokens.victor })).body
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.slice(11, 16));
    // Ana's two rows span 15:00–18:00; 15:00 was the agent's already. Alice's 17:45 was Ana's already.
    const anas = await post(ana, 'ana.csv', csv('15:00', '17:45'));
    assert.deepEqual([anas.stored, anas.duplicates, anas.rows_imported], [1, 1, 1]);
    const alices = await post(tokens.alice, 'alice.csv', csv('16:15', '17:45'));
    assert.deepEqual([alices.stored, alices.duplicates, alices.rows_imported], [1, 1, 1]);
    const held = await call({ method: 'GET', url: `${file(anas)}samples/`, token: tokens.victor });
    assert.equal(held.statusCode, 200, held.body);
    assert.deepEqual(held.json(), { samples_held: 1 }, 'what the confirmation states');
    const forbidden = await call({ method: 'DELETE', url: file(alices), token: ana });
    assert.equal(forbidden.statusCode, 403, "an analyst may not delete another's file");
    const gone = await call({ method: 'DELETE', url: file(anas), token: ana });
    assert.equal(gone.statusCode, 200, gone.body);
    assert.deepEqual(gone.json(), { samples_deleted: 1 });
    assert.deepEqual(
      await exportedTimes(),
      ['15:00', '15:30', '16:00', '16:15', '16:30', '17:00', '17:30', '18:00'],
      "the agent's samples and Alice's stay; Ana's 17:45 went",
    );
    // Two identical files: the second stored nothing, so deleting it deletes nothing.
    const first = await post(ana, 'run.csv', csv('18:10', '18:20'));
    const again = await post(ana, 'run.csv', csv('18:10', '18:20'));
    assert.deepEqual([first.stored, again.stored, again.duplicates], [2, 0, 2]);
    const none = await call({ method: 'GET', url: `${file(again)}samples/`, token: ana });
    assert.deepEqual(none.json(), { samples_held: 0 });
    const nothing = await call({ method: 'DELETE', url: file(again), token: ana });
    assert.deepEqual(nothing.json(), { samples_deleted: 0 });
    assert.deepEqual((await exportedTimes()).slice(-2), ['18:10', '18:20'], "the first file's samples stay");
    const listed = await call({ method: 'GET', url: `/api/v1/collectors/${id}/files/`, token: ana });
    assert.deepEqual(
      listed
        .json()
        .results.map((f: { filename: string; rows_imported: number }) => [f.filename, f.rows_imported]),
      [
        ['run.csv', 2],
        ['alice.csv', 1],
      ],
    );
    const twice = await call({ method: 'DELETE', url: file(again), token: ana });
    assert.equal(twice.statusCode, 404);
    const unknown = await call({
      method: 'GET',
      url: `/api/v1/collectors/${id}/files/nope/samples/`,
      token: ana,
    });
    assert.equal(unknown.statusCode, 404);
  });

  test('bad input never gets a 500', async () => {
    const cases: InjectOptions[] = [
      { method: 'GET', url: '/api/v1/collectors/not-a-uuid/' },
      { method: 'GET', url: '/api/v1/collectors/?limit=-5' },
      { method: 'GET', url: '/api/v1/collectors/?limit=abc' },
      {
        method: 'POST',
        url: '/api/v1/collectors/',
        payload: '{"machine_name":',
        headers: { 'content-type': 'application/json' },
      },
      { method: 'POST', url: '/api/v1/collectors/', payload: { machine_name: 12 } },
      {
        method: 'POST',
        url: '/api/v1/benchmarks/',
        payload: { collector_id: 'x', name: 'n', score: 'high' },
      },
      { method: 'POST', url: '/api/v1/loadtest/compare/', payload: { collector_ids: [] } },
      { method: 'PATCH', url: '/api/v1/users/abc/', payload: { role: 'god' } },
    ];
    for (const options of cases) {
      const response = await call({ ...options, token: tokens.alice });
      assert.ok(
        response.statusCode >= 400 && response.statusCode < 500,
        `${options.method} ${options.url} → ${response.statusCode} ${response.body}`,
      );
      assert.ok(response.json().error.code, response.body);
    }
    const unknownTenant = await call({
      method: 'GET',
      url: '/api/v1/auth/user/',
      host: 'nobody.example.org',
      token: tokens.alice,
    });
    assert.equal(unknownTenant.statusCode, 404);
    assert.match(
      unknownTenant.json().error.message,
      /No tenant is served at nobody\.example\.org; .* perfanalysis tenant update default --add-domain nobody\.example\.org$/,
    );
  });

  test('ids that only look numeric, NUL and lone surrogates, implausible values: 400s naming the problem', async () => {
    for (const id of ['68.9', '0x44', '+68', '99999999999999999999']) {
      const response = await call({ method: 'DELETE', url: `/api/v1/users/${id}/`, token: tokens.alice });
      assert.equal(response.statusCode, 400, `${id}: ${response.body}`);
      assert.match(response.json().error.message, /params: \/id must match pattern/);
    }
    const cases: [InjectOptions, RegExp][] = [
      [
        { method: 'POST', url: '/api/v1/auth/token/', payload: { username: 'ali\u0000ce', password: 'x' } },
        /^The body at \/username holds a NUL character/,
      ],
      [
        {
          method: 'POST',
          url: '/api/v1/collectors/',
          headers: { 'content-type': 'application/json' },
          payload: '{"machine_name":"web-\\ud800"}',
        },
        /^The body at \/machine_name holds a lone surrogate/,
      ],
      [{ method: 'GET', url: '/api/v1/benchmarks/?name=a%00b' }, /^The query parameter name holds a NUL/],
      [
        {
          method: 'POST',
          url: '/api/v1/collectors/',
          headers: { 'content-type': 'application/json' },
          payload: `${'['.repeat(100)}${']'.repeat(100)}`,
        },
        /nests arrays and objects deeper than 32 levels/,
      ],
      [{ method: 'GET', url: '/api/v1/collectors/?offset=99999999999999999999' }, /offset must be <=/],
    ];
    for (const [options, message] of cases) {
      const response = await call({ ...options, token: tokens.alice });
      assert.equal(response.statusCode, 400, `${options.url}: ${response.body}`);
      assert.match(response.json().error.message, message);
    }
    const created = await call({
      method: 'POST',
      url: '/api/v1/collectors/',
      token: tokens.alice,
      payload: { machine_name: 'implausible' },
    });
    const { id } = created.json();
    const hostCsv =
      'timestamp,cpu_user,mem_used\n2026-03-01T10:00:00Z,10,1000\n2026-03-01T10:00:01Z,10,1e200\n';
    const upload = await call({
      method: 'POST',
      url: `/api/v1/collectors/${id}/upload/`,
      token: tokens.alice,
      ...multipart('host.csv', hostCsv),
    });
    assert.equal(upload.statusCode, 400, upload.body);
    assert.match(
      upload.json().error.message,
      /host\.csv, line 3: mem_used: 1e200 is outside its plausible range/,
    );
    const old = await call({
      method: 'POST',
      url: `/api/v1/collectors/${id}/upload/`,
      token: tokens.alice,
      ...multipart('host.csv', 'timestamp,cpu_user\n1900-01-01T00:00:00Z,10\n'),
    });
    assert.match(old.json().error.message, /line 2: timestamp: "1900-01-01T00:00:00Z" is before 2000-01-01/);
    for (const payload of [
      { collector_id: id, utilization_pct: 50, work_units: 1e308 },
      { collector_id: id, name: 'x', score: 1e308 },
    ]) {
      const url = 'score' in payload ? '/api/v1/benchmarks/' : '/api/v1/loadtest/';
      const response = await call({ method: 'POST', url, token: tokens.alice, payload });
      assert.equal(response.statusCode, 400, response.body);
      assert.match(
        response.json().error.message,
        /(work_units|score) = 1e\+308 at .* is outside its plausible range/,
      );
    }
  });

  test('a body beyond ASCII reads as written, plain or gzip (agents send ASCII, decoded the fast way)', async () => {
    const name = 'zürich-✓-東京-😀';
    const json = JSON.stringify({ machine_name: name });
    for (const [encoding, payload] of [
      ['identity', Buffer.from(json)],
      ['gzip', gzipSync(json)],
    ] as const) {
      const response = await call({
        method: 'POST',
        url: '/api/v1/collectors/',
        token: tokens.alice,
        headers: { 'content-type': 'application/json', 'content-encoding': encoding },
        payload,
      });
      assert.equal(response.statusCode, 201, response.body);
      assert.equal(response.json().machine_name, name);
    }
  });

  test('load-test compare never averages two tests together, and the list filters by test name', async () => {
    const collector = async (machine_name: string) =>
      (
        await call({
          method: 'POST',
          url: '/api/v1/collectors/',
          token: tokens.alice,
          payload: { machine_name },
        })
      ).json().id as string;
    const [a, b] = [await collector('lt-a'), await collector('lt-b')];
    const post = (collector_id: string, name: string, utilization_pct: number, work_units: number) =>
      call({
        method: 'POST',
        url: '/api/v1/loadtest/',
        token: tokens.alice,
        payload: { collector_id, name, utilization_pct, work_units },
      });
    for (const [id, name, level, units] of [
      [a, 'cpu-v1', 50, 4850],
      [a, 'cpu-v1', 50, 4750],
      [a, 'other', 50, 100],
      [b, 'cpu-v1', 50, 2400],
      [b, 'cpu-v1', 100, 4900],
    ] as const) {
      assert.equal((await post(id, name, level, units)).statusCode, 201);
    }
    const compare = (payload: object) =>
      call({ method: 'POST', url: '/api/v1/loadtest/compare/', token: tokens.alice, payload });
    const unnamed = await compare({ collector_ids: [a, b] });
    assert.equal(unnamed.statusCode, 400, unnamed.body);
    assert.match(unnamed.json().error.message, /2 load tests \("cpu-v1", "other"\).*name the one/);
    const named = await compare({ collector_ids: [a, b], name: 'cpu-v1' });
    assert.equal(named.statusCode, 200, named.body);
    assert.deepEqual(named.json(), {
      name: 'cpu-v1',
      work_unit_version: null,
      levels: [50, 100],
      collectors: [
        { collector_id: a, machine_name: 'lt-a', work_units: [4800, null], runs: [2, 0], run_ids: [] },
        { collector_id: b, machine_name: 'lt-b', work_units: [2400, 4900], runs: [1, 1], run_ids: [] },
      ],
    });
    // One test only: no name needed.
    assert.equal((await compare({ collector_ids: [b] })).json().name, 'cpu-v1');
    const list = await call({
      method: 'GET',
      url: `/api/v1/loadtest/?collector=${a}&name=other`,
      token: tokens.alice,
    });
    assert.deepEqual(
      list.json().results.map((r: { name: string; work_units: number }) => [r.name, r.work_units]),
      [['other', 100]],
    );
  });

  test('every route the document secures refuses a request without credentials, before reading its input', async () => {
    const paths = (await call({ method: 'GET', url: '/docs/json' })).json().paths as Record<
      string,
      Record<string, { security?: unknown[] }>
    >;
    const secured = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).flatMap(([method, op]) =>
        (op.security ?? []).length > 0 ? [{ method: method.toUpperCase() as 'GET', path }] : [],
      ),
    );
    assert.ok(secured.length >= 35, `${secured.length} secured routes`);
    for (const { method, path } of secured) {
      // Malformed in every way the route could check: path, query and body.
      const url = `${path.replace(/\{\w+\}/g, 'x%00')}?limit=-1&collectors=`;
      const body = method === 'GET' || method === 'DELETE' ? {} : { payload: '{"not json' };
      const response = await call({ method, url, headers: { 'content-type': 'application/json' }, ...body });
      assert.equal(response.statusCode, 401, `${method} ${path} → ${response.statusCode} ${response.body}`);
    }
  });

  test("no route reads or changes another tenant's data", async () => {
    const victim = await call({
      method: 'POST',
      url: '/api/v1/collectors/',
      token: tokens.alice,
      payload: { machine_name: 'secret-box' },
    });
    const victimId = victim.json().id;
    // Every route the API documents, which is every route it has.
    const paths = (await call({ method: 'GET', url: '/docs/json' })).json().paths as Record<
      string,
      Record<string, unknown>
    >;
    const routes = Object.entries(paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({
        method: method.toUpperCase(),
        url: path.replace(/\{(\w+)\}/g, ':$1'),
      })),
    );
    const open = [
      '/api/v1/auth/token/',
      '/api/v1/auth/token/refresh/',
      '/api/v1/auth/signup/',
      '/api/v1/register/',
      '/api/v1/metrics/',
      '/healthz',
    ];
    // Every route that reaches tenant data: the API and /metrics (the install script and agent are public).
    const walked = routes.filter(
      (r) => (r.url.startsWith('/api/') || r.url === '/metrics') && !open.includes(r.url),
    );
    assert.ok(walked.length >= 15, `${walked.length} routes found`);
    // Log-out last: it ends the session of the token that walks.
    const loggingOut = (r: { url: string }) => Number(r.url.endsWith('/logout/'));
    for (const route of walked.sort((a, b) => loggingOut(a) - loggingOut(b))) {
      const url = route.url.replace(':id', victimId).replace(':file', victimId);
      // Bob (tenant acme) at the default tenant's address: refused, whatever the route.
      const body = route.method === 'GET' ? {} : { payload: {} };
      const foreign = await call({ method: route.method as 'GET', url, token: tokens.bob, ...body });
      // Refused before its body or parameters are looked at: who may call a route is checked first.
      assert.ok(
        [401, 403].includes(foreign.statusCode),
        `${route.method} ${url} with acme's token → ${foreign.statusCode}`,
      );
      // Bob at his own address, naming the default tenant's collector: it does not exist for him.
      const ownHost = await call({
        method: route.method as 'GET',
        url,
        host: 'acme.example.com',
        token: tokens.bob,
        ...body,
      });
      assert.ok(
        ![200, 201, 204].includes(ownHost.statusCode) || !ownHost.body.includes(victimId),
        `${route.method} ${url} leaked: ${ownHost.body}`,
      );
      if (route.url.includes(':id'))
        assert.ok([400, 404].includes(ownHost.statusCode), `${route.method} ${url} → ${ownHost.statusCode}`);
    }
    const bobAgain = await call({
      method: 'POST',
      url: '/api/v1/auth/token/',
      host: 'acme.example.com',
      payload: { username: 'bob', password: 'correct horse' },
    });
    const acmeList = await call({
      method: 'GET',
      url: '/api/v1/collectors/',
      host: 'acme.example.com',
      token: bobAgain.json().access,
    });
    assert.equal(acmeList.json().count, 0);
  });

  test('/metrics, /docs and the OpenAPI document', async () => {
    const metrics = await call({ method: 'GET', url: '/metrics', token: tokens.victor });
    assert.equal(metrics.statusCode, 200);
    assert.match(metrics.body, /# TYPE perfanalysis_http_request_duration_seconds histogram/);
    assert.match(metrics.body, /\nperfanalysis_collector_last_sample_timestamp_seconds\{collector="/);
    const docs = await call({ method: 'GET', url: '/docs/json' });
    assert.equal(docs.statusCode, 200);
    assert.ok(docs.json().paths['/api/v1/collectors/']);
  });
});
