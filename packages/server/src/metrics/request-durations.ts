import type { Database } from '@perfanalysis/storage';
import type { FastifyInstance } from 'fastify';
import { serverMetrics } from './server-metrics.js';

/** Observes every response's duration by method, route pattern (not the URL: ids would explode it) and status. */
export function recordRequestDurations(app: FastifyInstance, db: Database): void {
  const durations = serverMetrics(db).requestDuration;
  app.addHook('onResponse', async (request, reply) => {
    durations.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });
}
