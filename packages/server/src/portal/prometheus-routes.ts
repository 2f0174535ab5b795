import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { latestSamples } from '@perfanalysis/storage';
import { Registry } from 'prom-client';
import { userOf } from '../auth/route-access.js';
import type { ServerContext } from '../context.js';
import { fleetRegistry } from '../metrics/fleet-metrics.js';
import { serverMetrics } from '../metrics/server-metrics.js';
import { FileAnswer } from './schemas.js';

/**
 * `GET /metrics`: each collector's latest sample and this server process's own metrics in the Prometheus text
 * format, so an existing Prometheus and Grafana can scrape the fleet (authorization: ApiKey <user>:<key>, or a
 * bearer token). The names are listed in docs/metrics.md.
 */
export function prometheusRoutes(context: ServerContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/metrics',
      {
        config: { auth: 'viewer' },
        schema: {
          operationId: 'prometheusMetrics',
          summary: "Every collector's latest sample and the server's own metrics, Prometheus text format",
          tags: ['health'],
          produces: ['text/plain'],
          response: { 200: FileAnswer('The Prometheus text exposition format, version 0.0.4') },
        },
      },
      async (request, reply) => {
        const { tenant } = userOf(request);
        const fleet = fleetRegistry(await latestSamples(tenant), Date.now());
        const all = Registry.merge([serverMetrics(context.db).registry, fleet]);
        return reply.header('content-type', all.contentType).send(await all.metrics());
      },
    );
  };
}
