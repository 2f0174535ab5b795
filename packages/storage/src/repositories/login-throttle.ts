import type { TenantHandle } from '../tenancy/tenant-handle.js';

/** Who is trying to log in: the username given (any case) and the client's address (or its /64 network). */
export interface LoginAttempt {
  readonly username: string;
  readonly address: string;
}

/**
 * Failed log-ins allowed before each further attempt must wait (10 s, then twice as long each time, at most
 * 15 min), by what they are counted against:
 * - `accountAtAddress`: one account from one address — what stops one machine guessing one password;
 * - `address`: every account from one address — guessing across usernames;
 * - `account`: one account from every address — guessing from many machines. It is far above the first, so a
 *   guesser on one address is stopped long before the account is, and its real user still logs in from
 *   another address; only a guesser spread over many addresses slows the account for everyone.
 */
export const FREE_FAILURES = { accountAtAddress: 5, address: 20, account: 50 } as const;
const FIRST_WAIT_MS = 10_000;
const MAX_WAIT_MS = 15 * 60_000;
/** A count with no failure for this long starts again from zero (its row is deleted). */
const FORGET_AFTER = '1 hour';

/**
 * Failed log-ins, kept in the database so that every portal process sees them, and taken atomically: an
 * attempt is counted as a failure before its password is checked (`take`), and given back when it turns out
 * right (`succeeded`), so parallel attempts cannot slip past the count.
 */
export interface LoginThrottle {
  /**
   * Takes one attempt against each of the attempt's counts: 0 when it may go ahead (and is now counted), else
   * the milliseconds to wait before the next attempt (and nothing is counted).
   */
  take(attempt: LoginAttempt): Promise<number>;
  /** The password was right: the account-at-address count is cleared, the others get their attempt back. */
  succeeded(attempt: LoginAttempt): Promise<void>;
}

type Kind = keyof typeof FREE_FAILURES;

function keys({ username, address }: LoginAttempt): Record<Kind, string> {
  const account = username.toLowerCase();
  return {
    accountAtAddress: `account-at-address:${account} ${address}`,
    address: `address:${address}`,
    account: `account:${account}`,
  };
}

/** The wait a count asks for after its last failure, in ms (0 while failures are free). */
function waitAfter(failures: number, free: number): number {
  return failures < free ? 0 : Math.min(FIRST_WAIT_MS * 2 ** (failures - free), MAX_WAIT_MS);
}

export function loginThrottle(t: TenantHandle): LoginThrottle {
  const attempts = t.table('login_attempts');
  return {
    async take(attempt) {
      const byKey = keys(attempt);
      const free = new Map(Object.entries(byKey).map(([kind, key]) => [key, FREE_FAILURES[kind as Kind]]));
      const sorted = [...free.keys()].sort();
      // Outside the transaction below, so that it never holds these rows while waiting for others.
      await t.execute(`DELETE FROM ${attempts} WHERE last_failure_at < now() - interval '${FORGET_AFTER}'`);
      return t.transaction(async (tx) => {
        await tx.execute(
          `INSERT INTO ${attempts} (key, failures, last_failure_at)
           SELECT key, 0, now() FROM unnest($1::text[]) AS key ORDER BY key ON CONFLICT (key) DO NOTHING`,
          [sorted],
        );
        const rows = await tx.query<{ key: string; failures: number; since_ms: number }>(
          `SELECT key, failures, (extract(epoch FROM clock_timestamp() - last_failure_at) * 1000)::float8 AS since_ms
           FROM ${attempts} WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE`,
          [sorted],
        );
        const wait = Math.max(
          0,
          ...rows.map((row) => {
            const after = waitAfter(row.failures, free.get(row.key) ?? 0);
            return after === 0 ? 0 : after - row.since_ms;
          }),
        );
        if (wait > 0) return Math.ceil(wait);
        await tx.execute(
          `UPDATE ${attempts} SET failures = failures + 1, last_failure_at = clock_timestamp() WHERE key = ANY($1::text[])`,
          [sorted],
        );
        return 0;
      });
    },
    async succeeded(attempt) {
      const byKey = keys(attempt);
      await t.execute(`DELETE FROM ${attempts} WHERE key = $1`, [byKey.accountAtAddress]);
      await t.execute(
        `UPDATE ${attempts} SET failures = greatest(failures - 1, 0) WHERE key = ANY($1::text[])`,
        [[byKey.address, byKey.account]],
      );
    },
  };
}
