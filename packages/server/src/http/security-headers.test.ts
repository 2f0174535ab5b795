import assert from 'node:assert/strict';
import { test } from 'node:test';
import Fastify from 'fastify';
import { addSecurityHeaders } from './security-headers.js';

test('every answer carries the security headers; only /docs may use inline styles', async () => {
  const app = Fastify();
  addSecurityHeaders(app);
  app.get('/*', async () => 'page');
  for (const url of ['/', '/collectors', '/api/v1/nothing', '/docs/static/index.html', '/docsx']) {
    const answer = await app.inject({ url });
    assert.equal(answer.headers['x-content-type-options'], 'nosniff');
    assert.equal(answer.headers['x-frame-options'], 'DENY');
    assert.equal(answer.headers['referrer-policy'], 'no-referrer');
    const csp = String(answer.headers['content-security-policy']);
    assert.match(csp, /default-src 'self'; script-src 'self'; style-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(csp.includes('unsafe-inline'), url.startsWith('/docs/'), url);
  }
});
