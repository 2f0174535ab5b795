import { createHash } from 'node:crypto';
import type { Migration } from './migration.js';

/** Released migrations by name, each with the SHA-256 (hex) of its SQL: released.json. */
export type ReleasedMigrations = Readonly<Record<string, string>>;

export const sqlChecksum = (sql: string): string => createHash('sha256').update(sql).digest('hex');

/**
 * What breaks the rule that released migrations are frozen: each released migration that is gone or whose SQL
 * is no longer what was released, as a sentence; empty when there is none.
 */
export function frozenViolations(released: ReleasedMigrations, migrations: readonly Migration[]): string[] {
  return Object.entries(released).flatMap(([name, checksum]) => {
    const migration = migrations.find((m) => m.name === name);
    if (migration === undefined) return [`released migration ${name} is gone: put it back`];
    if (sqlChecksum(migration.sql) !== checksum) {
      return [
        `released migration ${name}'s SQL changed: released migrations are frozen, add a new migration`,
      ];
    }
    return [];
  });
}

/** released.json after a release: what it held, and every migration this version has. */
export const withAllReleased = (
  released: ReleasedMigrations,
  migrations: readonly Migration[],
): ReleasedMigrations =>
  Object.fromEntries([
    ...Object.entries(released),
    ...migrations.filter((m) => !(m.name in released)).map((m) => [m.name, sqlChecksum(m.sql)] as const),
  ]);
