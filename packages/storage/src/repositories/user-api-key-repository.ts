import type { TenantHandle } from '../tenancy/tenant-handle.js';
import { apiKeyPrefix, generateApiKey, hashApiKey } from './api-keys.js';

export interface UserApiKey {
  readonly id: number;
  readonly userId: number;
  readonly name: string;
  readonly prefix: string;
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
}

interface UserApiKeyRow {
  id: number;
  user_id: number;
  name: string;
  key_prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const toKey = (row: UserApiKeyRow): UserApiKey => ({
  id: row.id,
  userId: row.user_id,
  name: row.name,
  prefix: row.key_prefix,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
});

const COLUMNS = 'id, user_id, name, key_prefix, created_at, last_used_at, revoked_at';

/** Users' API keys for scripts: stored as hashes, shown once, revocable. */
export interface UserApiKeyRepository {
  create(userId: number, name: string): Promise<{ key: UserApiKey; secret: string }>;
  listForUser(userId: number): Promise<UserApiKey[]>;
  /** The user a live key belongs to (and notes its use), or undefined for an unknown or revoked key. */
  userIdForSecret(secret: string): Promise<number | undefined>;
  revoke(userId: number, keyId: number): Promise<boolean>;
}

export function userApiKeyRepository(t: TenantHandle): UserApiKeyRepository {
  const keys = t.table('user_api_keys');
  return {
    async create(userId, name) {
      const secret = generateApiKey();
      const [row] = await t.query<UserApiKeyRow>(
        `INSERT INTO ${keys} (user_id, name, key_hash, key_prefix) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
        [userId, name, hashApiKey(secret), apiKeyPrefix(secret)],
      );
      if (row === undefined) throw new Error('INSERT … RETURNING returned no row');
      return { key: toKey(row), secret };
    },
    async listForUser(userId) {
      const rows = await t.query<UserApiKeyRow>(
        `SELECT ${COLUMNS} FROM ${keys} WHERE user_id = $1 ORDER BY id`,
        [userId],
      );
      return rows.map(toKey);
    },
    async userIdForSecret(secret) {
      const [row] = await t.query<{ user_id: number }>(
        `UPDATE ${keys} SET last_used_at = now() WHERE key_hash = $1 AND revoked_at IS NULL RETURNING user_id`,
        [hashApiKey(secret)],
      );
      return row?.user_id;
    },
    async revoke(userId, keyId) {
      const changed = await t.execute(
        `UPDATE ${keys} SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL`,
        [keyId, userId],
      );
      return changed > 0;
    },
  };
}
