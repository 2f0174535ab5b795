import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { freePort } from './free-port.test-support.js';

test('freePort gives a loopback port that can be listened on, and two calls in parallel both work', async () => {
  const ports = await Promise.all([freePort(), freePort()]);
  for (const port of ports) {
    assert.ok(port > 0 && port < 65536);
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
