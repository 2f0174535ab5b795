import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { openDatabase } from './connection.js';
import { BinaryCopyWriter, uuidBytes } from './copy-binary.js';
import type { Database } from './database.js';
import { DatabaseUnavailableError, isUniqueViolation, sqlState } from './errors.js';
import { qualify } from './identifiers.js';

forEachDatabase('connection', (ctx) => {
  let db: Database;
  const table = qualify('public', 'things');

  test('opens and creates a scratch table', async () => {
    db = await ctx.fresh();
    assert.ok(db.location.length > 0);
    await db.exec(
      `CREATE TABLE ${table} (id int PRIMARY KEY, label text NOT NULL, value float8, at timestamptz)`,
    );
  });

  test('query returns rows with numbers, dates, json and arrays decoded alike', async () => {
    const [row] = await db.query<Record<string, unknown>>(
      `SELECT 1::int8 AS big, 2::int4 AS small, 1.25::float8 AS f, $1::timestamptz AS at,
              $2::jsonb AS doc, ARRAY['a', 'b'] AS list, $3::text AS nothing`,
      [new Date(1_700_000_000_123), JSON.stringify({ a: [1, 2] }), null],
    );
    assert.deepEqual(row, {
      big: 1,
      small: 2,
      f: 1.25,
      at: new Date(1_700_000_000_123),
      doc: { a: [1, 2] },
      list: ['a', 'b'],
      nothing: null,
    });
  });

  test('execute returns the rows affected; exec runs several statements', async () => {
    await db.exec(
      `INSERT INTO ${table} VALUES (1, 'one', 1, now()); INSERT INTO ${table} VALUES (2, 'two', 2, now())`,
    );
    assert.equal(await db.execute(`UPDATE ${table} SET value = value * 10 WHERE id <= $1`, [2]), 2);
    assert.equal(await db.execute(`DELETE FROM ${table} WHERE id = ANY($1::int[])`, [[1, 2]]), 2);
  });

  test('a transaction commits when fn resolves and rolls back when it throws', async () => {
    await db.transaction((tx) => tx.execute(`INSERT INTO ${table} (id, label) VALUES (10, 'kept')`));
    await assert.rejects(
      db.transaction(async (tx) => {
        await tx.execute(`INSERT INTO ${table} (id, label) VALUES (11, 'lost')`);
        throw new Error('boom');
      }),
      /boom/,
    );
    const rows = await db.query<{ id: number }>(`SELECT id FROM ${table} WHERE id >= 10 ORDER BY id`);
    assert.deepEqual(
      rows.map((r) => r.id),
      [10],
    );
  });

  test('a nested transaction is a savepoint: its failure undoes only its own work', async () => {
    await db.transaction(async (tx) => {
      await tx.execute(`INSERT INTO ${table} (id, label) VALUES (20, 'outer')`);
      const error = await tx
        .transaction(async (inner) => {
          await inner.execute(`INSERT INTO ${table} (id, label) VALUES (21, 'inner')`);
          await inner.execute(`INSERT INTO ${table} (id, label) VALUES (20, 'duplicate')`);
        })
        .catch((e: unknown) => e);
      assert.ok(isUniqueViolation(error), `expected a unique violation, got ${String(error)}`);
      await tx.execute(`INSERT INTO ${table} (id, label) VALUES (22, 'after')`);
    });
    const rows = await db.query<{ id: number }>(`SELECT id FROM ${table} WHERE id >= 20 ORDER BY id`);
    assert.deepEqual(
      rows.map((r) => r.id),
      [20, 22],
    );
  });

  test('copyFrom loads CSV chunks, quoted text and NULLs, and reports the rows', async () => {
    async function* chunks() {
      yield '100,"a, ""quoted"" label",1.5,2024-01-01T00:00:00.000Z\n';
      yield '101,"",,\n102,plain,-0.25,\n';
    }
    assert.equal(await db.copyFrom(table, ['id', 'label', 'value', 'at'], chunks()), 3);
    const rows = await db.query(`SELECT id, label, value, at FROM ${table} WHERE id >= 100 ORDER BY id`);
    assert.deepEqual(rows, [
      { id: 100, label: 'a, "quoted" label', value: 1.5, at: new Date('2024-01-01T00:00:00Z') },
      { id: 101, label: '', value: null, at: null },
      { id: 102, label: 'plain', value: -0.25, at: null },
    ]);
  });

  test('a failing copyFrom loads nothing and leaves the connection usable', async () => {
    const error = await db
      .copyFrom(table, ['id', 'label'], ['200,fine\n', '100,duplicate\n'])
      .catch((e: unknown) => e);
    assert.equal(sqlState(error), '23505');
    const [row] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE id = 200`);
    assert.equal(row?.n, 0);
    await db
      .transaction(async (tx) => {
        const failed = await tx.copyFrom(table, ['id', 'label'], ['300,x\n300,y\n']).catch((e: unknown) => e);
        assert.ok(isUniqueViolation(failed));
      })
      .catch(() => undefined);
    assert.deepEqual(await db.query('SELECT 1 AS one'), [{ one: 1 }]);
  });
});

test('an unreachable server is a DatabaseUnavailableError, on every method', async () => {
  const db = await openDatabase({ url: 'postgres://nobody@127.0.0.1:1/none' });
  assert.equal(db.kind, 'server');
  assert.equal(db.location, '127.0.0.1:1/none');
  await assert.rejects(db.query('SELECT 1'), DatabaseUnavailableError);
  await assert.rejects(
    db.transaction(async () => 1),
    (e: unknown) => e instanceof DatabaseUnavailableError && e.code === 'DATABASE_UNAVAILABLE',
  );
  await db.close();
});

test('a closed embedded database is a DatabaseUnavailableError', async () => {
  const db = await openDatabase({ dataDir: 'memory://' });
  assert.equal(db.kind, 'embedded');
  await db.close();
  await assert.rejects(db.query('SELECT 1'), DatabaseUnavailableError);
});

forEachDatabase('binary copy', (ctx) => {
  test('copyFromBinary round-trips uuids, timestamps on both sides of 2000, floats and text', async () => {
    const db = await ctx.fresh();
    const table = qualify('public', 'typed');
    await db.exec(`CREATE TABLE ${table} (id uuid, at timestamptz, value float8, label text)`);
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const times = [0, 946_684_799_999, 946_684_800_000, 1_700_000_000_123, 7_258_118_400_000, -86_400_000];
    const values = [1.5, -0.25, 1_048_576.25, 12_345_678_901.23, Number.POSITIVE_INFINITY, null];
    const labels = ['cpu0', '', 'é 😀 "quoted", comma\nnewline', null, 'x', 'y'];
    const out = new BinaryCopyWriter(16);
    times.forEach((time, i) => {
      out.row(4);
      out.uuid(uuidBytes(id));
      out.timestamp(time);
      out.float8(values[i]);
      out.text(labels[i]);
    });
    assert.equal(out.rowCount, 6);
    const data = out.finish();
    assert.equal(
      await db.copyFromBinary(table, ['id', 'at', 'value', 'label'], [data.subarray(0, 7), data.subarray(7)]),
      6,
    );
    const rows = await db.query<{ id: string; at: Date; value: number | null; label: string | null }>(
      `SELECT id, at, value, label FROM ${table} ORDER BY at`,
    );
    const expected = times
      .map((time, i) => ({ id, at: new Date(time), value: values[i] ?? null, label: labels[i] ?? null }))
      .sort((a, b) => a.at.getTime() - b.at.getTime());
    assert.deepEqual(rows, expected);
  });

  test('the binary writer refuses what is not a number, a timestamp or a UUID', () => {
    const out = new BinaryCopyWriter();
    assert.throws(() => out.float8('1'), TypeError);
    assert.throws(() => out.float8({}), TypeError);
    assert.throws(() => out.timestamp(Number.NaN), TypeError);
    assert.throws(() => uuidBytes('0f8fad5b-d9cb-469f-a165-70867728950'), TypeError);
    assert.throws(() => uuidBytes("x' OR 1=1"), TypeError);
  });
});
