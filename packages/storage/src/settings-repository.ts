import type { TenantHandle } from './tenant-handle.js';

/** A tenant's settings: small JSON values by key, with the caller's default when unset. */
export interface SettingsRepository {
  get<T>(key: string, fallback: T): Promise<T>;
  set(key: string, value: unknown): Promise<void>;
}

export function settingsRepository(t: TenantHandle): SettingsRepository {
  const settings = t.table('settings');
  return {
    async get<T>(key: string, fallback: T): Promise<T> {
      const [row] = await t.query<{ value: T }>(`SELECT value FROM ${settings} WHERE key = $1`, [key]);
      return row === undefined ? fallback : row.value;
    },
    async set(key, value) {
      await t.execute(
        `INSERT INTO ${settings} (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
        [key, JSON.stringify(value)],
      );
    },
  };
}
