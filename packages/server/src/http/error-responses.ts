import type { FastifyInstance } from 'fastify';
import { isUserAccess } from '../auth/route-access.js';
import { ERRORS } from '../errors.js';
import { ErrorOut } from '../portal/schemas.js';

/** An error status a route may answer with the catalogue's `{ error: { code, message, status } }`. */
export type ErrorStatus = (typeof ERRORS)[keyof typeof ERRORS]['status'];

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Error statuses the route answers beyond those its access and schema imply (see documentErrors). */
    errors?: readonly ErrorStatus[];
  }
}

/** The error shape's name among the document's schemas (components.schemas.ApiError). */
export const ERROR_SCHEMA_ID = 'ApiError';

/** The catalogue's messages for a status, as the document describes that answer. */
function describe(status: number): string {
  return [...new Set(Object.values(ERRORS).flatMap((e) => (e.status === status ? [e.message] : [])))].join(
    '; or: ',
  );
}

/**
 * Documents on every route (that has not described them itself) the error answers it can give: 400 for a
 * request with parameters or a body, 413 and 415 for a body, 401 and 403 as its access implies, 404 for an
 * id in the path or a tenant looked up by host, those the route declares in `config.errors` (409, 429…),
 * and 500 and 503 (an unexpected failure; a database unavailable or busy) on all. Call before
 * registering @fastify/swagger and any route, after checkDeclaredAccess.
 */
export function documentErrors(app: FastifyInstance): void {
  app.addSchema({ ...ErrorOut, $id: ERROR_SCHEMA_ID });
  app.addHook('onRoute', (route) => {
    const schema = route.schema;
    const access = route.config?.auth;
    if (schema === undefined || schema.hide === true || access === undefined) return;
    const hasBody = schema.body !== undefined || schema.consumes !== undefined;
    const statuses = new Set<number>([500, 503, ...(route.config?.errors ?? [])]);
    if (hasBody || schema.params !== undefined || schema.querystring !== undefined) statuses.add(400);
    if (hasBody) for (const status of [413, 415]) statuses.add(status);
    if (access !== 'public') statuses.add(401);
    if (isUserAccess(access)) for (const status of [403, 404]) statuses.add(status);
    if (schema.params !== undefined) statuses.add(404);
    const response = { ...(schema.response as Record<string, unknown> | undefined) };
    for (const status of [...statuses].sort((a, b) => a - b)) {
      response[status] ??= { $ref: `${ERROR_SCHEMA_ID}#`, description: describe(status) };
    }
    route.schema = { ...schema, response };
  });
}
