import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Collector, collectorRepository, type TenantHandle } from '@perfanalysis/storage';
import { userOf } from '../auth/route-access.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { storeUpload, UploadOut } from './store-upload.js';

/**
 * The collector a form's machine_id names: its id, or its machine name when exactly one collector has it.
 */
async function collectorNamedBy(
  tenant: TenantHandle,
  fields: ReadonlyMap<string, string>,
): Promise<Collector> {
  const machineId = fields.get('machine_id')?.trim();
  if (!machineId)
    throw new ApiError('INVALID_BODY', 'Send a "machine_id" field: the collector\'s machine name, or its id');
  const byId = await collectorRepository(tenant).get(machineId);
  if (byId) return byId;
  const named = await collectorRepository(tenant).named(machineId, 2);
  if (named.length > 1)
    throw new ApiError(
      'INVALID_BODY',
      `More than one collector is named ${machineId}: give the collector's id as machine_id`,
    );
  const [collector] = named;
  if (!collector)
    throw new ApiError(
      'NOT_FOUND',
      `No collector is named ${machineId} (nor has that id): create it first (POST /api/v1/collectors/)`,
    );
  return collector;
}

/**
 * `POST /api/v1/performance/upload` (seed 001): an upload for scripts and CI pipelines that know a machine by
 * name: the form's "file" and "machine_id", with a user's token or API key.
 */
export function performanceUploadRoute(context: ServerContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/v1/performance/upload',
      {
        config: { auth: 'analyst' },
        schema: {
          operationId: 'uploadPerformanceFile',
          summary:
            'Upload a host.csv or a pcc capture to the collector machine_id names (multipart: file, machine_id, description)',
          description:
            "machine_id is the collector's machine name (e.g. test-vm-01) or its id. The answer is the upload's, as " +
            'POST /api/v1/collectors/{id}/upload/ gives it. Authorization: Bearer <access token>, or a user API ' +
            'key as ApiKey <username>:<key> or Bearer <username>:<key>.',
          tags: ['files'],
          consumes: ['multipart/form-data'],
          response: { 201: UploadOut },
        },
      },
      async (request, reply) => {
        const { tenant, user } = userOf(request);
        const answer = await storeUpload(context, request, tenant, user, (fields) =>
          collectorNamedBy(tenant, fields),
        );
        return reply.status(201).send(answer);
      },
    );
  };
}
