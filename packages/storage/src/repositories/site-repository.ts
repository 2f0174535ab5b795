import type { TenantHandle } from '../tenancy/tenant-handle.js';

export interface Site {
  readonly id: number;
  readonly name: string;
  readonly createdAt: Date;
}

interface SiteRow {
  id: number;
  name: string;
  created_at: Date;
}

const toSite = (row: SiteRow): Site => ({ id: row.id, name: row.name, createdAt: row.created_at });

export interface SiteRepository {
  /** The site of that name, created when absent (safe when two requests create it at once). */
  getOrCreate(name: string): Promise<Site>;
  list(): Promise<Site[]>;
}

export function siteRepository(t: TenantHandle): SiteRepository {
  const sites = t.table('sites');
  return {
    async getOrCreate(name) {
      const [created] = await t.query<SiteRow>(
        `INSERT INTO ${sites} (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING id, name, created_at`,
        [name],
      );
      if (created !== undefined) return toSite(created);
      const [existing] = await t.query<SiteRow>(`SELECT id, name, created_at FROM ${sites} WHERE name = $1`, [
        name,
      ]);
      if (existing === undefined)
        throw new Error(`site ${JSON.stringify(name)} vanished while being created`);
      return toSite(existing);
    },

    async list() {
      const rows = await t.query<SiteRow>(`SELECT id, name, created_at FROM ${sites} ORDER BY name`);
      return rows.map(toSite);
    },
  };
}
