import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  type Collector,
  collectorListVersion,
  collectorRepository,
  isCollectorId,
  type TenantHandle,
  uploadRepository,
} from '@perfanalysis/storage';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { userOf } from '../auth/route-access.js';
import type { ServerContext } from '../context.js';
import { qualifiedKey } from '../credentials.js';
import { ApiError } from '../errors.js';
import { originOf } from '../http/request-origin.js';
import { sendAnswer } from './answer-cache.js';
import { CollectorOut, collectorOut, installCommand } from './collector-view.js';
import { Page, pageOf } from './page.js';
import { IdParam, pageFields } from './schemas.js';

const tags = ['collectors'];
/** How late a listed collector's last-seen time and status may be. */
const LAST_SEEN_STEP_MS = 10_000;
/** A collector with its new API key: what creating one, or regenerating its key, answers. */
const KeyOut = Type.Object({
  ...CollectorOut.properties,
  api_key: Type.String({ description: 'Shown once: give it to pcc (--apikey or PCC_APIKEY)' }),
  install_command: Type.String(),
});
const NameField = (description: string) =>
  Type.Optional(Type.String({ minLength: 1, maxLength: 255, description }));
const SiteField = (description: string) => Type.Optional(Type.String({ maxLength: 255, description }));

/** The collector a route's :id names, in the caller's tenant: 404 when there is none. */
export async function collectorOr404(tenant: TenantHandle, id: string) {
  const collector = isCollectorId(id) ? await collectorRepository(tenant).get(id) : undefined;
  if (!collector) throw new ApiError('NOT_FOUND', `No collector ${id}`);
  return collector;
}

/** A collector as KeyOut shows it: with its key, qualified by its tenant, and the install command. */
function withKey(
  request: FastifyRequest,
  tenant: TenantHandle,
  collector: Collector,
  apiKey: string,
  files?: Parameters<typeof collectorOut>[1],
) {
  const key = qualifiedKey(tenant.tenant.name, apiKey);
  return {
    ...collectorOut(collector, files),
    api_key: key,
    install_command: installCommand(originOf(request), key),
  };
}

/** Collectors: list, create (with API key and install command), show, regenerate the key, delete. */
export function collectorRoutes(context: ServerContext): FastifyPluginAsyncTypebox {
  const { db } = context;
  return async (app) => {
    app.get(
      '/api/v1/collectors/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'listCollectors',
          summary: 'List collectors (paginated, filterable by site)',
          tags,
          querystring: Type.Object({ ...pageFields, site: Type.Optional(Type.String({ maxLength: 200 })) }),
          response: { 200: Page(CollectorOut) },
        },
      },
      async (request, reply) => {
        const { tenant } = userOf(request);
        const { site, limit = 50, offset = 0 } = request.query;
        // Kept while the list's version stands, and for LAST_SEEN_STEP_MS at most: last-seen times and
        // statuses are that late at worst.
        // The origin is in the key: the answer's next and previous links name it.
        const key = `${tenant.schema} ${await collectorListVersion(tenant)} ${Math.floor(Date.now() / LAST_SEEN_STEP_MS)} ${originOf(request)} ${request.url}`;
        return sendAnswer(db, reply, key, async () => {
          const [{ collectors, total }, files] = await Promise.all([
            collectorRepository(tenant).list({ site, limit, offset }),
            uploadRepository(tenant).summary(),
          ]);
          const results = collectors.map((c) => collectorOut(c, files.get(c.id)));
          return pageOf(request, { limit, offset, count: total, results });
        });
      },
    );

    app.post(
      '/api/v1/collectors/',
      {
        config: { auth: 'admin' },
        schema: {
          operationId: 'createCollector',
          summary: 'Create a collector: answers with its API key and the one-line install command',
          tags,
          description:
            'The machine name may come as machine_name, as machinename (the user guide) or as name ' +
            '(XATSimplified); the site as site_name or sitename.',
          body: Type.Object({
            machine_name: NameField('The server host name, e.g. web-01'),
            machinename: NameField('Same as machine_name'),
            name: NameField('Same as machine_name'),
            site_name: SiteField('A logical grouping, e.g. Production-East'),
            sitename: SiteField('Same as site_name'),
            platform: Type.Optional(Type.String({ maxLength: 255, description: 'e.g. Linux Server' })),
          }),
          response: { 201: KeyOut },
        },
      },
      async (request, reply) => {
        const { tenant } = userOf(request);
        const { body } = request;
        const machineName = body.machine_name ?? body.machinename ?? body.name;
        if (!machineName)
          throw new ApiError('INVALID_BODY', 'body: machine_name (or machinename, or name) is required');
        const { collector, apiKey } = await collectorRepository(tenant).create({
          machineName,
          siteName: (body.site_name ?? body.sitename) || null,
          platform: body.platform || null,
        });
        return reply.status(201).send(withKey(request, tenant, collector, apiKey));
      },
    );

    app.get(
      '/api/v1/collectors/:id/',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'getCollector',
          summary: 'A collector, with its files count, last upload, last seen, status and system info',
          tags,
          params: IdParam,
          response: { 200: CollectorOut },
        },
      },
      async (request) => {
        const { tenant } = userOf(request);
        const collector = await collectorOr404(tenant, request.params.id);
        return collectorOut(collector, (await uploadRepository(tenant).summary()).get(collector.id));
      },
    );

    app.post(
      '/api/v1/collectors/:id/regenerate-key/',
      {
        config: { auth: 'admin' },
        schema: {
          operationId: 'regenerateCollectorKey',
          summary: 'A new API key; the old one stops working at once',
          tags,
          params: IdParam,
          response: { 200: KeyOut },
        },
      },
      async (request) => {
        const { tenant } = userOf(request);
        await collectorOr404(tenant, request.params.id);
        const regenerated = await collectorRepository(tenant).regenerateKey(request.params.id);
        if (!regenerated) throw new ApiError('NOT_FOUND');
        const files = (await uploadRepository(tenant).summary()).get(regenerated.collector.id);
        return withKey(request, tenant, regenerated.collector, regenerated.apiKey, files);
      },
    );

    app.delete(
      '/api/v1/collectors/:id/',
      {
        config: { auth: 'admin' },
        schema: {
          operationId: 'deleteCollector',
          summary: 'Delete a collector with all its samples and files',
          tags,
          params: IdParam,
          response: { 204: Type.Null() },
        },
      },
      async (request, reply) => {
        const { tenant } = userOf(request);
        await collectorOr404(tenant, request.params.id);
        await collectorRepository(tenant).delete(request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
