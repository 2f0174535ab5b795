import type { TenantHandle } from './tenant-handle.js';

/**
 * Failed log-ins per username, kept in the database so that every portal process sees them. After a few
 * failures, each further attempt must wait twice as long as the last (1 s, 2 s, 4 s … at most 15 min);
 * a success clears the count.
 */
export interface LoginThrottle {
  /** Milliseconds to wait before the next attempt may be checked; 0 when it may go ahead now. */
  waitMs(username: string, now?: Date): Promise<number>;
  failed(username: string): Promise<void>;
  succeeded(username: string): Promise<void>;
}

const FREE_ATTEMPTS = 3;
const MAX_WAIT_MS = 15 * 60_000;

export function loginThrottle(t: TenantHandle): LoginThrottle {
  const failures = t.table('login_failures');
  return {
    async waitMs(username, now = new Date()) {
      const [row] = await t.query<{ failures: number; last_failure_at: Date }>(
        `SELECT failures, last_failure_at FROM ${failures} WHERE username = $1`,
        [username],
      );
      if (row === undefined || row.failures < FREE_ATTEMPTS) return 0;
      const wait = Math.min(1000 * 2 ** (row.failures - FREE_ATTEMPTS), MAX_WAIT_MS);
      return Math.max(0, row.last_failure_at.getTime() + wait - now.getTime());
    },
    async failed(username) {
      await t.execute(
        `INSERT INTO ${failures} (username, failures, last_failure_at) VALUES ($1, 1, now())
         ON CONFLICT (username) DO UPDATE SET failures = ${failures}.failures + 1, last_failure_at = now()`,
        [username],
      );
    },
    async succeeded(username) {
      await t.execute(`DELETE FROM ${failures} WHERE username = $1`, [username]);
    },
  };
}
