import type { Database } from '@perfanalysis/storage';

const stores = new WeakMap<Database, Map<string, unknown>>();

/**
 * One `make()` per database and name, kept as long as the database is: what a process remembers of a database
 * (tests run several databases in one process, which must not share it).
 */
export function perDatabase<T>(db: Database, name: string, make: () => T): T {
  let named = stores.get(db);
  if (named === undefined) {
    named = new Map();
    stores.set(db, named);
  }
  if (!named.has(name)) named.set(name, make());
  return named.get(name) as T;
}
