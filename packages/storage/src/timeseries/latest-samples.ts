import { HOST_METRICS } from '@perfanalysis/shared';
import type { TenantHandle } from '../tenancy/tenant-handle.js';

/** A collector's most recent host row, as `/metrics` exposes it. */
export interface LatestSample {
  readonly collectorId: string;
  readonly machineName: string;
  /** The site's name, '' when the collector has none. */
  readonly site: string;
  readonly ts: Date;
  /** Every host metric by column name; null where the sample had no value. */
  readonly values: Readonly<Record<string, number | null>>;
}

/** Each collector's latest host row, by machine name then id; collectors without samples are left out. */
export async function latestSamples(t: TenantHandle): Promise<LatestSample[]> {
  const columns = HOST_METRICS.map((c) => `s.${c.name}`).join(', ');
  const rows = await t.query<Record<string, number | string | Date | null>>(
    `SELECT c.id, c.machine_name, coalesce(site.name, '') AS site, s.ts, ${columns}
     FROM ${t.table('collectors')} c
     LEFT JOIN ${t.table('sites')} site ON site.id = c.site_id
     CROSS JOIN LATERAL (
       SELECT * FROM ${t.table('samples')} x WHERE x.collector_id = c.id ORDER BY x.ts DESC LIMIT 1
     ) s
     ORDER BY c.machine_name, c.id`,
  );
  return rows.map((row) => {
    const values: Record<string, number | null> = {};
    for (const column of HOST_METRICS) values[column.name] = (row[column.name] as number | null) ?? null;
    return {
      collectorId: String(row.id),
      machineName: String(row.machine_name),
      site: String(row.site),
      ts: row.ts as Date,
      values,
    };
  });
}
