import {
  type Database,
  sessionRepository,
  type TenantHandle,
  type User,
  userRepository,
} from '@perfanalysis/storage';
import { ApiError } from '../errors.js';
import { claimedTenant, signToken, type TokenClaims, verifyToken } from './jwt.js';
import { recentLookups } from './recent-lookups.js';
import { tokenSecret } from './token-secret.js';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
/** A session not refreshed for this long has ended (each refresh starts the week again). */
export const REFRESH_TOKEN_SECONDS = 7 * 24 * 3600;

/** The pair XATSimplified's token endpoint answers with. */
export interface TokenPair {
  readonly access: string;
  readonly refresh: string;
}

async function pair(tenant: TenantHandle, user: User, sid: string, gen: number): Promise<TokenPair> {
  const now = Math.floor(Date.now() / 1000);
  const common = { sub: String(user.id), sid, tenant: tenant.tenant.name, username: user.username, iat: now };
  const secret = await tokenSecret(tenant);
  const claims = (type: TokenClaims['type'], seconds: number): TokenClaims => ({
    ...common,
    role: user.role,
    type,
    exp: now + seconds,
  });
  return {
    access: signToken(claims('access', ACCESS_TOKEN_SECONDS), secret),
    refresh: signToken({ ...claims('refresh', REFRESH_TOKEN_SECONDS), gen }, secret),
  };
}

/** Starts a session for a user (log-in, sign-up): its first token pair. */
export async function startSession(tenant: TenantHandle, user: User): Promise<TokenPair> {
  const sid = await sessionRepository(tenant).start(user.id, REFRESH_TOKEN_SECONDS);
  return pair(tenant, user, sid, 0);
}

/**
 * A new pair for a refresh token, which is used up: its next use — by whoever copied it — ends the session
 * for both. 401 for anything but the live generation of a live session.
 */
export async function refreshSession(db: Database, tenant: TenantHandle, token: string): Promise<TokenPair> {
  const claims = await verified(tenant, token, 'refresh');
  const rotation = await sessionRepository(tenant).rotate(
    claims.sid,
    claims.gen ?? -1,
    REFRESH_TOKEN_SECONDS,
  );
  if (rotation.outcome === 'reused') forgetSession(db, tenant, claims.sid);
  if (rotation.outcome !== 'rotated') throw new ApiError('INVALID_TOKEN');
  const user = await userRepository(tenant).get(rotation.userId);
  if (!user) throw new ApiError('INVALID_TOKEN');
  return pair(tenant, user, claims.sid, rotation.generation);
}

/** The claims of a valid token of a kind for this tenant; 403 for another tenant's, 401 for anything else. */
export async function verified(
  tenant: TenantHandle,
  token: string,
  type: TokenClaims['type'],
): Promise<TokenClaims & { readonly sid: string }> {
  const claimed = claimedTenant(token);
  if (claimed !== undefined && claimed !== tenant.tenant.name) throw new ApiError('WRONG_TENANT');
  const claims = verifyToken(token, await tokenSecret(tenant));
  if (claims?.type !== type || typeof claims.sid !== 'string') throw new ApiError('INVALID_TOKEN');
  return claims;
}

/**
 * The user of a live session, as the database said within a few seconds (every request asks): a session
 * ended by this process stops at once (it forgets it), one ended by another process within LOOKUP_TTL_MS.
 */
export function sessionUserId(db: Database, tenant: TenantHandle, sid: string): Promise<number | undefined> {
  return recentLookups<number | undefined>(db, 'session').get(`${tenant.schema}/${sid}`, () =>
    sessionRepository(tenant).liveUserId(sid),
  );
}

function forgetSession(db: Database, tenant: TenantHandle, sid: string): void {
  recentLookups(db, 'session').forget(`${tenant.schema}/${sid}`);
}

/** Ends one session (log out). */
export async function endSession(db: Database, tenant: TenantHandle, sid: string): Promise<void> {
  await sessionRepository(tenant).end(sid);
  forgetSession(db, tenant, sid);
}

/** Ends every session of a user (password or role change, deletion, log out everywhere). */
export async function endSessionsOf(db: Database, tenant: TenantHandle, userId: number): Promise<void> {
  for (const sid of await sessionRepository(tenant).endAllOf(userId)) forgetSession(db, tenant, sid);
}
