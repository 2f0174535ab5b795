import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  loginThrottle,
  settingsRepository,
  type TenantHandle,
  type User,
  type UserRole,
  userApiKeyRepository,
  userRepository,
} from '@perfanalysis/storage';
import { Type } from 'typebox';
import { isLocalRequest, throttledAddress } from '../auth/client-address.js';
import { userOf } from '../auth/route-access.js';
import { useSetupToken } from '../auth/setup-token.js';
import { tenantForRequest } from '../auth/tenant-resolver.js';
import { endSession, endSessionsOf, refreshSession, startSession } from '../auth/tokens.js';
import type { ServerContext } from '../context.js';
import { qualifiedKey } from '../credentials.js';
import { ApiError } from '../errors.js';
import { hashPassword, verifyLogin, verifyPassword } from '../passwords.js';
import { Email, Password, RowId, Username, UserOut, userOut } from './schemas.js';

const Tokens = Type.Object({ access: Type.String(), refresh: Type.String() });
const tags = ['auth'];

/**
 * Sign-up, JWT log-in and refresh as XATSimplified, log-out, the current user, password change and user API
 * keys.
 */
export function authRoutes(context: ServerContext): FastifyPluginAsyncTypebox {
  const { db } = context;
  return async (app) => {
    app.get(
      '/api/v1/auth/signup/',
      {
        config: { auth: 'public', errors: [404] },
        schema: {
          operationId: 'signUpStatus',
          summary:
            "Whether sign-up is open here: a tenant without users takes its first admin (with the setup link, or from the server's own machine); after that, only while an admin has opened sign-up",
          tags,
          response: {
            200: Type.Object({
              open: Type.Boolean({ description: 'False: sign-up is closed; an admin makes accounts' }),
            }),
          },
        },
      },
      async (request) => {
        const tenant = await tenantForRequest(db, request);
        if ((await userRepository(tenant).count()) === 0) return { open: true };
        return { open: (await signupRole(tenant)) !== null };
      },
    );
    app.post(
      '/api/v1/auth/signup/',
      {
        config: { auth: 'public', errors: [403, 404, 409] },
        schema: {
          operationId: 'signUp',
          summary:
            "Sign up. A tenant's first user becomes its admin: with the setup token the server printed, or from the server's own machine; later ones get the role the admin allows",
          tags,
          body: Type.Object({
            username: Username,
            password: Password,
            email: Type.Optional(Email),
            setup_token: Type.Optional(
              Type.String({
                maxLength: 200,
                description: 'The one-time token of the setup link `serve` prints',
              }),
            ),
          }),
          response: { 201: Type.Object({ user: UserOut, access: Type.String(), refresh: Type.String() }) },
        },
      },
      async (request, reply) => {
        const tenant = await tenantForRequest(db, request);
        const users = userRepository(tenant);
        const input = {
          username: request.body.username,
          email: request.body.email ?? null,
          passwordHash: await hashPassword(request.body.password),
        };
        const user =
          (await users.count()) === 0
            ? await firstAdmin(tenant, request.body.setup_token, isLocalRequest(request), input)
            : await users.create({ ...input, role: await laterSignupRole(tenant) });
        return reply
          .status(201)
          .send({ user: userOut(user, tenant.tenant.name), ...(await startSession(tenant, user)) });
      },
    );

    app.post(
      '/api/v1/auth/token/',
      {
        config: { auth: 'public', errors: [401, 404, 429] },
        schema: {
          operationId: 'logIn',
          summary:
            'Log in: a JWT access token and a refresh token. Failed attempts are counted per account, per client address and per both; past a few, each further attempt must wait (429 with Retry-After)',
          tags,
          body: Type.Object({
            username: Type.String({ maxLength: 150 }),
            password: Type.String({ maxLength: 1024 }),
          }),
          response: { 200: Tokens },
        },
      },
      async (request, reply) => {
        const tenant = await tenantForRequest(db, request);
        const throttle = loginThrottle(tenant);
        const { username, password } = request.body;
        const attempt = { username, address: throttledAddress(request) };
        const wait = await throttle.take(attempt);
        if (wait > 0) {
          reply.header('retry-after', Math.ceil(wait / 1000));
          throw new ApiError(
            'TOO_MANY_ATTEMPTS',
            `Too many failed attempts; try again in ${Math.ceil(wait / 1000)} s`,
          );
        }
        const user = await userRepository(tenant).findByUsername(username);
        if (!(await verifyLogin(password, user?.passwordHash)) || !user)
          throw new ApiError('INVALID_CREDENTIALS');
        await throttle.succeeded(attempt);
        return startSession(tenant, user);
      },
    );

    app.post(
      '/api/v1/auth/token/refresh/',
      {
        config: { auth: 'public', errors: [401, 404] },
        schema: {
          operationId: 'refreshTokens',
          summary:
            'A new token pair for a refresh token. A refresh token works once: using one again ends its session',
          tags,
          body: Type.Object({ refresh: Type.String({ maxLength: 4096 }) }),
          response: { 200: Tokens },
        },
      },
      async (request) => refreshSession(db, await tenantForRequest(db, request), request.body.refresh),
    );

    app.post(
      '/api/v1/auth/logout/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'logOut',
          summary: 'Log out: ends this session, or with everywhere=true every session of yours',
          tags,
          querystring: Type.Object({ everywhere: Type.Optional(Type.Boolean()) }),
          response: { 204: Type.Null() },
        },
      },
      async (request, reply) => {
        const { tenant, user, sessionId } = userOf(request);
        if (request.query.everywhere) await endSessionsOf(db, tenant, user.id);
        else if (sessionId !== undefined) await endSession(db, tenant, sessionId);
        else throw new ApiError('BAD_REQUEST', 'An API key has no session: log out with everywhere=true');
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/auth/user/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'getCurrentUser',
          summary: 'The current user',
          tags,
          response: { 200: UserOut },
        },
      },
      async (request) => {
        const { tenant, user } = userOf(request);
        return userOut(user, tenant.tenant.name);
      },
    );

    app.post(
      '/api/v1/auth/password/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'changePassword',
          summary:
            'Change your password: ends all your sessions, and answers the tokens of a new one for this client',
          tags,
          body: Type.Object({ current_password: Type.String({ maxLength: 1024 }), new_password: Password }),
          response: { 200: Tokens },
        },
      },
      async (request) => {
        const { tenant, user } = userOf(request);
        const users = userRepository(tenant);
        const credentials = await users.findByUsername(user.username);
        if (
          !credentials ||
          !(await verifyPassword(request.body.current_password, credentials.passwordHash))
        ) {
          throw new ApiError('INVALID_CREDENTIALS', 'The current password is wrong');
        }
        await users.setPasswordHash(user.id, await hashPassword(request.body.new_password));
        await endSessionsOf(db, tenant, user.id);
        return startSession(tenant, user);
      },
    );

    const ApiKeyOut = Type.Object({
      id: Type.Integer(),
      name: Type.String(),
      prefix: Type.String(),
      created_at: Type.String(),
      last_used_at: Type.Union([Type.String(), Type.Null()]),
      revoked_at: Type.Union([Type.String(), Type.Null()]),
    });
    app.get(
      '/api/v1/auth/api-keys/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'listApiKeys',
          summary: 'Your API keys',
          tags,
          response: { 200: Type.Array(ApiKeyOut) },
        },
      },
      async (request) => {
        const { tenant, user } = userOf(request);
        return (await userApiKeyRepository(tenant).listForUser(user.id)).map((key) => ({
          id: key.id,
          name: key.name,
          prefix: key.prefix,
          created_at: key.createdAt.toISOString(),
          last_used_at: key.lastUsedAt?.toISOString() ?? null,
          revoked_at: key.revokedAt?.toISOString() ?? null,
        }));
      },
    );
    app.post(
      '/api/v1/auth/api-keys/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'createApiKey',
          summary: 'Create an API key for scripts; it is shown once',
          tags,
          body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) }),
          response: {
            201: Type.Object({
              id: Type.Integer(),
              name: Type.String(),
              key: Type.String(),
              authorization: Type.String(),
            }),
          },
        },
      },
      async (request, reply) => {
        const { tenant, user } = userOf(request);
        const { key, secret } = await userApiKeyRepository(tenant).create(user.id, request.body.name);
        const qualified = qualifiedKey(tenant.tenant.name, secret);
        return reply.status(201).send({
          id: key.id,
          name: key.name,
          key: qualified,
          authorization: `ApiKey ${user.username}:${qualified}`,
        });
      },
    );
    app.delete(
      '/api/v1/auth/api-keys/:id/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'revokeApiKey',
          summary: 'Revoke one of your API keys',
          tags,
          params: Type.Object({ id: RowId }),
          response: { 204: Type.Null() },
        },
      },
      async (request, reply) => {
        const { tenant, user } = userOf(request);
        if (!(await userApiKeyRepository(tenant).revoke(user.id, Number(request.params.id))))
          throw new ApiError('NOT_FOUND');
        return reply.status(204).send(null);
      },
    );
  };
}

/**
 * The first user of a tenant, its admin: with the setup token `serve` printed (used up by this), or from the
 * server's own machine. Anyone else is told how to get the first admin.
 */
async function firstAdmin(
  tenant: TenantHandle,
  token: string | undefined,
  local: boolean,
  input: { username: string; email: string | null; passwordHash: string },
): Promise<User> {
  const noAdmin = () =>
    new ApiError(
      'FORBIDDEN',
      `Tenant ${tenant.tenant.name} has no admin yet: open the setup link the server printed when it started (a setup token works once), sign up on the server's own machine, or run: perfanalysis user create --tenant ${tenant.tenant.name} --role admin --username NAME`,
    );
  if (token === undefined && !local) throw noAdmin();
  return tenant.transaction(async (tx) => {
    if (token !== undefined && !(await useSetupToken(tx, token))) throw noAdmin();
    const user = await userRepository(tx).createFirst({ ...input, role: 'admin' });
    if (!user) throw new ApiError('CONFLICT', 'Someone else has just become the first user; log in instead');
    return user;
  });
}

/** What a tenant's admin opened sign-up to, or null while it is closed. */
function signupRole(tenant: TenantHandle): Promise<UserRole | null> {
  return settingsRepository(tenant).get<UserRole | null>('signup_role', null);
}

/** The role of a sign-up to a tenant that has users: what its admin opened sign-up to; 403 while closed. */
async function laterSignupRole(tenant: TenantHandle): Promise<UserRole> {
  const role = await signupRole(tenant);
  if (role === null) throw new ApiError('FORBIDDEN', 'Sign-up is closed here; ask an admin for an account');
  return role;
}
