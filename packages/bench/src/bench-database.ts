import { randomBytes } from 'node:crypto';
import {
  collectorRepository,
  type Database,
  DEFAULT_TENANT_NAME,
  migrate,
  openDatabase,
  type TenantHandle,
  tenantByName,
  tenantHandle,
} from '@perfanalysis/storage';
import { onInterrupt } from './cleanup.js';

/**
 * The PostgreSQL server the benchmarks use: `PA_BENCH_DATABASE_URL`, else the one the tests use. Only its
 * maintenance database is connected to, to create and drop each benchmark's own database.
 */
export const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

export function benchServerUrl(): string {
  return process.env.PA_BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL;
}

/**
 * Runs `body` with the URL of a new, empty database `pa_bench_<random>` on the benchmark server, dropped
 * afterwards whatever happens (WITH (FORCE): a server child still connected does not keep it), and on Ctrl-C.
 * No other database is touched.
 */
export async function withBenchDatabase<T>(body: (url: string) => Promise<T>): Promise<T> {
  const server = benchServerUrl();
  const admin = await openDatabase({ url: server, poolSize: 1 });
  const name = `pa_bench_${randomBytes(6).toString('hex')}`;
  try {
    await admin.exec(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.close();
    throw error;
  }
  let dropped: Promise<void> | undefined;
  const drop = (): Promise<void> => {
    dropped ??= admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => admin.close());
    return dropped;
  };
  const unregister = onInterrupt(drop);
  try {
    const target = new URL(server);
    target.pathname = `/${name}`;
    return await body(target.toString());
  } finally {
    unregister();
    await drop();
  }
}

/** A database opened and migrated, with its default tenant (where `perfanalysis serve` puts everything). */
export async function openMigrated(
  location: { readonly url: string } | { readonly dataDir: string },
): Promise<{ db: Database; tenant: TenantHandle }> {
  const db = await openDatabase('url' in location ? { url: location.url } : { dataDir: location.dataDir });
  try {
    await migrate(db);
    const tenant = await tenantByName(db, DEFAULT_TENANT_NAME);
    if (tenant === undefined) throw new Error('migrate made no default tenant');
    return { db, tenant: tenantHandle(db, tenant) };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** New collectors `<prefix>-0…`, in site `bench`: their ids and API keys (the secret, without the tenant). */
export async function createCollectors(
  tenant: TenantHandle,
  prefix: string,
  count: number,
): Promise<{ id: string; apiKey: string }[]> {
  const collectors = collectorRepository(tenant);
  const created: { id: string; apiKey: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    const { collector, apiKey } = await collectors.create({
      machineName: `${prefix}-${i}`,
      siteName: 'bench',
    });
    created.push({ id: collector.id, apiKey });
  }
  return created;
}
