import assert from 'node:assert/strict';
import { test } from 'node:test';
import Fastify from 'fastify';
import { IngestActivity } from './ingest-activity.js';

async function appWithActivity(verbose: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  const activity = new IngestActivity({ out: (l) => out.push(l), err: (l) => err.push(l), verbose });
  const app = Fastify();
  await app.register(async (routes) => {
    routes.post('/api/v1/metrics/', async () => ({ stored: 3, duplicates: 2 }));
    routes.post('/api/v1/register/', async () => ({ collector_id: 'c' }));
    routes.post('/refused', async (_request, reply) =>
      reply
        .status(401)
        .send({ error: { code: 'INVALID_API_KEY', message: 'The API key is unknown', status: 401 } }),
    );
  });
  activity.watch(app);
  return { app, activity, out, err };
}

test('a line a minute counts batches, samples, registrations and errors, then starts afresh', async () => {
  const { app, activity, out, err } = await appWithActivity(false);
  await app.inject({ method: 'POST', url: '/api/v1/metrics/' });
  await app.inject({ method: 'POST', url: '/api/v1/metrics/' });
  await app.inject({ method: 'POST', url: '/api/v1/register/' });
  await app.inject({ method: 'POST', url: '/refused' });
  activity.error('cannot forward to the portal (ECONNREFUSED)');
  activity.flush('; spool 0.50 MiB waiting');
  activity.flush();
  assert.deepEqual(out, [
    'pcd: last minute: 2 batches, 10 samples, 1 registrations, 2 errors; spool 0.50 MiB waiting',
    'pcd: last minute: 0 batches, 0 samples, 0 registrations, 0 errors',
  ]);
  assert.equal(err.length, 2);
  assert.match(
    err[0] ?? '',
    /^pcd: error: POST \/refused from 127\.0\.0\.1: 401 The API key is unknown \(\d+ ms\)$/,
  );
  assert.equal(err[1], 'pcd: error: cannot forward to the portal (ECONNREFUSED)');
});

test('--verbose logs every request; without it, only errors and the minute', async () => {
  const quiet = await appWithActivity(false);
  await quiet.app.inject({ method: 'POST', url: '/api/v1/metrics/' });
  assert.deepEqual(quiet.out, []);
  const verbose = await appWithActivity(true);
  await verbose.app.inject({ method: 'POST', url: '/api/v1/metrics/' });
  await verbose.app.inject({ method: 'POST', url: '/api/v1/register/' });
  assert.equal(verbose.out.length, 2);
  assert.match(
    verbose.out[0] ?? '',
    /^pcd: POST \/api\/v1\/metrics\/ from 127\.0\.0\.1: 200, 5 samples \(\d+ ms\)$/,
  );
  assert.match(verbose.out[1] ?? '', /^pcd: POST \/api\/v1\/register\/ from 127\.0\.0\.1: 200 \(\d+ ms\)$/);
});
