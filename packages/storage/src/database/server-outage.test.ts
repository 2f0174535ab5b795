import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { after, test } from 'node:test';
import { testDatabaseUrl } from '../test-support/databases.test-support.js';
import { openDatabase } from './connection.js';
import type { Database } from './database.js';
import { DatabaseUnavailableError } from './errors.js';

/**
 * A PostgreSQL server that goes silent (black-holed: packets dropped, nothing refused or reset) must make
 * statements fail as unavailable within seconds, not after TCP gives up minutes later; a slow statement on a
 * server that still answers must not be cut.
 */

/** A TCP proxy to `target` that can be black-holed: from then on it forwards nothing, either way. */
async function blackHoleProxy(target: URL): Promise<{ port: number; silence(): void; server: Server }> {
  let silent = false;
  const sockets: Socket[] = [];
  const server = createServer((client) => {
    const upstream = createConnection(Number(target.port || 5432), target.hostname);
    sockets.push(client, upstream);
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      from.on('data', (chunk) => {
        if (!silent) to.write(chunk);
      });
      from.on('error', () => undefined);
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  assert.ok(address !== null && typeof address === 'object');
  server.on('close', () => {
    for (const socket of sockets) socket.destroy();
  });
  return { port: address.port, silence: () => (silent = true), server };
}

const through = (port: number): string => {
  const url = new URL(testDatabaseUrl());
  url.host = `127.0.0.1:${port}`;
  return url.toString();
};

async function reachable(): Promise<boolean> {
  const db = await openDatabase({ url: testDatabaseUrl(), poolSize: 1 });
  try {
    await db.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await db.close();
  }
}

const closing: (() => Promise<unknown>)[] = [];
after(async () => {
  for (const close of closing) await close().catch(() => undefined);
});

test('a server that accepts connections and never answers: unavailable, not a hang', {
  timeout: 60_000,
}, async () => {
  const server = createServer(() => undefined);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  closing.push(async () => server.close());
  const port = (server.address() as { port: number }).port;
  const db = await openDatabase({ url: `postgres://postgres@127.0.0.1:${port}/nothing`, poolSize: 1 });
  closing.push(() => db.close());
  await assert.rejects(db.query('SELECT 1'), DatabaseUnavailableError);
});

test('a server black-holed while connected: statements fail as unavailable', {
  timeout: 60_000,
}, async (t) => {
  if (!(await reachable())) return t.skip(`no PostgreSQL at ${testDatabaseUrl()}`);
  const proxy = await blackHoleProxy(new URL(testDatabaseUrl()));
  closing.push(async () => proxy.server.close());
  const db: Database = await openDatabase({ url: through(proxy.port), poolSize: 2 });
  closing.push(() => db.close());
  // A statement longer than the probe delay, on a server that answers, runs to its end.
  const [slow] = await db.query<{ done: number }>('SELECT 1 AS done FROM pg_sleep(6)');
  assert.equal(slow?.done, 1);
  proxy.silence();
  await assert.rejects(db.query('SELECT 2'), DatabaseUnavailableError);
  await assert.rejects(
    db.transaction((tx) => tx.query('SELECT 3')),
    DatabaseUnavailableError,
  );
});
