import type { TenantHandle } from '../tenancy/tenant-handle.js';

/** What exchanging a refresh token did. */
export type Rotation =
  | { readonly outcome: 'rotated'; readonly userId: number; readonly generation: number }
  /** That generation was already exchanged: the token was copied, so the whole session is ended now. */
  | { readonly outcome: 'reused' }
  /** No such live session (ended, expired, its user deleted, or never was). */
  | { readonly outcome: 'ended' };

/**
 * Log-in sessions (see migration 2026-12-05-12): one per log-in, named by its access and refresh tokens.
 * Its refresh token is single-use: each exchange moves it to the next generation, and showing a generation
 * already exchanged ends the session, for whoever holds it.
 */
export interface SessionRepository {
  /** A new session of a user; also forgets the user's sessions ended or idle for longer than `idleSeconds`. */
  start(userId: number, idleSeconds: number): Promise<string>;
  /** The user of a live session; undefined when it is ended, unknown, or `id` is not a session id at all. */
  liveUserId(id: string): Promise<number | undefined>;
  /** Exchanges generation `generation` of a session's refresh token for the next one, atomically. */
  rotate(id: string, generation: number, idleSeconds: number): Promise<Rotation>;
  /** Ends one session (log out); false when it was not live. */
  end(id: string): Promise<boolean>;
  /** Ends every live session of a user; the ids ended. */
  endAllOf(userId: number): Promise<string[]>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function sessionRepository(t: TenantHandle): SessionRepository {
  const sessions = t.table('sessions');
  const live = `revoked_at IS NULL AND refreshed_at > now() - make_interval(secs => $2)`;
  return {
    async start(userId, idleSeconds) {
      await t.execute(`DELETE FROM ${sessions} WHERE user_id = $1 AND NOT (${live})`, [userId, idleSeconds]);
      const [row] = await t.query<{ id: string }>(
        `INSERT INTO ${sessions} (user_id) VALUES ($1) RETURNING id`,
        [userId],
      );
      if (row === undefined) throw new Error('INSERT … RETURNING returned no row');
      return row.id;
    },

    async liveUserId(id) {
      if (!UUID.test(id)) return undefined;
      const [row] = await t.query<{ user_id: number }>(
        `SELECT user_id FROM ${sessions} WHERE id = $1 AND revoked_at IS NULL`,
        [id],
      );
      return row?.user_id;
    },

    async rotate(id, generation, idleSeconds) {
      if (!UUID.test(id)) return { outcome: 'ended' };
      return t.transaction(async (tx) => {
        const [row] = await tx.query<{ user_id: number; refresh_generation: number; live: boolean }>(
          `SELECT user_id, refresh_generation, (${live}) AS live FROM ${sessions} WHERE id = $1 FOR UPDATE`,
          [id, idleSeconds],
        );
        if (row === undefined || !row.live) return { outcome: 'ended' };
        if (row.refresh_generation !== generation) {
          await tx.execute(`UPDATE ${sessions} SET revoked_at = now() WHERE id = $1`, [id]);
          return { outcome: 'reused' };
        }
        await tx.execute(
          `UPDATE ${sessions} SET refresh_generation = refresh_generation + 1, refreshed_at = now() WHERE id = $1`,
          [id],
        );
        return { outcome: 'rotated', userId: row.user_id, generation: generation + 1 };
      });
    },

    async end(id) {
      if (!UUID.test(id)) return false;
      return (
        (await t.execute(`UPDATE ${sessions} SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [
          id,
        ])) > 0
      );
    },

    async endAllOf(userId) {
      const rows = await t.query<{ id: string }>(
        `UPDATE ${sessions} SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id`,
        [userId],
      );
      return rows.map((row) => row.id);
    },
  };
}
