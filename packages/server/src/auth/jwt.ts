import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * What a token says: who, in which tenant, with which role, whether it is an access or a refresh token, the
 * session it belongs to, and for a refresh token which generation of the session's refresh token it is.
 */
export interface TokenClaims {
  readonly sub: string;
  readonly sid: string;
  readonly gen?: number;
  readonly tenant: string;
  readonly username: string;
  readonly role: string;
  readonly type: 'access' | 'refresh';
  readonly iat: number;
  readonly exp: number;
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

/** A JSON Web Token signed with HMAC-SHA256. */
export function signToken(claims: TokenClaims, secret: string): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = createHmac('sha256', secret).update(`${HEADER}.${payload}`).digest('base64url');
  return `${HEADER}.${payload}.${signature}`;
}

/** The claims of a token whose signature, algorithm and expiry hold; undefined for anything else. */
export function verifyToken(
  token: string,
  secret: string,
  nowSeconds = Date.now() / 1000,
): TokenClaims | undefined {
  const [header, payload, signature] = token.split('.');
  if (header !== HEADER || payload === undefined || signature === undefined) return undefined;
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
    if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) return undefined;
    return claims;
  } catch {
    return undefined;
  }
}

/** The tenant name a token claims, read without verifying it (to know which tenant's secret verifies it). */
export function claimedTenant(token: string): string | undefined {
  try {
    const payload = token.split('.')[1];
    if (payload === undefined) return undefined;
    const tenant = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { tenant?: unknown })
      .tenant;
    return typeof tenant === 'string' ? tenant : undefined;
  } catch {
    return undefined;
  }
}
