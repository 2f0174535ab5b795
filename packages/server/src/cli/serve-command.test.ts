import assert from 'node:assert/strict';
import { test } from 'node:test';
import { perfanalysis } from './cli.test-support.js';

test('serve --port names the port of the one role run, and is refused with both', async () => {
  const both = await perfanalysis(['serve', '--port', '9000']);
  assert.equal(both.code, 2);
  assert.match(both.err, /--port: with both roles, give --portal-port and --ingest-port/);
  const bad = await perfanalysis(['serve', '--services', 'ingest', '--port', '99999']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--port: "99999" is not a port/);
  const role = await perfanalysis(['serve', '--services', 'queue']);
  assert.match(role.err, /--services: "queue" is not a role/);
});
