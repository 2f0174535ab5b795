import type { Migration } from './migration.js';

/**
 * Log-in sessions that can be ended, and a log-in throttle per account and per client address.
 *
 * A session is what one log-in (or sign-up) starts: its access tokens name it, and its refresh token is
 * single-use — `refresh_generation` is the one generation that may still be exchanged; showing an older one
 * again means it was stolen, and ends the session. `revoked_at` ends it (password or role change, deletion
 * of the user cascades, log out everywhere).
 *
 * login_attempts replaces login_failures (per username only): one row per throttled key — the account, the
 * client address, and the account at that address — counting failed (and in-flight) attempts.
 */
export const migration: Migration = {
  name: '2026-12-05-12-sessions-and-login-attempts',
  target: 'tenant',
  sql: `
CREATE TABLE sessions (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id            bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  refresh_generation integer NOT NULL DEFAULT 0,
  created_at         timestamptz NOT NULL DEFAULT now(),
  refreshed_at       timestamptz NOT NULL DEFAULT now(),
  revoked_at         timestamptz
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);

DROP TABLE login_failures;
CREATE TABLE login_attempts (
  key             text PRIMARY KEY,
  failures        integer NOT NULL,
  last_failure_at timestamptz NOT NULL
);
CREATE INDEX login_attempts_last_failure_at_idx ON login_attempts (last_failure_at);
`,
};
