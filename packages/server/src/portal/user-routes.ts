import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { settingsRepository, type UserRole, userRepository } from '@perfanalysis/storage';
import { Type } from 'typebox';
import { forgetUser } from '../auth/authenticate.js';
import { userOf } from '../auth/route-access.js';
import { endSessionsOf } from '../auth/tokens.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { hashPassword } from '../passwords.js';
import { Email, Password, Role, RowId, Username, UserOut, userOut } from './schemas.js';

const tags = ['users'];
const UserId = Type.Object({ id: RowId });
const Settings = Type.Object({
  signup_role: Type.Union([Role, Type.Null()], {
    description: 'The role of users who sign up themselves; null closes sign-up (admins create users)',
  }),
});

/** Admin-managed users and the tenant's settings: admins only. */
export function userRoutes(context: ServerContext): FastifyPluginAsyncTypebox {
  const { db } = context;
  return async (app) => {
    app.get(
      '/api/v1/users/',
      {
        config: { auth: 'admin' },
        schema: {
          operationId: 'listUsers',
          summary: 'The users of this tenant',
          tags,
          response: { 200: Type.Array(UserOut) },
        },
      },
      async (request) => {
        const { tenant } = userOf(request);
        return (await userRepository(tenant).list()).map((u) => userOut(u, tenant.tenant.name));
      },
    );

    app.post(
      '/api/v1/users/',
      {
        config: { auth: 'admin', errors: [409] },
        schema: {
          operationId: 'createUser',
          summary: 'Create a user with a role',
          tags,
          body: Type.Object({
            username: Username,
            password: Password,
            role: Role,
            email: Type.Optional(Email),
          }),
          response: { 201: UserOut },
        },
      },
      async (request, reply) => {
        const { tenant } = userOf(request);
        const user = await userRepository(tenant).create({
          username: request.body.username,
          email: request.body.email ?? null,
          role: request.body.role,
          passwordHash: await hashPassword(request.body.password),
        });
        return reply.status(201).send(userOut(user, tenant.tenant.name));
      },
    );

    app.patch(
      '/api/v1/users/:id/',
      {
        config: { auth: 'admin' },
        schema: {
          operationId: 'setUserRole',
          summary: "Change a user's role: ends the user's sessions (they log in again with the new role)",
          tags,
          params: UserId,
          body: Type.Object({ role: Role }),
          response: { 200: UserOut },
        },
      },
      async (request) => {
        const { tenant, user: me } = userOf(request);
        const id = Number(request.params.id);
        if (id === me.id && request.body.role !== 'admin') {
          throw new ApiError('BAD_REQUEST', 'You cannot take away your own admin role; ask another admin');
        }
        const users = userRepository(tenant);
        const before = await users.get(id);
        const user = await users.setRole(id, request.body.role);
        forgetUser(db, tenant, id);
        if (!user) throw new ApiError('NOT_FOUND', `No user ${id}`);
        if (before?.role !== user.role) await endSessionsOf(db, tenant, user.id);
        return userOut(user, tenant.tenant.name);
      },
    );

    app.delete(
      '/api/v1/users/:id/',
      {
        config: { auth: 'admin' },
        schema: {
          operationId: 'deleteUser',
          summary: 'Delete a user (and end their sessions)',
          tags,
          params: UserId,
          response: { 204: Type.Null() },
        },
      },
      async (request, reply) => {
        const { tenant, user: me } = userOf(request);
        const id = Number(request.params.id);
        if (id === me.id) throw new ApiError('BAD_REQUEST', 'You cannot delete yourself');
        await endSessionsOf(db, tenant, id);
        const deleted = await userRepository(tenant).delete(id);
        forgetUser(db, tenant, id);
        if (!deleted) throw new ApiError('NOT_FOUND');
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/settings/',
      {
        config: { auth: 'admin' },
        schema: {
          operationId: 'getSettings',
          summary: "This tenant's settings",
          tags,
          response: { 200: Settings },
        },
      },
      async (request) => {
        const { tenant } = userOf(request);
        return { signup_role: await settingsRepository(tenant).get<UserRole | null>('signup_role', null) };
      },
    );
    app.put(
      '/api/v1/settings/',
      {
        config: { auth: 'admin' },
        schema: {
          operationId: 'putSettings',
          summary: "Change this tenant's settings",
          tags,
          body: Settings,
          response: { 200: Settings },
        },
      },
      async (request) => {
        const { tenant } = userOf(request);
        await settingsRepository(tenant).set('signup_role', request.body.signup_role);
        return { signup_role: request.body.signup_role };
      },
    );
  };
}
