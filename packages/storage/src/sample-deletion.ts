import { isCollectorId, markSamplesChanged } from './collector-repository.js';
import { lockRollups, refreshRollups } from './rollup-maintenance.js';
import { SAMPLE_TABLES } from './sample-tables.js';
import type { TenantHandle } from './tenant-handle.js';

/**
 * Deletes a collector's samples with from ≤ time < to — host rows and per-device rows — in one transaction,
 * with the rollups of that range (those of the buckets cut by its ends recomputed from the rows left);
 * returns how many host rows went.
 */
export async function deleteSamples(
  t: TenantHandle,
  collectorId: string,
  range: { readonly from: Date; readonly to: Date },
): Promise<number> {
  if (!isCollectorId(collectorId)) return 0;
  return t.transaction(async (tx) => {
    await lockRollups(tx, collectorId);
    let hostRows = 0;
    let rows = 0;
    for (const table of SAMPLE_TABLES) {
      const deleted = await tx.execute(
        `DELETE FROM ${tx.table(table)} WHERE collector_id = $1 AND ts >= $2 AND ts < $3`,
        [collectorId, range.from, range.to],
      );
      if (table === 'samples') hostRows = deleted;
      rows += deleted;
    }
    if (hostRows > 0) await refreshRollups(tx, collectorId, range.from.getTime(), range.to.getTime());
    if (rows > 0) await markSamplesChanged(tx, collectorId);
    return hostRows;
  });
}
