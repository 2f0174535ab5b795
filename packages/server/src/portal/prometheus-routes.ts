import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { HOST_METRICS } from '@perfanalysis/shared';
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
        const columns = HOST_METRICS.map((c) => `s.${c.name}`).join(', ');
        const rows = await tenant.query<Record<string, number | string | Date | null>>(
          `SELECT c.id, c.machine_name, coalesce(site.name, '') AS site, s.ts, ${columns}
           FROM ${tenant.table('collectors')} c
           LEFT JOIN ${tenant.table('sites')} site ON site.id = c.site_id
           CROSS JOIN LATERAL (
             SELECT * FROM ${tenant.table('samples')} x WHERE x.collector_id = c.id ORDER BY x.ts DESC LIMIT 1
           ) s
           ORDER BY c.machine_name, c.id`,
        );
        let text = '';
        for (const column of HOST_METRICS) {
          const name = `perfanalysis_${column.name}`;
          text += `# HELP ${name} ${column.description}${column.unit ? ` (${column.unit})` : ''}\n# TYPE ${name} gauge\n`;
          for (const row of rows) {
            const value = row[column.name];
            if (value === null || value === undefined) continue;
            const labels = `collector="${row.id}",machine="${escapeLabel(String(row.machine_name))}",site="${escapeLabel(String(row.site))}"`;
            text += `${name}{${labels}} ${value} ${(row.ts as Date).getTime()}\n`;
          }
        }
        return reply.header('content-type', 'text/plain; version=0.0.4; charset=utf-8').send(text);
      },
    );
  };
}
