import type { Database, UserRole } from '@perfanalysis/storage';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type AuthenticatedCollector, authenticateCollector } from '../ingest/collector-auth.js';
import { authenticate, type Principal } from './authenticate.js';

/**
 * Who may call a route, declared once in its options (`config: { auth: 'viewer' }`): nobody needs to
 * authenticate (public); a user of at least that role (viewer, analyst, admin); pcc with its collector's key
 * (collector); or either pcc or a user of at least the analyst role (collector-or-analyst, for results that
 * pcc posts and people may post too). The declaration drives both the check, before the body is read, and
 * the operation's `security` in the OpenAPI document.
 */
export type Access = 'public' | UserRole | 'collector' | 'collector-or-analyst';

/** Who a request was authenticated as: a user of the tenant, or a collector by its key. */
export type Caller =
  | (Principal & { readonly kind: 'user' })
  | (AuthenticatedCollector & { readonly kind: 'collector' });

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: Access;
  }
  interface FastifyRequest {
    caller: Caller | undefined;
  }
}

const USER = [{ bearer: [] }, { apiKey: [] }];
const SECURITY: Readonly<Record<Access, readonly Record<string, never[]>[]>> = {
  public: [],
  viewer: USER,
  analyst: USER,
  admin: USER,
  collector: [{ apiKey: [] }],
  'collector-or-analyst': USER,
};
const WHO: Readonly<Record<Access, string>> = {
  public: 'No credentials needed.',
  viewer: 'Any user (viewer, analyst or admin).',
  analyst: 'An analyst or admin.',
  admin: 'An admin.',
  collector: "pcc, with its collector's API key.",
  'collector-or-analyst': "pcc with its collector's API key, or an analyst or admin naming collector_id.",
};

/** True for an access that a user's credentials satisfy (and so may be refused for another tenant's). */
export const isUserAccess = (access: Access): boolean => access !== 'public' && access !== 'collector';

/**
 * Makes every route declare its access (a route without `config.auth` is refused when it is registered,
 * unless it is hidden from the document: the web app's files and the reference pages), writes the access
 * into the route's OpenAPI `security` and description, and checks it on each request before anything else.
 * Call before registering @fastify/swagger and any route.
 */
export function checkDeclaredAccess(app: FastifyInstance, db: Database): void {
  app.decorateRequest('caller', undefined);
  app.addHook('onRoute', (route) => {
    const access = route.config?.auth;
    if (access === undefined) {
      if (route.schema?.hide === true) return;
      throw new Error(`${route.method} ${route.url}: declare who may call it (config: { auth })`);
    }
    const description = [route.schema?.description, `Who: ${WHO[access]}`].filter(Boolean).join('\n\n');
    route.schema = { ...route.schema, security: [...SECURITY[access]], description };
  });
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.auth;
    if (access === undefined || access === 'public') return;
    request.caller = await callerFor(db, request, access);
  });
}

async function callerFor(db: Database, request: FastifyRequest, access: Access): Promise<Caller> {
  if (access === 'collector' || (access === 'collector-or-analyst' && presentsCollectorKey(request))) {
    return { kind: 'collector', ...(await authenticateCollector(db, request)) };
  }
  const minimum: UserRole = access === 'collector-or-analyst' ? 'analyst' : (access as UserRole);
  return { kind: 'user', ...(await authenticate(db, request, minimum)) };
}

/** A collector's key (`ApiKey <key>` without a user name, or `X-API-Key`) rather than a user's credentials. */
function presentsCollectorKey(request: FastifyRequest): boolean {
  const header = request.headers.authorization?.trim() ?? '';
  return header === '' ? request.headers['x-api-key'] !== undefined : /^apikey\s+[^:\s]+$/i.test(header);
}

/** The user a route that declares a user access was called by. */
export function userOf(request: FastifyRequest): Principal {
  const caller = request.caller;
  if (caller?.kind !== 'user') throw new Error(`${request.routeOptions.url} was not called by a user`);
  return caller;
}

/** The collector a route that declares collector access was called by. */
export function collectorOf(request: FastifyRequest): AuthenticatedCollector {
  const caller = request.caller;
  if (caller?.kind !== 'collector')
    throw new Error(`${request.routeOptions.url} was not called with a collector's key`);
  return caller;
}
