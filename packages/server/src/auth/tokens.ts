import type { TenantHandle, User } from '@perfanalysis/storage';
import { signToken, type TokenClaims } from './jwt.js';
import { tokenSecret } from './token-secret.js';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const REFRESH_TOKEN_SECONDS = 7 * 24 * 3600;

/** A fresh token of a kind for a user of a tenant. */
export async function issueToken(
  tenant: TenantHandle,
  user: User,
  type: TokenClaims['type'],
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const claims: TokenClaims = {
    sub: String(user.id),
    tenant: tenant.tenant.name,
    username: user.username,
    role: user.role,
    type,
    iat: now,
    exp: now + (type === 'access' ? ACCESS_TOKEN_SECONDS : REFRESH_TOKEN_SECONDS),
  };
  return signToken(claims, await tokenSecret(tenant));
}

/** The pair XATSimplified's token endpoint answers with. */
export async function tokenPair(
  tenant: TenantHandle,
  user: User,
): Promise<{ access: string; refresh: string }> {
  return {
    access: await issueToken(tenant, user, 'access'),
    refresh: await issueToken(tenant, user, 'refresh'),
  };
}
