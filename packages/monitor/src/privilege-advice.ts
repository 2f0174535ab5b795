import { type Queryable, quoteIdent, sqlState } from '@perfanalysis/storage';
import type { RingNames } from './ring-schema.js';

const INSUFFICIENT_PRIVILEGE = '42501';

/** A missing privilege, with the GRANT statements that give it. */
export class PrivilegeError extends Error {}

/**
 * The GRANT statements a ring needs, when `error` is a missing privilege (SQLSTATE 42501); undefined for any
 * other error. Since PostgreSQL 15 the public schema no longer lets every role create tables, and GRANT ALL
 * PRIVILEGES ON DATABASE does not reach a schema: a role given only that is refused with a bare "permission
 * denied for schema public".
 */
export async function privilegeAdvice(
  db: Queryable,
  error: unknown,
  names: RingNames,
): Promise<PrivilegeError | undefined> {
  if (sqlState(error) !== INSUFFICIENT_PRIVILEGE) return undefined;
  const [who] = await db
    .query<{ role: string; schema: string | null; database: string }>(
      'SELECT current_user AS role, current_schema() AS schema, current_database() AS database',
    )
    .catch(() => []);
  const role = quoteIdent(who?.role ?? 'the monitor user');
  const schema = quoteIdent(who?.schema ?? 'public');
  const database = who?.database ?? 'the database';
  const reason = error instanceof Error ? error.message : String(error);
  const onTables = /permission denied for (table|relation|sequence)/i.test(reason);
  const grants = onTables
    ? `GRANT SELECT, INSERT, UPDATE, DELETE ON ${names.table}, ${names.state} TO ${role};`
    : `GRANT USAGE, CREATE ON SCHEMA ${schema} TO ${role};`;
  return new PrivilegeError(
    `${reason}. The monitor ${onTables ? 'writes to' : 'creates'} its ring tables ${names.table} and ` +
      `${names.state} in schema ${schema}; GRANT ALL PRIVILEGES ON DATABASE does not cover that (and since ` +
      `PostgreSQL 15 the public schema lets no other role create tables). As the schema's owner or a superuser, ` +
      `connected to ${database}, run:\n  ${grants}`,
    { cause: error },
  );
}
