import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import {
  changeTenantDomains,
  type Database,
  DEFAULT_TENANT_NAME,
  migrate,
  openDatabase,
  tenantByName,
  tenantHandle,
  userRepository,
} from '@perfanalysis/storage';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { hashPassword } from '../passwords.js';
import type { HttpSettings } from './http-settings.js';

const TLS = new URL('../../testdata/tls/', import.meta.url);
const DASHBOARD = 'https://dash.example.com';

describe("the portal's HTTP layer: CORS, compression, proxies, TLS", () => {
  let db: Database;
  const apps: FastifyInstance[] = [];
  const portal = async (http?: HttpSettings) => {
    const app = await buildApp(
      { db, bodyLimitBytes: 1024 * 1024 },
      { role: 'portal', ...(http === undefined ? {} : { http }) },
    );
    apps.push(app);
    return app;
  };
  let token = '';

  before(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    await migrate(db);
    // The first user, signing up from this machine, is the default tenant's admin.
    const signup = await (await portal()).inject({
      method: 'POST',
      url: '/api/v1/auth/signup/',
      payload: { username: 'alice', password: 'correct horse' },
    });
    assert.equal(signup.statusCode, 201, signup.body);
    token = signup.json().access;
  });
  after(async () => {
    for (const app of apps) await app.close();
    await db.close();
  });

  test('CORS: nothing is allowed by default; a configured origin is, with its preflight, and no other', async () => {
    const closed = await portal();
    const plain = await closed.inject({ url: '/api/v1/collectors/', headers: { origin: DASHBOARD } });
    assert.equal(plain.headers['access-control-allow-origin'], undefined);
    const unanswered = await closed.inject({
      method: 'OPTIONS',
      url: '/api/v1/collectors/',
      headers: { origin: DASHBOARD, 'access-control-request-method': 'GET' },
    });
    assert.equal(unanswered.headers['access-control-allow-origin'], undefined);

    const open = await portal({ corsOrigins: [DASHBOARD, 'http://localhost:3000'] });
    const preflight = await open.inject({
      method: 'OPTIONS',
      url: '/api/v1/collectors/',
      headers: {
        origin: DASHBOARD,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    assert.equal(preflight.statusCode, 204, preflight.body);
    assert.equal(preflight.headers['access-control-allow-origin'], DASHBOARD);
    assert.match(String(preflight.headers['access-control-allow-methods']), /POST/);
    assert.match(String(preflight.headers['access-control-allow-headers']), /authorization/);
    const call = await open.inject({
      url: '/api/v1/collectors/',
      headers: { origin: 'http://localhost:3000', authorization: `Bearer ${token}` },
    });
    assert.equal(call.statusCode, 200, call.body);
    assert.equal(call.headers['access-control-allow-origin'], 'http://localhost:3000');
    assert.match(String(call.headers.vary), /origin/i);
    const stranger = await open.inject({
      method: 'OPTIONS',
      url: '/api/v1/collectors/',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'GET' },
    });
    assert.equal(stranger.headers['access-control-allow-origin'], undefined);
  });

  test('JSON answers are compressed with br or gzip when the client accepts it, and not otherwise', async () => {
    const app = await portal();
    const identity = await app.inject({ url: '/docs/json', headers: { 'accept-encoding': 'identity' } });
    assert.equal(identity.headers['content-encoding'], undefined);
    const br = await app.inject({ url: '/docs/json', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(br.rawPayload).toString(), identity.body);
    const gzip = await app.inject({ url: '/docs/json', headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gzip.rawPayload).toString(), identity.body);
    console.log(
      `OpenAPI document: ${identity.rawPayload.length} bytes, br ${br.rawPayload.length}, gzip ${gzip.rawPayload.length}`,
    );
    // A gzip request body is still read (and limited) by the JSON parser, not by the compression plugin.
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/token/',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync(JSON.stringify({ username: 'alice', password: 'correct horse' })),
    });
    assert.equal(login.statusCode, 200, login.body);
  });

  test('behind a trusted proxy, install commands and install.sh name the address the client used', async () => {
    // The name clients use is registered for the tenant, as behind any proxy (README: Tenants, users and domains).
    await changeTenantDomains(db, DEFAULT_TENANT_NAME, { add: ['perf.example.com'] });
    const proxied = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'perf.example.com' };
    const create = (app: FastifyInstance, name: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/collectors/',
        headers: { authorization: `Bearer ${token}`, host: 'localhost:8000', ...proxied },
        payload: { name },
      });
    const trusting = await portal({ corsOrigins: [], trustProxy: ['127.0.0.1'] });
    const behind = await create(trusting, 'behind-proxy');
    assert.equal(behind.statusCode, 201, behind.body);
    assert.match(
      behind.json().install_command,
      /^curl -s https:\/\/perf\.example\.com\/install\.sh \| API_KEY=/,
    );
    const script = await trusting.inject({
      url: '/install.sh',
      headers: { host: 'localhost:8000', ...proxied },
    });
    assert.match(script.body, /https:\/\/perf\.example\.com/);
    // Not configured: the headers are anyone's to send, and are ignored.
    const direct = await create(await portal(), 'not-proxied');
    assert.match(direct.json().install_command, /^curl -s http:\/\/localhost:8000\/install\.sh/);
    // The tenant is the forwarded host's too.
    const elsewhere = { authorization: `Bearer ${token}`, 'x-forwarded-host': 'nowhere.example.com' };
    const unknown = await trusting.inject({ url: '/api/v1/collectors/', headers: elsewhere });
    assert.equal(unknown.statusCode, 404, unknown.body);
    assert.match(unknown.json().error.message, /No tenant is served at nowhere\.example\.com/);
    assert.equal(
      (await (await portal()).inject({ url: '/api/v1/collectors/', headers: elsewhere })).statusCode,
      200,
    );
    const others = await portal({ corsOrigins: [], trustProxy: ['10.0.0.1'] });
    assert.match(
      (await create(others, 'other-proxy')).json().install_command,
      /^curl -s http:\/\/localhost:8000\//,
    );
  });

  test('with a certificate, the portal serves HTTPS and says https:// in install commands', async () => {
    const cert = readFileSync(new URL('localhost.crt', TLS));
    const app = await portal({
      corsOrigins: [],
      tls: { cert, key: readFileSync(new URL('localhost.key', TLS)) },
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    assert.ok(address !== null && typeof address === 'object');
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpsRequest(
        {
          host: '127.0.0.1',
          servername: 'localhost',
          port: address.port,
          path: '/api/v1/collectors/',
          method: 'POST',
          ca: cert,
          headers: {
            host: `localhost:${address.port}`,
            authorization: `Bearer ${token}`,
            'content-type': 'application/x-www-form-urlencoded',
          },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk) => {
            body += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end('machinename=tls-01&sitename=Secure');
    });
    assert.equal(answer.status, 201, answer.body);
    const created = JSON.parse(answer.body);
    assert.deepEqual([created.machinename, created.sitename], ['tls-01', 'Secure']);
    assert.match(
      created.install_command,
      new RegExp(`^curl -s https://localhost:${address.port}/install\\.sh`),
    );
  });

  test('behind a trusted proxy, log-ins are throttled per client, not for every client of the proxy', async () => {
    const tenant = tenantHandle(
      db,
      (await tenantByName(db, DEFAULT_TENANT_NAME)) ?? assert.fail('no tenant'),
    );
    const passwordHash = await hashPassword('correct horse');
    for (const username of ['bob', 'carol'])
      await userRepository(tenant).create({ username, passwordHash, role: 'viewer' });
    const login = (app: FastifyInstance, username: string, password: string, client: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/token/',
        headers: { 'x-forwarded-for': client },
        payload: { username, password },
      });
    const guess = async (app: FastifyInstance, username: string) => {
      for (let i = 0; i < 6; i++) await login(app, username, 'wrong password', '203.0.113.5');
    };
    // Trusted: the guesser's address is throttled, the real user's beside it is not.
    const trusting = await portal({ corsOrigins: [], trustProxy: ['127.0.0.1'] });
    await guess(trusting, 'bob');
    assert.equal((await login(trusting, 'bob', 'correct horse', '203.0.113.5')).statusCode, 429);
    assert.equal((await login(trusting, 'bob', 'correct horse', '198.51.100.7')).statusCode, 200);
    // Not trusted: the header is anyone's to send, so every client is the proxy's one address.
    const direct = await portal();
    await guess(direct, 'carol');
    assert.equal((await login(direct, 'carol', 'correct horse', '198.51.100.7')).statusCode, 429);
  });
});
