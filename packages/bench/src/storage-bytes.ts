import { realisticSamples } from '@perfanalysis/server';
import { sampleRepository, type TenantHandle } from '@perfanalysis/storage';
import { createCollectors, openMigrated, withBenchDatabase } from './bench-database.js';
import { type Benchmark, type Row, row } from './benchmark.js';
import { schemaBytes } from './schema-bytes.js';

const COLLECTORS = 4;
/** As pcc sends in trickle mode at 1 s: five samples a batch. */
const BATCH = 5;
/** Twelve minutes at 1 s: a spool flushed after an outage, an import. */
const HISTORY_BATCH = 720;

/** Every table and index of the schema with its size, largest first: where the bytes go. */
async function relationBytes(t: TenantHandle): Promise<{ name: string; bytes: number }[]> {
  const rows = await t.query<{ name: string; bytes: string }>(
    `SELECT c.relname AS name, pg_relation_size(c.oid)::text AS bytes
     FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'i', 't', 'm', 'p') AND pg_relation_size(c.oid) > 8192
     ORDER BY pg_relation_size(c.oid) DESC`,
    [t.tenant.schemaName],
  );
  return rows.map((r) => ({ name: r.name, bytes: Number(r.bytes) }));
}

/**
 * Bytes on disk per stored sample on PostgreSQL: COLLECTORS collectors of realistic samples (2 CPUs, 1 or 2
 * disks, 2 interfaces, 3 filesystems) at 1 s, a day each (6 hours with --quick): all but the last hour in
 * batches of HISTORY_BATCH (a spool flushed, an import), the last hour in batches of five as a fleet trickles
 * them; then VACUUM (not FULL: what autovacuum leaves). Every relation of the tenant schema counts, tables,
 * indexes, TOAST and rollups, less what it held before. Also the last hour's own cost: what its trickled
 * samples added, the rollups' rewritten rows included. Prints where the bytes go on stderr.
 */
export const storageBytesBenchmark: Benchmark = {
  name: 'storage-bytes',
  run({ quick }) {
    return withBenchDatabase(async (url) => {
      const { db, tenant: t } = await openMigrated({ url });
      try {
        return await measure(t, quick ? 6 : 24);
      } finally {
        await db.close();
      }
    });
  },
};

async function store(
  t: TenantHandle,
  collectors: readonly { id: string }[],
  from: number,
  count: number,
  batch: number,
): Promise<void> {
  const repository = sampleRepository(t);
  for (let i = 0; i < count; i += batch) {
    for (const [c, collector] of collectors.entries()) {
      const samples = realisticSamples(from + i * 1000, Math.min(batch, count - i), {
        seed: c,
        disks: 1 + (c % 2),
      });
      await repository.insertSamples(collector.id, samples);
    }
  }
}

async function measure(t: TenantHandle, hours: number): Promise<Row[]> {
  const collectors = await createCollectors(t, 'bench-bytes', COLLECTORS);
  await t.exec('VACUUM');
  const empty = await schemaBytes(t, t.tenant.schemaName);
  const start = Date.UTC(2026, 0, 5, 0, 0, 0);
  const history = (hours - 1) * 3600;
  await store(t, collectors, start, history, HISTORY_BATCH);
  await t.exec('VACUUM ANALYZE');
  const before = await schemaBytes(t, t.tenant.schemaName);
  await store(t, collectors, start + history * 1000, 3600, BATCH);
  await t.exec('VACUUM ANALYZE');
  const after = await schemaBytes(t, t.tenant.schemaName);
  const stored = COLLECTORS * (history + 3600);
  for (const r of await relationBytes(t))
    process.stderr.write(`  ${r.name}: ${(r.bytes / stored).toFixed(1)} bytes a sample\n`);
  const n = stored.toLocaleString('en-US');
  return [
    row({
      name: `storage: bytes on disk per sample (tenant schema: tables, indexes, rollups), ${n} realistic samples, ${COLLECTORS} collectors × ${hours} h at 1 s, the last hour in batches of ${BATCH}, after VACUUM`,
      value: (after - empty) / stored,
      unit: 'bytes',
      target: { of: 'value', op: '≤', limit: 1000 },
    }),
    row({
      name: `storage: bytes on disk per sample of that last hour alone (${(COLLECTORS * 3600).toLocaleString('en-US')} samples trickled in batches of ${BATCH}: the rollups' rewritten rows included)`,
      value: (after - before) / (COLLECTORS * 3600),
      unit: 'bytes',
    }),
  ];
}
