import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { collectorRepository } from '@perfanalysis/storage';
import { Type } from 'typebox';
import { collectorOf } from '../auth/route-access.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { serverMetrics } from '../metrics/server-metrics.js';
import { groupCommit } from './group-commit.js';
import { HostInfoSchema } from './host-info-schema.js';
import { MetricsBody, toSamples } from './sample-schema.js';

/** The pcc endpoints: registration and sample batches, authenticated by the collector's API key. */
export function ingestRoutes(context: ServerContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/v1/register/',
      {
        config: { auth: 'collector' },
        schema: {
          operationId: 'registerCollector',
          summary: 'Register or update a collector from pcc',
          tags: ['pcc'],
          body: HostInfoSchema,
          response: {
            200: Type.Object({
              collector_id: Type.String(),
              machine_name: Type.String(),
              registered_at: Type.String(),
            }),
          },
        },
      },
      async (request) => {
        const { tenant, collector } = collectorOf(request);
        const updated = await collectorRepository(tenant).updateHostInfo(collector.id, request.body);
        // Deleted since its key was checked: the key names nothing any more.
        if (updated === undefined) throw new ApiError('INVALID_API_KEY');
        return {
          collector_id: collector.id,
          // As stored now: the key cache may hold the collector as it was when its key was first seen.
          machine_name: updated.machineName,
          registered_at: (updated.registeredAt ?? new Date()).toISOString(),
        };
      },
    );

    app.post(
      '/api/v1/metrics/',
      {
        config: { auth: 'collector' },
        schema: {
          operationId: 'storeSamples',
          summary: 'Store a batch of samples (gzip accepted); a resent batch changes nothing',
          tags: ['pcc'],
          body: MetricsBody,
          response: { 200: Type.Object({ stored: Type.Integer(), duplicates: Type.Integer() }) },
        },
      },
      async (request, reply) => {
        const { tenant, collector } = collectorOf(request);
        const hungUp = new AbortController();
        reply.raw.once('close', () => {
          if (!reply.raw.writableFinished) hungUp.abort(new Error('the client hung up'));
        });
        const result = await groupCommit(context.db).store(
          tenant,
          collector.id,
          toSamples(request.body),
          hungUp.signal,
        );
        serverMetrics(context.db).ingested(result);
        return result;
      },
    );
  };
}
