import type { Collector, UploadSummary } from '@perfanalysis/storage';
import { Type } from 'typebox';

/**
 * A collector as the API shows it: the project's field names, and beside them the seeds' (`machinename`,
 * `sitename` of the user guide, `name` of XATSimplified), which say the same.
 */
export const CollectorOut = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String({ description: 'XATSimplified: the same as machine_name' }),
  machine_name: Type.String(),
  machinename: Type.String({ description: 'The user guide: the same as machine_name' }),
  site_name: Type.Union([Type.String(), Type.Null()]),
  sitename: Type.Union([Type.String(), Type.Null()], {
    description: 'The user guide: the same as site_name',
  }),
  platform: Type.Union([Type.String(), Type.Null()]),
  api_key_prefix: Type.String(),
  status: Type.Union([
    Type.Literal('live'),
    Type.Literal('idle'),
    Type.Literal('uploaded'),
    Type.Literal('never seen'),
  ]),
  last_seen: Type.Union([Type.String(), Type.Null()]),
  last_upload: Type.Union([Type.String(), Type.Null()]),
  files_count: Type.Integer(),
  data_from: Type.Union([Type.String(), Type.Null()], {
    description: 'The first sample its uploaded files brought (for a collector fed by files)',
  }),
  data_to: Type.Union([Type.String(), Type.Null()], { description: 'The last sample its files brought' }),
  system_info: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  created_at: Type.String(),
});

/**
 * Seen within two minutes: live; seen before: idle; never seen by an agent but fed by uploaded files:
 * uploaded; neither: never seen.
 */
const LIVE_WITHIN_MS = 120_000;

export function collectorOut(collector: Collector, files: UploadSummary | undefined, now = Date.now()) {
  const lastSeen = collector.lastSeenAt;
  return {
    id: collector.id,
    name: collector.machineName,
    machine_name: collector.machineName,
    machinename: collector.machineName,
    site_name: collector.siteName,
    sitename: collector.siteName,
    platform: collector.platform,
    api_key_prefix: collector.apiKeyPrefix,
    status:
      lastSeen === null
        ? files?.count
          ? ('uploaded' as const)
          : ('never seen' as const)
        : now - lastSeen.getTime() < LIVE_WITHIN_MS
          ? ('live' as const)
          : ('idle' as const),
    last_seen: lastSeen?.toISOString() ?? null,
    last_upload: files?.lastUploadAt?.toISOString() ?? null,
    files_count: files?.count ?? 0,
    data_from: files?.firstTs?.toISOString() ?? null,
    data_to: files?.lastTs?.toISOString() ?? null,
    system_info: (collector.hostInfo as Record<string, unknown> | null) ?? null,
    created_at: collector.createdAt.toISOString(),
  };
}

/** The one line that installs pcc on a server and points it at this portal. */
export function installCommand(origin: string, key: string): string {
  return `curl -s ${origin}/install.sh | API_KEY=${key} bash`;
}
