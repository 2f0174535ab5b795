import { text, UsageError, type Values } from '@perfanalysis/shared/cli-command';
import type { Role } from '../app.js';

/**
 * Connections each role gets to PostgreSQL, in pools of its own, so that viewers never queue behind ingest:
 * the portal's dashboards run several reads at once; the ingest role stores batches grouped (group-commit.ts),
 * a few transactions at a time. Less of each when a process runs both, so that several processes stay well
 * inside PostgreSQL's 100 connections.
 */
const DEFAULTS: Record<'alone' | 'together', Record<Role, number>> = {
  alone: { portal: 10, ingest: 6 },
  together: { portal: 8, ingest: 4 },
};

/** --ROLE-pool, else PA_ROLE_POOL, else the default for the roles run. */
export function poolSizes(values: Values, roles: readonly Role[]): Record<Role, number> {
  const defaults = DEFAULTS[roles.length > 1 ? 'together' : 'alone'];
  const size = (role: Role): number => {
    const given = text(values, `${role}-pool`) ?? process.env[`PA_${role.toUpperCase()}_POOL`];
    if (given === undefined) return defaults[role];
    const n = Number(given);
    if (!Number.isInteger(n) || n < 1 || n > 1000)
      throw new UsageError(`--${role}-pool: "${given}" is not a number of connections (1 to 1000)`);
    return n;
  };
  return { portal: size('portal'), ingest: size('ingest') };
}
