import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { type Database, openDatabase } from '@perfanalysis/storage';
import {
  type DatabaseContext,
  forEachDatabase,
  testDatabaseUrl,
} from '@perfanalysis/storage/test-support/databases';
import { nodeInput } from './ring-fixture.test-support.js';
import { RingTable } from './ring-table.js';

const WRITERS = 6;
const SAMPLES_EACH = 40;
/** Writes each writer keeps in flight on its own pool. */
const IN_FLIGHT = 3;

/** `count` connection pools of their own to the context's server database, as separate processes would have. */
async function pools(ctx: DatabaseContext, count: number): Promise<{ db: Database; others: Database[] }> {
  const db = await ctx.fresh();
  const [row] = await db.query<{ name: string }>('SELECT current_database() AS name');
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${row?.name}`;
  const others = await Promise.all(
    Array.from({ length: count }, () => openDatabase({ url: url.toString(), poolSize: IN_FLIGHT })),
  );
  after(() => Promise.all(others.map((o) => o.close())));
  return { db, others };
}

/** Every writer, each on its own pool, writes SAMPLES_EACH samples (cpu_total_pct = its number) at once. */
async function writeConcurrently(rings: RingTable[]): Promise<void> {
  await Promise.all(
    rings.map(async (ring, w) => {
      let next = 0;
      const worker = async () => {
        while (next < SAMPLES_EACH) {
          const n = next++;
          await ring.write(nodeInput({ node_name: `writer-${w}`, cpu_total_pct: n }));
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    }),
  );
}

interface Row {
  id: number;
  slot: number;
  node_name: string;
  cpu_total_pct: number | null;
  sample_time: number | null;
}

const rowsOf = (db: Database) =>
  db.query<Row>(
    'SELECT id, slot, node_name, cpu_total_pct, sample_time FROM monitor_samples_ring ORDER BY slot',
  );

forEachDatabase('ring table, concurrent writers', (ctx) => {
  if (ctx.kind !== 'postgres') {
    test('PGlite has one connection: concurrency is tested on PostgreSQL', { skip: true }, () => undefined);
    return;
  }

  test('several pools write at once: no sample lost, none twice, every slot whole', async () => {
    const { db, others } = await pools(ctx, WRITERS);
    const total = WRITERS * SAMPLES_EACH;
    // Created by whichever writer gets there first: the others must find it, not fail or re-create it.
    await writeConcurrently(others.map((o) => new RingTable(o, { capacity: total + 10 })));

    const rows = await rowsOf(db);
    assert.equal(rows.length, total + 10);
    assert.deepEqual(
      rows.map((r) => r.slot),
      rows.map((_, i) => i),
    );
    const used = rows.filter((r) => r.sample_time !== null);
    assert.equal(used.length, total);
    for (let w = 0; w < WRITERS; w += 1) {
      const mine = used
        .filter((r) => r.node_name === `writer-${w}`)
        .map((r) => r.cpu_total_pct)
        .sort((a, b) => (a ?? 0) - (b ?? 0));
      assert.deepEqual(
        mine,
        Array.from({ length: SAMPLES_EACH }, (_, i) => i),
        `writer-${w}'s samples`,
      );
    }
    // Slots were handed out in write order: ids (drawn under the same lock) grow with the slot.
    for (let i = 1; i < used.length; i += 1) assert.ok((used[i]?.id ?? 0) > (used[i - 1]?.id ?? 0));
    assert.equal((await new RingTable(db).state()).nextSeq, total);
  });

  test('writers overwrite the oldest when full: the ring holds exactly the newest `capacity` samples', async () => {
    const { db, others } = await pools(ctx, WRITERS);
    const capacity = 50;
    const first = new RingTable(db, { capacity });
    await first.ensure(); // its empty slots took ids 1…capacity from the table's sequence
    await writeConcurrently(others.map((o) => new RingTable(o, { capacity })));

    const rows = await rowsOf(db);
    assert.equal(rows.length, capacity);
    assert.ok(rows.every((r) => r.sample_time !== null));
    const ids = rows.map((r) => r.id).sort((a, b) => a - b);
    const total = WRITERS * SAMPLES_EACH;
    // Write n (0-based) took id capacity+1+n: the newest `capacity` writes are the ids up to capacity+total.
    assert.deepEqual(
      ids,
      Array.from({ length: capacity }, (_, i) => total + 1 + i),
    );
    for (const row of rows) assert.equal(row.slot, (row.id - capacity - 1) % capacity, `row ${row.id}`);
    assert.equal((await first.state()).nextSeq, total);
  });

  test('setCapacity while writers write: writers wait, and the ring stays whole and in order', async () => {
    const { db, others } = await pools(ctx, WRITERS);
    const admin = new RingTable(db, { capacity: 40 });
    await admin.ensure();
    const writing = writeConcurrently(others.map((o) => new RingTable(o)));
    for (const capacity of [70, 25, 100, 60]) {
      await new Promise((resolve) => setTimeout(resolve, 15));
      await admin.resize(capacity);
    }
    await writing;

    const state = await admin.state();
    assert.equal(state.capacity, 60);
    const rows = await rowsOf(db);
    assert.deepEqual(
      rows.map((r) => r.slot),
      Array.from({ length: 60 }, (_, i) => i),
    );
    // Oldest to newest, the used slots follow one another round the ring, and the next write goes after them.
    const used = rows.filter((r) => r.sample_time !== null).sort((a, b) => a.id - b.id);
    assert.equal(used.length, Math.min(60, state.nextSeq));
    for (let i = 1; i < used.length; i += 1) {
      assert.equal(used[i]?.slot, ((used[i - 1]?.slot ?? 0) + 1) % 60);
    }
    assert.equal(state.nextSlot, ((used.at(-1)?.slot ?? -1) + 1) % 60);
  });
});
