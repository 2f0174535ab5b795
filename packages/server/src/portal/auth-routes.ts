import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  loginThrottle,
  settingsRepository,
  type UserRole,
  userApiKeyRepository,
  userRepository,
} from '@perfanalysis/storage';
import { Type } from 'typebox';
import { authenticate } from '../auth/authenticate.js';
import { claimedTenant, verifyToken } from '../auth/jwt.js';
import { tenantForRequest } from '../auth/tenant-resolver.js';
import { tokenSecret } from '../auth/token-secret.js';
import { issueToken, tokenPair } from '../auth/tokens.js';
import type { ServerContext } from '../context.js';
import { qualifiedKey } from '../credentials.js';
import { ApiError } from '../errors.js';
import { hashPassword, verifyPassword } from '../passwords.js';
import { Email, Password, RowId, Username, UserOut, userOut } from './schemas.js';

const Tokens = Type.Object({ access: Type.String(), refresh: Type.String() });
const tags = ['auth'];
const secured = [{ bearer: [] }, { apiKey: [] }];

/** Sign-up, JWT log-in and refresh as XATSimplified, the current user, password change and user API keys. */
export function authRoutes(context: ServerContext): FastifyPluginAsyncTypebox {
  const { db } = context;
  return async (app) => {
    app.post(
      '/api/v1/auth/signup/',
      {
        schema: {
          summary:
            "Sign up: the tenant's first user becomes its admin; later ones get the role the admin allows",
          tags,
          body: Type.Object({ username: Username, password: Password, email: Type.Optional(Email) }),
          response: { 201: Type.Object({ user: UserOut, access: Type.String(), refresh: Type.String() }) },
        },
      },
      async (request, reply) => {
        const tenant = await tenantForRequest(db, request);
        const users = userRepository(tenant);
        const first = (await users.count()) === 0;
        const role = first
          ? 'admin'
          : await settingsRepository(tenant).get<UserRole | null>('signup_role', null);
        if (role === null)
          throw new ApiError('FORBIDDEN', 'Sign-up is closed here; ask an admin for an account');
        const user = await users.create({
          username: request.body.username,
          email: request.body.email ?? null,
          passwordHash: await hashPassword(request.body.password),
          role,
        });
        return reply
          .status(201)
          .send({ user: userOut(user, tenant.tenant.name), ...(await tokenPair(tenant, user)) });
      },
    );

    app.post(
      '/api/v1/auth/token/',
      {
        schema: {
          summary: 'Log in: a JWT access token and a refresh token',
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
        const wait = await throttle.waitMs(username);
        if (wait > 0) {
          reply.header('retry-after', Math.ceil(wait / 1000));
          throw new ApiError(
            'TOO_MANY_ATTEMPTS',
            `Too many failed attempts; try again in ${Math.ceil(wait / 1000)} s`,
          );
        }
        const user = await userRepository(tenant).findByUsername(username);
        if (!user || !(await verifyPassword(password, user.passwordHash))) {
          await throttle.failed(username);
          throw new ApiError('INVALID_CREDENTIALS');
        }
        await throttle.succeeded(username);
        return tokenPair(tenant, user);
      },
    );

    app.post(
      '/api/v1/auth/token/refresh/',
      {
        schema: {
          summary: 'A new access token for a refresh token',
          tags,
          body: Type.Object({ refresh: Type.String({ maxLength: 4096 }) }),
          response: { 200: Type.Object({ access: Type.String() }) },
        },
      },
      async (request) => {
        const tenant = await tenantForRequest(db, request);
        const token = request.body.refresh;
        const claimed = claimedTenant(token);
        if (claimed !== undefined && claimed !== tenant.tenant.name) throw new ApiError('WRONG_TENANT');
        const claims = verifyToken(token, await tokenSecret(tenant));
        if (claims?.type !== 'refresh') throw new ApiError('INVALID_TOKEN');
        const user = await userRepository(tenant).get(Number(claims.sub));
        if (!user) throw new ApiError('INVALID_TOKEN');
        return { access: await issueToken(tenant, user, 'access') };
      },
    );

    app.get(
      '/api/v1/auth/user/',
      { schema: { summary: 'The current user', tags, security: secured, response: { 200: UserOut } } },
      async (request) => {
        const { tenant, user } = await authenticate(db, request, 'viewer');
        return userOut(user, tenant.tenant.name);
      },
    );

    app.post(
      '/api/v1/auth/password/',
      {
        schema: {
          summary: 'Change your password',
          tags,
          security: secured,
          body: Type.Object({ current_password: Type.String({ maxLength: 1024 }), new_password: Password }),
          response: { 204: Type.Null() },
        },
      },
      async (request, reply) => {
        const { tenant, user } = await authenticate(db, request, 'viewer');
        const users = userRepository(tenant);
        const credentials = await users.findByUsername(user.username);
        if (
          !credentials ||
          !(await verifyPassword(request.body.current_password, credentials.passwordHash))
        ) {
          throw new ApiError('INVALID_CREDENTIALS', 'The current password is wrong');
        }
        await users.setPasswordHash(user.id, await hashPassword(request.body.new_password));
        return reply.status(204).send(null);
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
        schema: {
          summary: 'Your API keys',
          tags,
          security: secured,
          response: { 200: Type.Array(ApiKeyOut) },
        },
      },
      async (request) => {
        const { tenant, user } = await authenticate(db, request, 'viewer');
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
        schema: {
          summary: 'Create an API key for scripts; it is shown once',
          tags,
          security: secured,
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
        const { tenant, user } = await authenticate(db, request, 'viewer');
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
        schema: {
          summary: 'Revoke one of your API keys',
          tags,
          security: secured,
          params: Type.Object({ id: RowId }),
          response: { 204: Type.Null() },
        },
      },
      async (request, reply) => {
        const { tenant, user } = await authenticate(db, request, 'viewer');
        if (!(await userApiKeyRepository(tenant).revoke(user.id, Number(request.params.id))))
          throw new ApiError('NOT_FOUND');
        return reply.status(204).send(null);
      },
    );
  };
}
