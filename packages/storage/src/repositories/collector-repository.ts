import type { HostInfo } from '@perfanalysis/shared';
import type { TenantHandle } from '../tenancy/tenant-handle.js';
import { dropRollups, lockRollups } from '../timeseries/rollup-maintenance.js';
import { apiKeyPrefix, generateApiKey, hashApiKey } from './api-keys.js';
import { noteKeysChanged } from './collector-key-version.js';
import { siteRepository } from './site-repository.js';

export interface Collector {
  readonly id: string;
  readonly machineName: string;
  readonly siteId: number | null;
  readonly siteName: string | null;
  readonly platform: string | null;
  /** The first characters of its API key, to tell keys apart; the key itself is never stored. */
  readonly apiKeyPrefix: string;
  /** What the agent reported when it registered; null before. */
  readonly hostInfo: HostInfo | null;
  readonly createdAt: Date;
  readonly lastSeenAt: Date | null;
  readonly registeredAt: Date | null;
}

export interface CreateCollectorInput {
  readonly machineName: string;
  /** The site it belongs to, created when new. */
  readonly siteName?: string | null | undefined;
  readonly platform?: string | null | undefined;
}

/** A collector with its API key in clear: returned once, when the key is made. */
export interface CollectorWithKey {
  readonly collector: Collector;
  readonly apiKey: string;
}

export interface ListCollectorsOptions {
  /** Only the collectors of the site of that name. */
  readonly site?: string | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

export interface CollectorRepository {
  create(input: CreateCollectorInput): Promise<CollectorWithKey>;
  /** A page, oldest first, and how many match in all. */
  list(options?: ListCollectorsOptions): Promise<{ collectors: Collector[]; total: number }>;
  get(id: string): Promise<Collector | undefined>;
  /** The collectors of that machine name (names need not be unique), oldest first; at most `limit`. */
  named(machineName: string, limit: number): Promise<Collector[]>;
  findByApiKey(apiKey: string): Promise<Collector | undefined>;
  /** A new key replaces the old one, which stops working at once (see collector-key-version.ts). */
  regenerateKey(id: string): Promise<CollectorWithKey | undefined>;
  /** Records the agent's registration: host info, registered_at (the first time) and last_seen_at. */
  updateHostInfo(id: string, hostInfo: HostInfo): Promise<Collector | undefined>;
  /**
   * The host info an uploaded capture's header gives, for a collector no agent has reported for (an agent's
   * own report wins, and is not overwritten); it leaves registered_at and last_seen_at alone.
   */
  recordCapturedHostInfo(id: string, hostInfo: HostInfo): Promise<void>;
  touchLastSeen(id: string): Promise<boolean>;
  /** Deletes the collector and all its samples, in one transaction. */
  delete(id: string): Promise<boolean>;
}

interface CollectorRow {
  id: string;
  machine_name: string;
  site_id: number | null;
  site_name: string | null;
  platform: string | null;
  api_key_prefix: string;
  host_info: HostInfo | null;
  created_at: Date;
  last_seen_at: Date | null;
  registered_at: Date | null;
}

const toCollector = (row: CollectorRow): Collector => ({
  id: row.id,
  machineName: row.machine_name,
  siteId: row.site_id,
  siteName: row.site_name,
  platform: row.platform,
  apiKeyPrefix: row.api_key_prefix,
  hostInfo: row.host_info,
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  registeredAt: row.registered_at,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A collector's samples_version (see markSamplesChanged); undefined when there is no such collector. */
export async function samplesVersion(t: TenantHandle, collectorId: string): Promise<number | undefined> {
  if (!isCollectorId(collectorId)) return undefined;
  const [row] = await t.query<{ samples_version: number }>(
    `SELECT samples_version FROM ${t.table('collectors')} WHERE id = $1`,
    [collectorId],
  );
  return row?.samples_version;
}

/**
 * Moves collectors' samples_version on: call in the transaction that changes their samples, so that whatever
 * was computed from them before is known to be out of date. `seen`: their last-seen time becomes now too (live
 * ingest), in the same statement.
 */
export async function markSamplesChanged(
  t: TenantHandle,
  collectorIds: string | readonly string[],
  options: { readonly seen?: boolean } = {},
): Promise<void> {
  const ids = typeof collectorIds === 'string' ? [collectorIds] : collectorIds;
  await t.execute(
    `UPDATE ${t.table('collectors')} SET samples_version = samples_version + 1${options.seen ? ', last_seen_at = now()' : ''}
     WHERE id = ANY($1::uuid[])`,
    [ids],
  );
}

/**
 * A number that moves on, in the writer's transaction, whenever what the collector list shows changes apart
 * from last-seen times (triggers keep it: migration 2026-12-04-10): a list read at one number is that list.
 */
export async function collectorListVersion(t: TenantHandle): Promise<number> {
  const [row] = await t.query<{ version: number }>(
    `SELECT version FROM ${t.table('list_versions')} WHERE list = 'collectors'`,
  );
  return row?.version ?? 0;
}

/** Collector ids are UUIDs: anything else names no collector (and must not reach the database as one). */
export const isCollectorId = (id: string): boolean => UUID.test(id);

export function collectorRepository(t: TenantHandle): CollectorRepository {
  const collectors = t.table('collectors');
  const columns = `c.id, c.machine_name, c.site_id, s.name AS site_name, c.platform, c.api_key_prefix,
    c.host_info, c.created_at, c.last_seen_at, c.registered_at`;
  const from = `FROM ${collectors} c LEFT JOIN ${t.table('sites')} s ON s.id = c.site_id`;
  const select = `SELECT ${columns} ${from}`;

  const get = async (id: string): Promise<Collector | undefined> => {
    if (!isCollectorId(id)) return undefined;
    const [row] = await t.query<CollectorRow>(`${select} WHERE c.id = $1`, [id]);
    return row === undefined ? undefined : toCollector(row);
  };

  const mustGet = async (id: string): Promise<Collector> => {
    const collector = await get(id);
    if (collector === undefined) throw new Error(`collector ${id} vanished`);
    return collector;
  };

  return {
    async create(input) {
      const apiKey = generateApiKey();
      const siteName = input.siteName ?? null;
      const site = siteName === null ? null : await siteRepository(t).getOrCreate(siteName);
      const [row] = await t.query<{ id: string }>(
        `INSERT INTO ${collectors} (machine_name, site_id, platform, api_key_hash, api_key_prefix)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [
          input.machineName,
          site?.id ?? null,
          input.platform ?? null,
          hashApiKey(apiKey),
          apiKeyPrefix(apiKey),
        ],
      );
      if (row === undefined) throw new Error('INSERT … RETURNING returned no row');
      return { collector: await mustGet(row.id), apiKey };
    },

    async list(options = {}) {
      const limit = Math.max(0, Math.min(options.limit ?? 100, 10_000));
      const offset = Math.max(0, options.offset ?? 0);
      const where = options.site === undefined ? '' : 'WHERE s.name = $1';
      const params = options.site === undefined ? [] : [options.site];
      const n = params.length;
      // The total comes with the page (a window over every match); only a page past the end asks for it.
      const rows = await t.query<CollectorRow & { total: number }>(
        `SELECT ${columns}, count(*) OVER () AS total ${from} ${where}
         ORDER BY c.created_at, c.id LIMIT $${n + 1} OFFSET $${n + 2}`,
        [...params, limit, offset],
      );
      let total = rows[0]?.total;
      if (total === undefined) {
        const [count] = await t.query<{ total: number }>(`SELECT count(*) AS total ${from} ${where}`, params);
        total = count?.total ?? 0;
      }
      return { collectors: rows.map(toCollector), total };
    },

    get,

    async named(machineName, limit) {
      const rows = await t.query<CollectorRow>(
        `${select} WHERE c.machine_name = $1 ORDER BY c.created_at, c.id LIMIT $2`,
        [machineName, limit],
      );
      return rows.map(toCollector);
    },

    async findByApiKey(apiKey) {
      const [row] = await t.query<CollectorRow>(`${select} WHERE c.api_key_hash = $1`, [hashApiKey(apiKey)]);
      return row === undefined ? undefined : toCollector(row);
    },

    async regenerateKey(id) {
      if (!isCollectorId(id)) return undefined;
      const apiKey = generateApiKey();
      const updated = await t.execute(
        `UPDATE ${collectors} SET api_key_hash = $2, api_key_prefix = $3 WHERE id = $1`,
        [id, hashApiKey(apiKey), apiKeyPrefix(apiKey)],
      );
      if (updated === 0) return undefined;
      noteKeysChanged(t.tenant.schemaName);
      return { collector: await mustGet(id), apiKey };
    },

    async updateHostInfo(id, hostInfo) {
      if (!isCollectorId(id)) return undefined;
      const updated = await t.execute(
        `UPDATE ${collectors} SET host_info = $2::jsonb, registered_at = coalesce(registered_at, now()),
         last_seen_at = now() WHERE id = $1`,
        [id, JSON.stringify(hostInfo)],
      );
      return updated === 0 ? undefined : mustGet(id);
    },

    async recordCapturedHostInfo(id, hostInfo) {
      if (!isCollectorId(id)) return;
      await t.execute(
        `UPDATE ${collectors} SET host_info = $2::jsonb WHERE id = $1 AND registered_at IS NULL`,
        [id, JSON.stringify(hostInfo)],
      );
    },

    async touchLastSeen(id) {
      if (!isCollectorId(id)) return false;
      return (await t.execute(`UPDATE ${collectors} SET last_seen_at = now() WHERE id = $1`, [id])) > 0;
    },

    async delete(id) {
      if (!isCollectorId(id)) return false;
      const deleted = await t.transaction(async (tx) => {
        await lockRollups(tx, id);
        await tx.execute(`DELETE FROM ${tx.table('samples')} WHERE collector_id = $1`, [id]);
        await dropRollups(tx, id);
        return (await tx.execute(`DELETE FROM ${tx.table('collectors')} WHERE id = $1`, [id])) > 0;
      });
      if (deleted) noteKeysChanged(t.tenant.schemaName);
      return deleted;
    },
  };
}
