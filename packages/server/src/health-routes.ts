import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { pingDatabase } from '@perfanalysis/storage';
import { Type } from 'typebox';
import type { ServerContext } from './context.js';

/** `GET /healthz`: 200 when the database answers, 503 when it does not. */
export function healthRoutes(context: ServerContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/healthz',
      {
        config: { auth: 'public' },
        schema: {
          operationId: 'health',
          summary: 'Health of this process and its database',
          tags: ['health'],
          response: {
            200: Type.Object({ status: Type.Literal('ok'), database: Type.String() }),
            503: Type.Object({
              status: Type.Literal('unavailable'),
              database: Type.String(),
              error: Type.String(),
            }),
          },
        },
      },
      async (_request, reply) => {
        try {
          await pingDatabase(context.db);
          return { status: 'ok' as const, database: context.db.kind };
        } catch (error) {
          return reply.status(503).send({
            status: 'unavailable' as const,
            database: context.db.kind,
            error: (error as Error).message,
          });
        }
      },
    );
  };
}
