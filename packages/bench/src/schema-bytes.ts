import type { Database } from '@perfanalysis/storage';

/** Bytes on disk of every relation of a schema: tables with their indexes and TOAST (views take none). */
export async function schemaBytes(db: Pick<Database, 'query'>, schema: string): Promise<number> {
  const [row] = await db.query<{ bytes: string }>(
    `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::text AS bytes
     FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'm', 'p')`,
    [schema],
  );
  return Number(row?.bytes ?? 0);
}
