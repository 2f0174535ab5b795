import type { TenantHandle } from '../tenancy/tenant-handle.js';

/**
 * How a cache of collector keys learns that a key stopped naming its collector (replaced, or the collector
 * deleted). Across processes: the tenant's key version, which triggers move on in the writer's transaction
 * (migration 2026-12-06-45). In this process: a count of the changes made here, per tenant schema, moved on as
 * soon as the change is committed, so that a cache in the same process can drop the key at once.
 */

/** The tenant's collector key version: it changes whenever a key is replaced or a collector deleted. */
export async function collectorKeyVersion(t: TenantHandle): Promise<number> {
  const [row] = await t.query<{ version: number | string }>(
    `SELECT version FROM ${t.table('list_versions')} WHERE list = 'collector_keys'`,
  );
  return Number(row?.version ?? 0);
}

const localChanges = new Map<string, number>();

/** Changes to collector keys this process has made in the tenant of that schema (never goes back). */
export const localKeyChanges = (schemaName: string): number => localChanges.get(schemaName) ?? 0;

/** Call once a change to the tenant's collector keys (a key replaced, a collector deleted) is committed. */
export function noteKeysChanged(schemaName: string): void {
  localChanges.set(schemaName, localKeyChanges(schemaName) + 1);
}
