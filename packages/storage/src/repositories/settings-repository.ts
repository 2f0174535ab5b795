import type { TenantHandle } from '../tenancy/tenant-handle.js';

/** A tenant's settings: small JSON values by key, with the caller's default when unset. */
export interface SettingsRepository {
  get<T>(key: string, fallback: T): Promise<T>;
  set(key: string, value: unknown): Promise<void>;
  /**
   * The value under `key`, stored as `initial` first when unset: of callers racing (in any process), the
   * first to store wins, and every one gets its value.
   */
  getOrSet<T>(key: string, initial: T): Promise<T>;
  /** Deletes `key` when its value is `value`: true when this call deleted it (one of callers racing). */
  deleteIfEqual(key: string, value: unknown): Promise<boolean>;
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
    async getOrSet<T>(key: string, initial: T): Promise<T> {
      await t.execute(
        `INSERT INTO ${settings} (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO NOTHING`,
        [key, JSON.stringify(initial)],
      );
      const [row] = await t.query<{ value: T }>(`SELECT value FROM ${settings} WHERE key = $1`, [key]);
      if (row === undefined) throw new Error(`the setting ${key} was deleted as it was stored`);
      return row.value;
    },
    async deleteIfEqual(key, value) {
      return (
        (await t.execute(`DELETE FROM ${settings} WHERE key = $1 AND value = $2::jsonb`, [
          key,
          JSON.stringify(value),
        ])) > 0
      );
    },
  };
}
