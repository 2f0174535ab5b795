import {
  type Database,
  type TenantHandle,
  type User,
  type UserRole,
  userApiKeyRepository,
  userRepository,
} from '@perfanalysis/storage';
import type { FastifyRequest } from 'fastify';
import { splitQualifiedKey } from '../credentials.js';
import { ApiError } from '../errors.js';
import { recentLookups } from './recent-lookups.js';
import { tenantForRequest } from './tenant-resolver.js';
import { sessionUserId, verified } from './tokens.js';

/** Who is asking, in which tenant; with an access token, in which session. */
export interface Principal {
  readonly tenant: TenantHandle;
  readonly user: User;
  readonly sessionId?: string;
}

const RANK: Readonly<Record<UserRole, number>> = { viewer: 0, analyst: 1, admin: 2 };

/** True when `role` includes what `minimum` may do: admin ⊃ analyst ⊃ viewer. */
export function hasRole(role: UserRole, minimum: UserRole): boolean {
  return RANK[role] >= RANK[minimum];
}

/**
 * The user a request is authenticated as — `Authorization: Bearer <access token>` or
 * `Authorization: ApiKey <username>:<key>` (or `Bearer <username>:<key>`) — in the tenant its Host leads to, with at least the role given.
 * No credentials or bad ones: 401. Credentials of another tenant: 403. Too small a role: 403.
 */
export async function authenticate(
  db: Database,
  request: FastifyRequest,
  minimum: UserRole,
): Promise<Principal> {
  const tenant = await tenantForRequest(db, request);
  const header = request.headers.authorization?.trim() ?? '';
  const [scheme = '', credentials = ''] = header.split(/\s+/, 2);
  let user: User;
  let sessionId: string | undefined;
  // A user API key (username:key) may also come as a bearer token, as seed 001's upload sends it; a JWT
  // never holds a colon.
  const apiKey = /^apikey$/i.test(scheme) || (/^bearer$/i.test(scheme) && credentials.includes(':'));
  if (apiKey) user = await fromApiKey(db, tenant, credentials);
  else if (/^bearer$/i.test(scheme)) ({ user, sessionId } = await fromToken(db, tenant, credentials));
  else throw new ApiError('UNAUTHORIZED');
  if (!hasRole(user.role, minimum)) {
    throw new ApiError(
      'FORBIDDEN',
      `This needs the ${minimum} role; you are ${article(user.role)} ${user.role}`,
    );
  }
  return sessionId === undefined ? { tenant, user } : { tenant, user, sessionId };
}

/** The user of an access token whose session is live (a password change, say, ends it). */
async function fromToken(
  db: Database,
  tenant: TenantHandle,
  token: string,
): Promise<{ user: User; sessionId: string }> {
  const claims = await verified(tenant, token, 'access');
  const userId = await sessionUserId(db, tenant, claims.sid);
  const user = userId === Number(claims.sub) ? await userById(db, tenant, userId) : undefined;
  if (!user)
    throw new ApiError('INVALID_TOKEN', 'The token is invalid, has expired, or its session has ended');
  return { user, sessionId: claims.sid };
}

async function fromApiKey(db: Database, tenant: TenantHandle, credentials: string): Promise<User> {
  const colon = credentials.indexOf(':');
  const key = colon > 0 ? splitQualifiedKey(credentials.slice(colon + 1)) : undefined;
  if (!key) throw new ApiError('INVALID_API_KEY', 'Use Authorization: ApiKey <username>:<key>');
  if (key.tenantName !== tenant.tenant.name) throw new ApiError('WRONG_TENANT');
  const userId = await userApiKeyRepository(tenant).userIdForSecret(key.secret);
  const user = userId === undefined ? undefined : await userById(db, tenant, userId);
  if (!user || user.username.toLowerCase() !== credentials.slice(0, colon).toLowerCase())
    throw new ApiError('INVALID_API_KEY');
  return user;
}

/**
 * A user by id as the database said within a few seconds (every request asks): a change made by another
 * process is seen within LOOKUP_TTL_MS; this process forgets the users it changes at once (forgetUser).
 */
function userById(db: Database, tenant: TenantHandle, id: number): Promise<User | undefined> {
  return recentLookups<User | undefined>(db, 'user').get(`${tenant.schema}/${id}`, () =>
    userRepository(tenant).get(id),
  );
}

export function forgetUser(db: Database, tenant: TenantHandle, id: number): void {
  recentLookups(db, 'user').forget(`${tenant.schema}/${id}`);
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}
