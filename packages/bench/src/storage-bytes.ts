import { sampleRepository, type TenantHandle } from '@perfanalysis/storage';
import { createCollectors, openMigrated, withBenchDatabase } from './bench-database.js';
import { type Benchmark, type Row, row } from './benchmark.js';
import { realisticSamples } from './realistic-samples.js';

const COLLECTORS = 4;
/** As pcc sends in trickle mode at 1 s: five samples a batch. */
const BATCH = 5;

/** Bytes on disk of every relation of the tenant's schema: tables with their indexes and TOAST. */
async function schemaBytes(t: TenantHandle): Promise<number> {
  const [row] = await t.query<{ bytes: string }>(
    `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::text AS bytes
     FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'm', 'p')`,
    [t.tenant.schemaName],
  );
  return Number(row?.bytes ?? 0);
}

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
 * disks, 2 interfaces, 3 filesystems) stored in batches of five, as a fleet sends them, then VACUUM (not
 * FULL: what autovacuum leaves); every relation of the tenant schema, tables, indexes, TOAST and rollups, less
 * what it held before. Prints where the bytes go on stderr.
 */
export const storageBytesBenchmark: Benchmark = {
  name: 'storage-bytes',
  run({ quick }) {
    return withBenchDatabase(async (url) => {
      const { db, tenant: t } = await openMigrated({ url });
      try {
        return await measure(t, quick ? 3600 : 14_400);
      } finally {
        await db.close();
      }
    });
  },
};

async function measure(t: TenantHandle, perCollector: number): Promise<Row[]> {
  const collectors = await createCollectors(t, 'bench-bytes', COLLECTORS);
  await t.exec('VACUUM');
  const before = await schemaBytes(t);
  const start = Date.UTC(2026, 0, 5, 3, 0, 0);
  const repository = sampleRepository(t);
  for (let i = 0; i < perCollector; i += BATCH) {
    for (const [c, collector] of collectors.entries()) {
      const batch = realisticSamples(start + i * 1000, Math.min(BATCH, perCollector - i), {
        seed: c,
        disks: 1 + (c % 2),
      });
      await repository.insertSamples(collector.id, batch);
    }
  }
  await t.exec('VACUUM ANALYZE');
  const stored = COLLECTORS * perCollector;
  const bytes = (await schemaBytes(t)) - before;
  for (const r of await relationBytes(t))
    process.stderr.write(`  ${r.name}: ${(r.bytes / stored).toFixed(1)} bytes a sample\n`);
  return [
    row({
      name: `storage: bytes on disk per sample (tenant schema: tables, indexes, rollups), ${stored.toLocaleString('en-US')} realistic samples in batches of ${BATCH}, after VACUUM`,
      value: bytes / stored,
      unit: 'bytes',
      target: { of: 'value', op: '≤', limit: 1000 },
    }),
  ];
}
