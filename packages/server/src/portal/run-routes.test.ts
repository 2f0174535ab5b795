import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTenant, type Database } from '@perfanalysis/storage';
import { forEachDatabase } from '@perfanalysis/storage/test-support/databases';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../app.js';

const START = '2026-12-01T10:00:00.000Z';
const END = '2026-12-01T10:10:00.000Z';

forEachDatabase('named runs API', (ctx) => {
  let db: Database;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};
  let collector = '';
  const call = (host: string, token: string, options: InjectOptions) =>
    app.inject({ ...options, headers: { host, authorization: `Bearer ${token}` } });
  const acme = (who: string, options: InjectOptions) => call('runs.example.com', tokens[who] ?? '', options);
  const runs = () => `/api/v1/collectors/${collector}/runs/`;

  before(async () => {
    db = await ctx.db();
    await createTenant(db, { name: 'runsapi', domains: ['runs.example.com'] });
    await createTenant(db, { name: 'runsother', domains: ['other.example.com'] });
    app = await buildApp({ db, bodyLimitBytes: 1024 * 1024 }, { role: 'portal' });
    const signup = async (host: string, username: string) =>
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/auth/signup/',
          headers: { host },
          payload: { username, password: 'correct horse' },
        })
      ).json().access as string;
    tokens.admin = await signup('runs.example.com', 'ada');
    tokens.stranger = await signup('other.example.com', 'eve');
    for (const [username, role] of [
      ['vic', 'viewer'],
      ['ana', 'analyst'],
      ['bob', 'analyst'],
    ] as const) {
      const made = await acme('admin', {
        method: 'POST',
        url: '/api/v1/users/',
        payload: { username, password: 'correct horse', role },
      });
      assert.equal(made.statusCode, 201, made.body);
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/token/',
        headers: { host: 'runs.example.com' },
        payload: { username, password: 'correct horse' },
      });
      tokens[username] = login.json().access;
    }
    collector = (
      await acme('admin', { method: 'POST', url: '/api/v1/collectors/', payload: { machine_name: 'web-01' } })
    ).json().id;
  });
  after(() => app.close());

  test('an analyst names a run; a viewer reads it but cannot make, edit or delete one (403)', async () => {
    const made = await acme('ana', {
      method: 'POST',
      url: runs(),
      payload: { name: '200 users', note: 'after the kernel update', start: START, end: END },
    });
    assert.equal(made.statusCode, 201, made.body);
    const run = made.json();
    assert.deepEqual(
      [run.kind, run.name, run.note, run.start, run.end, run.created_by, run.version],
      ['run', '200 users', 'after the kernel update', START, END, 'ana', 1],
    );
    const listed = await acme('vic', { method: 'GET', url: runs() });
    assert.equal(listed.statusCode, 200, listed.body);
    assert.deepEqual([listed.json().count, listed.json().next], [1, null]);
    assert.deepEqual(
      listed.json().results.map((r: { id: number }) => r.id),
      [run.id],
    );
    for (const options of [
      { method: 'POST', url: runs(), payload: { name: 'x', start: START, end: END } },
      { method: 'PATCH', url: `/api/v1/runs/${run.id}/`, payload: { version: 1, name: 'x' } },
      { method: 'DELETE', url: `/api/v1/runs/${run.id}/` },
    ] as const) {
      const refused = await acme('vic', options);
      assert.equal(refused.statusCode, 403, `${options.method}: ${refused.body}`);
      assert.match(refused.json().error.message, /needs the analyst role/);
    }
    const stranger = await call('other.example.com', tokens.stranger ?? '', { method: 'GET', url: runs() });
    assert.equal(stranger.statusCode, 404, stranger.body);
  });

  test('bad input is a clear 4xx naming the problem', async () => {
    const cases: [InjectOptions, number, RegExp][] = [
      [
        { method: 'POST', url: runs(), payload: { name: 'x', start: END, end: START } },
        400,
        /end: must be after start/,
      ],
      [
        { method: 'POST', url: runs(), payload: { name: 'x', start: START, end: START } },
        400,
        /end: must be after start/,
      ],
      [
        { method: 'POST', url: runs(), payload: { name: 'x', start: '2010-01-01T00:00:00Z', end: END } },
        400,
        /at most 400 days/,
      ],
      [
        { method: 'POST', url: runs(), payload: { name: 'x', start: '1990-01-01T00:00:00Z', end: END } },
        400,
        /start is before 2000/,
      ],
      [
        { method: 'POST', url: runs(), payload: { name: 'x'.repeat(201), start: START, end: END } },
        400,
        /name/,
      ],
      [{ method: 'POST', url: runs(), payload: { name: '', start: START, end: END } }, 400, /name/],
      [
        {
          method: 'POST',
          url: runs(),
          payload: { name: 'x', note: 'n'.repeat(4001), start: START, end: END },
        },
        400,
        /note/,
      ],
      [{ method: 'POST', url: runs(), payload: { name: 'x', start: 'yesterday', end: END } }, 400, /start/],
      [
        {
          method: 'POST',
          url: '/api/v1/collectors/00000000-0000-4000-8000-000000000000/runs/',
          payload: { name: 'x', start: START, end: END },
        },
        404,
        /No collector 00000000/,
      ],
      [
        {
          method: 'POST',
          url: '/api/v1/collectors/nope/runs/',
          payload: { name: 'x', start: START, end: END },
        },
        404,
        /No collector nope/,
      ],
      [
        { method: 'PATCH', url: '/api/v1/runs/999999/', payload: { version: 1, name: 'x' } },
        404,
        /No run 999999/,
      ],
      [{ method: 'PATCH', url: '/api/v1/runs/1/', payload: { name: 'x' } }, 400, /version/],
      [{ method: 'DELETE', url: '/api/v1/runs/1.5/' }, 400, /id/],
    ];
    for (const [options, status, message] of cases) {
      const answer = await acme('ana', options);
      assert.equal(answer.statusCode, status, `${JSON.stringify(options.payload)}: ${answer.body}`);
      assert.match(answer.json().error.message, message);
    }
  });

  test('two analysts edit one run: the stale edit is a 409 and the first edit stays', async () => {
    const run = (
      await acme('ana', { method: 'POST', url: runs(), payload: { name: 'soak', start: START, end: END } })
    ).json();
    const url = `/api/v1/runs/${run.id}/`;
    const byAna = await acme('ana', {
      method: 'PATCH',
      url,
      payload: { version: 1, name: 'soak, 500 users' },
    });
    assert.equal(byAna.statusCode, 200, byAna.body);
    const byBob = await acme('bob', { method: 'PATCH', url, payload: { version: 1, note: 'bob' } });
    assert.equal(byBob.statusCode, 409, byBob.body);
    assert.match(byBob.json().error.message, /changed by someone else/);
    const moved = await acme('bob', {
      method: 'PATCH',
      url,
      payload: { version: 2, end: '2026-12-01T10:05:00.000Z' },
    });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.deepEqual(
      [moved.json().name, moved.json().end, moved.json().version],
      ['soak, 500 users', '2026-12-01T10:05:00.000Z', 3],
    );
    const backwards = await acme('bob', { method: 'PATCH', url, payload: { version: 3, start: END } });
    assert.equal(backwards.statusCode, 400);
    assert.match(backwards.json().error.message, /end: must be after start/);
    assert.equal((await acme('bob', { method: 'DELETE', url })).statusCode, 204);
    assert.equal((await acme('ana', { method: 'GET', url })).statusCode, 404);
  });
});
