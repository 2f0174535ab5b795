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

/**
 * Sample batches a process takes in at once (from the request's head to its answer): about two seconds of
 * work on the machine the fleet benchmark runs on. Past it a batch is answered 503 INGEST_BUSY with
 * Retry-After before its body is read, and pcc keeps it; without it, an overloaded process took in every
 * batch, answered them too late to matter (5,000 simulated agents: 13,454 of 22,978 after 15 s), and the batches
 * sent again made more work still.
 */
export const MAX_BATCHES_IN_HAND = 1000;

/** The pcc endpoints: registration and sample batches, authenticated by the collector's API key. */
export function ingestRoutes(context: ServerContext): FastifyPluginAsyncTypebox {
  const maxInHand = context.maxBatchesInHand ?? MAX_BATCHES_IN_HAND;
  let inHand = 0;
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
        onRequest: async (_request, reply) => {
          if (inHand >= maxInHand) throw new ApiError('INGEST_BUSY');
          inHand += 1;
          reply.raw.once('close', () => {
            inHand -= 1;
          });
        },
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
