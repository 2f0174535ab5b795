import { type TypeBoxTypeProvider, TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ServerContext } from './context.js';
import { healthRoutes } from './health-routes.js';
import { installErrorHandler } from './http/error-handler.js';
import { parseJsonBodies } from './http/json-body.js';
import { ingestRoutes } from './ingest/ingest-routes.js';

export type Role = 'portal' | 'ingest';

export interface AppOptions {
  readonly role: Role;
  readonly logger?: boolean | { readonly level: string };
}

/**
 * The HTTP application of one role, ready for `inject()` in tests or `listen()` in main. The ingest role
 * serves pcc's endpoints; the portal serves them too (as XATSimplified did on port 8000), beside its API.
 */
export async function buildApp(context: ServerContext, options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: context.bodyLimitBytes,
    // A slow or stuck client must not hold a connection forever.
    requestTimeout: 120_000,
  })
    .withTypeProvider<TypeBoxTypeProvider>()
    .setValidatorCompiler(TypeBoxValidatorCompiler);
  parseJsonBodies(app, context.bodyLimitBytes);
  installErrorHandler(app);
  await app.register(healthRoutes(context));
  await app.register(ingestRoutes(context));
  return app;
}
