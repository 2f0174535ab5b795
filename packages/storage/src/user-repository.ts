import { ConflictError, isUniqueViolation } from './errors.js';
import type { TenantHandle } from './tenant-handle.js';

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
  /** Throws ConflictError when the username is taken. */
  create(input: CreateUserInput): Promise<User>;
  findByUsername(username: string): Promise<UserCredentials | undefined>;
  list(): Promise<User[]>;
}

export function userRepository(t: TenantHandle): UserRepository {
  const users = t.table('users');
  const columns = 'id, username, email, role, created_at, password_hash';
  return {
    async create(input) {
      if (!USER_ROLES.includes(input.role)) throw new TypeError(`unknown role ${JSON.stringify(input.role)}`);
      try {
        const [row] = await t.query<UserRow>(
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
    },

    async findByUsername(username) {
      const [row] = await t.query<UserRow>(`SELECT ${columns} FROM ${users} WHERE username = $1`, [username]);
      return row === undefined ? undefined : { ...toUser(row), passwordHash: row.password_hash };
    },

    async list() {
      const rows = await t.query<UserRow>(`SELECT ${columns} FROM ${users} ORDER BY username`);
      return rows.map(toUser);
    },
  };
}
