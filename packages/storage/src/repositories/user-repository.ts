import { ConflictError, isUniqueViolation } from '../database/errors.js';
import type { TenantHandle } from '../tenancy/tenant-handle.js';

export const USER_ROLES = ['admin', 'analyst', 'viewer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export interface User {
  readonly id: number;
  readonly username: string;
  readonly email: string | null;
  readonly role: UserRole;
  readonly createdAt: Date;
}

/** A user with the hash to check a password against: only for signing in. */
export interface UserCredentials extends User {
  readonly passwordHash: string;
}

export interface CreateUserInput {
  readonly username: string;
  readonly email?: string | null | undefined;
  /** Already hashed by the caller (the server owns the password scheme). */
  readonly passwordHash: string;
  readonly role: UserRole;
}

interface UserRow {
  id: number;
  username: string;
  email: string | null;
  role: UserRole;
  created_at: Date;
  password_hash: string;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  email: row.email,
  role: row.role,
  createdAt: row.created_at,
});

export interface UserRepository {
  /** Throws ConflictError when the username is taken (in any case: `Alice` takes `alice`). */
  create(input: CreateUserInput): Promise<User>;
  /** Creates the tenant's first user, or nothing (undefined) when it has one already: atomically. */
  createFirst(input: CreateUserInput): Promise<User | undefined>;
  /** The user of a username in any case. */
  findByUsername(username: string): Promise<UserCredentials | undefined>;
  get(id: number): Promise<User | undefined>;
  list(): Promise<User[]>;
  count(): Promise<number>;
  setRole(id: number, role: UserRole): Promise<User | undefined>;
  setPasswordHash(id: number, passwordHash: string): Promise<boolean>;
  delete(id: number): Promise<boolean>;
}

export function userRepository(t: TenantHandle): UserRepository {
  const users = t.table('users');
  const columns = 'id, username, email, role, created_at, password_hash';
  const insert = async (db: TenantHandle, input: CreateUserInput): Promise<User> => {
    if (!USER_ROLES.includes(input.role)) throw new TypeError(`unknown role ${JSON.stringify(input.role)}`);
    try {
      const [row] = await db.query<UserRow>(
        `INSERT INTO ${users} (username, email, password_hash, role) VALUES ($1, $2, $3, $4) RETURNING ${columns}`,
        [input.username, input.email ?? null, input.passwordHash, input.role],
      );
      if (row === undefined) throw new Error('INSERT … RETURNING returned no row');
      return toUser(row);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError(`user ${JSON.stringify(input.username)} already exists`, { cause: error });
      }
      throw error;
    }
  };
  return {
    create: (input) => insert(t, input),

    createFirst(input) {
      return t.transaction(async (tx) => {
        // Two first sign-ups at once: the second waits here, then sees the first user.
        await tx.exec(`LOCK TABLE ${users} IN SHARE ROW EXCLUSIVE MODE`);
        const [any] = await tx.query(`SELECT 1 FROM ${users} LIMIT 1`);
        return any === undefined ? insert(tx, input) : undefined;
      });
    },

    async findByUsername(username) {
      const [row] = await t.query<UserRow>(
        `SELECT ${columns} FROM ${users} WHERE lower(username) = lower($1)`,
        [username],
      );
      return row === undefined ? undefined : { ...toUser(row), passwordHash: row.password_hash };
    },

    async get(id) {
      const [row] = await t.query<UserRow>(`SELECT ${columns} FROM ${users} WHERE id = $1`, [id]);
      return row === undefined ? undefined : toUser(row);
    },

    async list() {
      const rows = await t.query<UserRow>(`SELECT ${columns} FROM ${users} ORDER BY username`);
      return rows.map(toUser);
    },

    async count() {
      const [row] = await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${users}`);
      return row?.n ?? 0;
    },

    async setRole(id, role) {
      if (!USER_ROLES.includes(role)) throw new TypeError(`unknown role ${JSON.stringify(role)}`);
      const [row] = await t.query<UserRow>(
        `UPDATE ${users} SET role = $2 WHERE id = $1 RETURNING ${columns}`,
        [id, role],
      );
      return row === undefined ? undefined : toUser(row);
    },

    async setPasswordHash(id, passwordHash) {
      return (
        (await t.execute(`UPDATE ${users} SET password_hash = $2 WHERE id = $1`, [id, passwordHash])) > 0
      );
    },

    async delete(id) {
      return (await t.execute(`DELETE FROM ${users} WHERE id = $1`, [id])) > 0;
    },
  };
}
