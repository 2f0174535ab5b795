import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase } from './connection.js';

const scratch = mkdtempSync(join(tmpdir(), 'pa-socket-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

test('a client of the owner’s socket and the owner never run statements inside each other’s transactions', async () => {
  const options = { dataDir: join(scratch, 'pglite'), socketDir: scratch };
  const owner = await openDatabase(options);
  const client = await openDatabase(options);
  try {
    assert.equal(owner.kind, 'embedded');
    assert.match(client.location, /through process \d+/);
    await owner.exec('CREATE TABLE pairs (who text, n int)');
    // Each side writes two rows per transaction and counts, inside it, the other side's rows: an odd count,
    // or a change between its two reads, is a statement of the other side's run inside this transaction.
    const seen: string[] = [];
    const side = (db: typeof owner, me: string, other: string) => async () => {
      for (let i = 0; i < 30; i++) {
        await db.transaction(async (tx) => {
          const count = async () =>
            (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM pairs WHERE who = $1', [other]))[0]
              ?.n;
          const before = await count();
          await tx.execute('INSERT INTO pairs VALUES ($1, $2)', [me, i]);
          await tx.execute('INSERT INTO pairs VALUES ($1, $2)', [me, i]);
          const afterwards = await count();
          if (before !== afterwards || (before ?? 0) % 2 !== 0)
            seen.push(`${me} saw ${other}: ${before} → ${afterwards}`);
        });
      }
    };
    // Two clients' worth of work on one connection each, and the owner's, all at once.
    const second = await openDatabase(options);
    try {
      await Promise.all([
        side(owner, 'owner', 'client')(),
        side(client, 'client', 'owner')(),
        side(second, 'second', 'client')(),
      ]);
    } finally {
      await second.close();
    }
    assert.deepEqual(seen, []);
    const rows = await client.query<{ who: string; n: number }>(
      'SELECT who, count(*)::int AS n FROM pairs GROUP BY who ORDER BY who',
    );
    assert.deepEqual(rows, [
      { who: 'client', n: 60 },
      { who: 'owner', n: 60 },
      { who: 'second', n: 60 },
    ]);
    // A client that fails inside a transaction leaves the database clean for the next.
    await assert.rejects(
      client.transaction(async (tx) => {
        await tx.execute("INSERT INTO pairs VALUES ('lost', 1)");
        await tx.query('SELECT no_such_column FROM pairs');
      }),
    );
    assert.deepEqual(await owner.query("SELECT count(*)::int AS n FROM pairs WHERE who = 'lost'"), [
      { n: 0 },
    ]);
  } finally {
    await client.close();
    await owner.close();
  }
});
