import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { installErrorHandler } from './http/error-handler.js';
import { serveWebApp } from './web-app.js';

let dir: string;
let app: FastifyInstance;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pa-web-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><div id="app"></div>');
  await writeFile(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  app = Fastify();
  installErrorHandler(app);
  app.get('/api/v1/collectors/', async () => ({ count: 0, results: [] }));
  await serveWebApp(app, dir);
});
after(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

test('the dashboard is served at / and for its own addresses', async () => {
  for (const url of ['/', '/collectors', '/collectors/0b7c/dashboard?range=1H']) {
    const response = await app.inject({ url });
    assert.equal(response.statusCode, 200, url);
    assert.match(String(response.headers['content-type'] ?? ''), /text\/html/);
    assert.match(response.body, /id="app"/);
    assert.equal(response.headers['cache-control'], 'no-cache');
  }
});

test('hashed assets are cached for long', async () => {
  const response = await app.inject({ url: '/assets/index-abc.js' });
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers['cache-control']), /immutable/);
});

test('a missing file is a 404, not the page; no path leaves the folder', async () => {
  assert.equal((await app.inject({ url: '/assets/index-gone.js' })).statusCode, 404);
  for (const url of [
    '/../package.json',
    '/assets/..%2F..%2Fetc%2Fpasswd.js',
    '/%2e%2e/%2e%2e/etc/hosts.txt',
  ]) {
    const response = await app.inject({ url });
    assert.ok([400, 403, 404].includes(response.statusCode) || /id="app"/.test(response.body), url);
    assert.doesNotMatch(response.body, /root:|127\.0\.0\.1/, url);
  }
});

test('unknown API paths stay JSON 404s, and the API still answers', async () => {
  for (const url of ['/api/v1/nothing/', '/docs/nothing', '/healthz/x', '/metrics/x']) {
    const response = await app.inject({ url });
    assert.equal(response.statusCode, 404, url);
    assert.equal(response.json().error.code, 'NOT_FOUND');
  }
  assert.equal((await app.inject({ url: '/api/v1/collectors/' })).json().count, 0);
  assert.equal((await app.inject({ url: '/nothing', method: 'POST' })).statusCode, 404);
});
