import type { Migration } from './migration.js';

/**
 * Usernames are unique regardless of case (`Alice` and `alice` are one user), and looked up so. A tenant that
 * already has names differing only by case is refused with the names: an administrator renames or deletes
 * one of each pair (SQL in the message), then migrates again; nothing is changed behind anyone's back.
 */
export const migration: Migration = {
  name: '2026-12-05-13-usernames-case-insensitive',
  target: 'tenant',
  sql: `
DO $$
DECLARE clashes text;
BEGIN
  SELECT string_agg(names, '; ' ORDER BY names) INTO clashes FROM (
    SELECT string_agg(username, ', ' ORDER BY username) AS names
    FROM users GROUP BY lower(username) HAVING count(*) > 1
  ) AS same;
  IF clashes IS NOT NULL THEN
    RAISE EXCEPTION 'usernames must be unique regardless of case, but schema % has users whose names differ only by case: %. Rename or delete one of each (UPDATE %.users SET username = ''new-name'' WHERE username = ''…''), then migrate again',
      current_schema(), clashes, current_schema();
  END IF;
END $$;
CREATE UNIQUE INDEX users_username_lower_idx ON users (lower(username));
`,
};
