import type { Collector } from '@perfanalysis/storage';
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
  status: Type.Union([Type.Literal('live'), Type.Literal('idle'), Type.Literal('never seen')]),
  last_seen: Type.Union([Type.String(), Type.Null()]),
  last_upload: Type.Union([Type.String(), Type.Null()]),
  files_count: Type.Integer(),
  system_info: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  created_at: Type.String(),
});

/** Seen within two minutes: live; seen before: idle; never: never seen. */
const LIVE_WITHIN_MS = 120_000;

export function collectorOut(
  collector: Collector,
  files: { count: number; lastUploadAt: Date | null } | undefined,
  now = Date.now(),
) {
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
        ? ('never seen' as const)
        : now - lastSeen.getTime() < LIVE_WITHIN_MS
          ? ('live' as const)
          : ('idle' as const),
    last_seen: lastSeen?.toISOString() ?? null,
    last_upload: files?.lastUploadAt?.toISOString() ?? null,
    files_count: files?.count ?? 0,
    system_info: (collector.hostInfo as Record<string, unknown> | null) ?? null,
    created_at: collector.createdAt.toISOString(),
  };
}

/** The one line that installs pcc on a server and points it at this portal. */
export function installCommand(origin: string, key: string): string {
  return `curl -s ${origin}/install.sh | API_KEY=${key} bash`;
}
