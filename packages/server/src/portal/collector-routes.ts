import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  collectorListVersion,
  collectorRepository,
  isCollectorId,
  type TenantHandle,
  uploadRepository,
} from '@perfanalysis/storage';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { authenticate } from '../auth/authenticate.js';
import type { ServerContext } from '../context.js';
import { qualifiedKey } from '../credentials.js';
import { ApiError } from '../errors.js';
import { sendAnswer } from './answer-cache.js';
import { CollectorOut, collectorOut, installCommand } from './collector-view.js';
import { safeOrigin } from './install-routes.js';
import { IdParam, pageFields } from './schemas.js';

const tags = ['collectors'];
/** How late a listed collector's last-seen time and status may be. */
const LAST_SEEN_STEP_MS = 10_000;
const security = [{ bearer: [] }, { apiKey: [] }];
const KeyOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  machine_name: Type.String(),
  api_key: Type.String({ description: 'Shown once: give it to pcc (--apikey or PCC_APIKEY)' }),
  install_command: Type.String(),
});

/** The collector a route's :id names, in the caller's tenant: 404 when there is none. */
export async function collectorOr404(tenant: TenantHandle, id: string) {
  const collector = isCollectorId(id) ? await collectorRepository(tenant).get(id) : undefined;
  if (!collector) throw new ApiError('NOT_FOUND', `No collector ${id}`);
  return collector;
}

/** This portal's address as the request reached it (a hostile Host header falls back to localhost). */
function originOf(request: FastifyRequest): string {
  return safeOrigin(request) ?? 'http://localhost:8000';
}

/** Collectors: list, create (with API key and install command), show, regenerate the key, delete. */
export function collectorRoutes(context: ServerContext): FastifyPluginAsyncTypebox {
  const { db } = context;
  return async (app) => {
    app.get(
      '/api/v1/collectors/',
      {
        schema: {
          summary: 'List collectors (paginated, filterable by site)',
          tags,
          security,
          querystring: Type.Object({ ...pageFields, site: Type.Optional(Type.String({ maxLength: 200 })) }),
          response: { 200: Type.Object({ count: Type.Integer(), results: Type.Array(CollectorOut) }) },
        },
      },
      async (request, reply) => {
        const { tenant } = await authenticate(db, request, 'viewer');
        const { site, limit = 50, offset = 0 } = request.query;
        // Kept while the list's version stands, and for LAST_SEEN_STEP_MS at most: last-seen times and
        // statuses are that late at worst.
        const key = `${tenant.schema} ${await collectorListVersion(tenant)} ${Math.floor(Date.now() / LAST_SEEN_STEP_MS)} ${request.url}`;
        return sendAnswer(db, reply, key, async () => {
          const [{ collectors, total }, files] = await Promise.all([
            collectorRepository(tenant).list({ site, limit, offset }),
            uploadRepository(tenant).summary(),
          ]);
          return { count: total, results: collectors.map((c) => collectorOut(c, files.get(c.id))) };
        });
      },
    );

    app.post(
      '/api/v1/collectors/',
      {
        schema: {
          summary: 'Create a collector: answers with its API key and the one-line install command',
          tags,
          security,
          body: Type.Object({
            machine_name: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
            name: Type.Optional(
              Type.String({ minLength: 1, maxLength: 255, description: 'Same as machine_name' }),
            ),
            site_name: Type.Optional(Type.String({ maxLength: 255 })),
            platform: Type.Optional(Type.String({ maxLength: 255 })),
          }),
          response: { 201: KeyOut },
        },
      },
      async (request, reply) => {
        const { tenant } = await authenticate(db, request, 'admin');
        const machineName = request.body.machine_name ?? request.body.name;
        if (!machineName) throw new ApiError('INVALID_BODY', 'body: machine_name is required');
        const { collector, apiKey } = await collectorRepository(tenant).create({
          machineName,
          siteName: request.body.site_name || null,
          platform: request.body.platform || null,
        });
        const key = qualifiedKey(tenant.tenant.name, apiKey);
        return reply.status(201).send({
          id: collector.id,
          name: machineName,
          machine_name: machineName,
          api_key: key,
          install_command: installCommand(originOf(request), key),
        });
      },
    );

    app.get(
      '/api/v1/collectors/:id/',
      {
        schema: {
          summary: 'A collector, with its files count, last upload, last seen, status and system info',
          tags,
          security,
          params: IdParam,
          response: { 200: CollectorOut },
        },
      },
      async (request) => {
        const { tenant } = await authenticate(db, request, 'viewer');
        const collector = await collectorOr404(tenant, request.params.id);
        return collectorOut(collector, (await uploadRepository(tenant).summary()).get(collector.id));
      },
    );

    app.post(
      '/api/v1/collectors/:id/regenerate-key/',
      {
        schema: {
          summary: 'A new API key; the old one stops working at once',
          tags,
          security,
          params: IdParam,
          response: { 200: KeyOut },
        },
      },
      async (request) => {
        const { tenant } = await authenticate(db, request, 'admin');
        await collectorOr404(tenant, request.params.id);
        const regenerated = await collectorRepository(tenant).regenerateKey(request.params.id);
        if (!regenerated) throw new ApiError('NOT_FOUND');
        const key = qualifiedKey(tenant.tenant.name, regenerated.apiKey);
        return {
          id: regenerated.collector.id,
          name: regenerated.collector.machineName,
          machine_name: regenerated.collector.machineName,
          api_key: key,
          install_command: installCommand(originOf(request), key),
        };
      },
    );

    app.delete(
      '/api/v1/collectors/:id/',
      {
        schema: {
          summary: 'Delete a collector with all its samples and files',
          tags,
          security,
          params: IdParam,
          response: { 204: Type.Null() },
        },
      },
      async (request, reply) => {
        const { tenant } = await authenticate(db, request, 'admin');
        await collectorOr404(tenant, request.params.id);
        await collectorRepository(tenant).delete(request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
