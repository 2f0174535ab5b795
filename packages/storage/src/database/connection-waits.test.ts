import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDatabase } from '../test-support/databases.test-support.js';

forEachDatabase('connection waits', (ctx) => {
  test('every statement asks once; the askers are counted while they wait and not after', async () => {
    const db = await ctx.fresh();
    const before = db.connectionWaits();
    // Three statements at once: each has asked for a connection (or the embedded database's turn) the
    // moment it was sent, before any of them holds one.
    const running = [1, 2, 3].map((n) => db.query<{ n: number }>('SELECT $1::int AS n, pg_sleep(0.01)', [n]));
    assert.equal(db.connectionWaits().waiting, before.waiting + 3);
    const rows = await Promise.all(running);
    assert.deepEqual(
      rows.map(([row]) => row?.n),
      [1, 2, 3],
    );
    const after = db.connectionWaits();
    assert.equal(after.waiting, 0);
    assert.equal(after.count, before.count + 3);
    assert.ok(after.seconds >= before.seconds);
    // A transaction is one more ask, whatever it runs inside.
    await db.transaction(async (tx) => {
      await tx.query('SELECT 1');
      await tx.query('SELECT 2');
    });
    assert.equal(db.connectionWaits().count, after.count + 1);
  });
});
