import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Database } from '@perfanalysis/storage';
import { forEachDatabase } from '@perfanalysis/storage/test-support/databases';
import { containerInput, nodeInput } from './ring-fixture.test-support.js';
import { RingTable } from './ring-table.js';

/** The ring's samples by slot: [slot, cpu_total_pct] (cpu_total_pct numbers the samples in these tests). */
async function slots(db: Database, table = 'monitor_samples_ring'): Promise<[number, number | null][]> {
  const rows = await db.query<{ slot: number; cpu_total_pct: number | null }>(
    `SELECT slot, cpu_total_pct FROM ${table} ORDER BY slot`,
  );
  return rows.map((r) => [r.slot, r.cpu_total_pct]);
}

/** Writes samples numbered `from`…`to` (in cpu_total_pct), one second apart, the last one newest. */
async function writeNumbered(ring: RingTable, from: number, to: number): Promise<void> {
  for (let n = from; n <= to; n += 1) await ring.write(nodeInput({ cpu_total_pct: n }, 1000 - n));
}

forEachDatabase('ring table', (ctx) => {
  test('a new ring has `capacity` empty slots; samples fill them in order, then overwrite the oldest', async () => {
    const db = await ctx.fresh();
    const ring = new RingTable(db, { capacity: 4 });
    assert.equal(await ring.ensure(), 4);
    assert.deepEqual(await slots(db), [
      [0, null],
      [1, null],
      [2, null],
      [3, null],
    ]);
    const [empty] = await db.query<{ n: number }>(
      `SELECT count(*) AS n FROM monitor_samples_ring WHERE sample_time IS NULL AND source = 'empty'`,
    );
    assert.equal(Number(empty?.n), 4);

    await writeNumbered(ring, 1, 3);
    assert.deepEqual(await slots(db), [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, null],
    ]);
    await writeNumbered(ring, 4, 6);
    assert.deepEqual(await slots(db), [
      [0, 5],
      [1, 6],
      [2, 3],
      [3, 4],
    ]);
    const state = await ring.state();
    assert.equal(state.capacity, 4);
    assert.equal(state.rows, 4);
    assert.equal(state.used, 4);
    assert.equal(state.nextSlot, 2, 'the next write overwrites sample 3, the oldest');
    assert.equal(state.nextSeq, 6);
  });

  test('a second monitor on the same ring keeps its capacity and continues its sequence', async () => {
    const db = await ctx.fresh();
    await writeNumbered(new RingTable(db, { capacity: 3 }), 1, 4);
    const other = new RingTable(db, { capacity: 50 });
    assert.equal(await other.ensure(), 3);
    await other.write(nodeInput({ cpu_total_pct: 5 }));
    assert.deepEqual(await slots(db), [
      [0, 4],
      [1, 5],
      [2, 3],
    ]);
  });

  test('setCapacity grows: every sample kept, oldest first, then empty slots to fill', async () => {
    const db = await ctx.fresh();
    const ring = new RingTable(db, { capacity: 3 });
    await writeNumbered(ring, 1, 5); // slots: 4 5 3
    assert.equal(await ring.resize(5), 0);
    assert.deepEqual(await slots(db), [
      [0, 3],
      [1, 4],
      [2, 5],
      [3, null],
      [4, null],
    ]);
    await writeNumbered(ring, 6, 8);
    assert.deepEqual(await slots(db), [
      [0, 8],
      [1, 4],
      [2, 5],
      [3, 6],
      [4, 7],
    ]);
    assert.equal((await ring.state()).capacity, 5);
  });

  test('setCapacity shrinks: the newest samples kept, the next write overwrites the oldest of them', async () => {
    const db = await ctx.fresh();
    const ring = new RingTable(db, { capacity: 5 });
    await writeNumbered(ring, 1, 7); // slots: 6 7 3 4 5
    assert.equal(await ring.resize(3), 2);
    assert.deepEqual(await slots(db), [
      [0, 5],
      [1, 6],
      [2, 7],
    ]);
    await writeNumbered(ring, 8, 8);
    assert.deepEqual(await slots(db), [
      [0, 8],
      [1, 6],
      [2, 7],
    ]);
    // Shrinking a ring that is not full drops nothing.
    const sparse = new RingTable(db, { name: 'sparse', capacity: 10 });
    await writeNumbered(sparse, 1, 2);
    assert.equal(await sparse.resize(4), 0);
    assert.deepEqual(await slots(db, 'sparse'), [
      [0, 1],
      [1, 2],
      [2, null],
      [3, null],
    ]);
    await assert.rejects(ring.resize(0), RangeError);
    await assert.rejects(ring.resize(1.5), RangeError);
  });

  test('cleanupOldSamples empties the slots of old samples and counts them', async () => {
    const db = await ctx.fresh();
    const ring = new RingTable(db, { capacity: 10 });
    await ring.write(nodeInput({ cpu_total_pct: 1 }, 30 * 3600));
    await ring.write(nodeInput({ cpu_total_pct: 2 }, 13 * 3600));
    await ring.write(nodeInput({ cpu_total_pct: 3 }, 60));
    assert.equal(await ring.cleanup(24), 1);
    assert.equal(await ring.cleanup(24), 0);
    assert.equal(await ring.cleanup(12), 1);
    const state = await ring.state();
    assert.deepEqual([state.rows, state.used, state.empty], [10, 1, 9]);
    assert.deepEqual(
      (await ring.recent()).map((r) => r.cpu_total_pct),
      [3],
    );
    await writeNumbered(ring, 4, 4);
    assert.equal((await ring.state()).used, 2, 'the ring goes on in order');
  });

  test('getRecentSamples: newest first, limited, by node and by container', async () => {
    const db = await ctx.fresh();
    const ring = new RingTable(db, { capacity: 20 });
    await ring.write(nodeInput({ node_name: 'a', cpu_total_pct: 1 }, 50));
    await ring.write(nodeInput({ node_name: 'b', cpu_total_pct: 2 }, 40));
    await ring.write(containerInput('web', { node_name: 'a', cpu_total_pct: 3 }, 30));
    await ring.write(containerInput('db', { node_name: 'a', cpu_total_pct: 4 }, 20));
    await ring.write(containerInput('web', { node_name: 'b', cpu_total_pct: 5 }, 10));
    const cpu = (rows: { cpu_total_pct: number | null }[]) => rows.map((r) => r.cpu_total_pct);
    assert.deepEqual(cpu(await ring.recent()), [5, 4, 3, 2, 1]);
    assert.deepEqual(cpu(await ring.recent({ limit: 2 })), [5, 4]);
    assert.deepEqual(cpu(await ring.recent({ node: 'a' })), [4, 3, 1]);
    assert.deepEqual(cpu(await ring.recent({ container: 'web' })), [5, 3]);
    assert.deepEqual(cpu(await ring.recent({ node: 'a', container: 'web' })), [3]);
    assert.deepEqual(cpu(await ring.recent({ node: 'nobody' })), []);
    const [row] = await ring.recent({ limit: 1 });
    assert.equal(row?.node_flag, false);
    assert.equal(row?.container_name, 'web');
    assert.equal(typeof row?.sample_time, 'number');
    assert.equal(typeof row?.id, 'number');
  });

  test('useNullForEmpty=false: what a sample lacks, and empty slots, are 0; integer columns rounded', async () => {
    const db = await ctx.fresh();
    const ring = new RingTable(db, { capacity: 3, useNullForEmpty: false });
    const row = await ring.write(nodeInput({ temperature_c: null, c_rss_mb: null, mem_total_mb: 1023.6 }));
    assert.equal(row.temperature_c, 0);
    assert.equal(row.c_rss_mb, 0);
    assert.equal(row.mem_total_mb, 1024);
    const [empty] = await db.query<{ cpu_total_pct: number | null; sample_time: number | null }>(
      'SELECT cpu_total_pct, sample_time FROM monitor_samples_ring WHERE slot = 2',
    );
    assert.deepEqual(empty, { cpu_total_pct: 0, sample_time: null });

    const nulls = new RingTable(db, { name: 'with_nulls', capacity: 3 });
    const kept = await nulls.write(nodeInput({ temperature_c: null }));
    assert.equal(kept.temperature_c, null);
  });

  test("a table of the seed's schema made by another tool is adopted, newest rows kept", async () => {
    const db = await ctx.fresh();
    await new RingTable(db, { name: 'legacy', capacity: 2 }).ensure();
    await db.exec(`DROP TABLE monitor_ring_state; DELETE FROM legacy;
      INSERT INTO legacy (slot, sample_time, node_flag, node_name, cpu_total_pct)
      VALUES (7, 100, TRUE, 'old', 1), (3, 200, TRUE, 'old', 2), (9, 300, TRUE, 'old', 3)`);
    const ring = new RingTable(db, { name: 'legacy', capacity: 2 });
    assert.equal(await ring.ensure(), 2);
    assert.deepEqual(await slots(db, 'legacy'), [
      [0, 2],
      [1, 3],
    ]);
  });
});
