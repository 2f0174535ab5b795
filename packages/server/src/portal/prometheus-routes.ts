import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { HOST_METRICS } from '@perfanalysis/shared';
import { latestSamples } from '@perfanalysis/storage';
import { authenticate } from '../auth/authenticate.js';
import type { ServerContext } from '../context.js';

const escapeLabel = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

/**
 * `GET /metrics`: each collector's latest sample in the Prometheus text format, so an existing Prometheus
 * and Grafana can scrape the fleet (authorization: ApiKey <user>:<key>, or a bearer token).
 */
export function prometheusRoutes(context: ServerContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/metrics',
      {
        schema: {
          summary: "Every collector's latest sample, Prometheus text format",
          tags: ['health'],
          security: [{ apiKey: [] }, { bearer: [] }],
        },
      },
      async (request, reply) => {
        const { tenant } = await authenticate(context.db, request, 'viewer');
        const latest = await latestSamples(tenant);
        let text = '';
        for (const column of HOST_METRICS) {
          const name = `perfanalysis_${column.name}`;
          text += `# HELP ${name} ${column.description}${column.unit ? ` (${column.unit})` : ''}\n# TYPE ${name} gauge\n`;
          for (const sample of latest) {
            const value = sample.values[column.name];
            if (value === null || value === undefined) continue;
            const labels = `collector="${sample.collectorId}",machine="${escapeLabel(sample.machineName)}",site="${escapeLabel(sample.site)}"`;
            text += `${name}{${labels}} ${value} ${sample.ts.getTime()}\n`;
          }
        }
        return reply.header('content-type', 'text/plain; version=0.0.4; charset=utf-8').send(text);
      },
    );
  };
}
