import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { type TypeBoxTypeProvider, TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { checkDeclaredAccess } from './auth/route-access.js';
import type { ServerContext } from './context.js';
import { healthRoutes } from './health-routes.js';
import { allowOriginsAndCompress } from './http/cors-and-compression.js';
import { installErrorHandler } from './http/error-handler.js';
import { documentErrors } from './http/error-responses.js';
import { parseFormBodies } from './http/form-body.js';
import type { HttpSettings } from './http/http-settings.js';
import { parseJsonBodies } from './http/json-body.js';
import { acceptMultipartBodies } from './http/multipart-upload.js';
import { addSecurityHeaders } from './http/security-headers.js';
import { refuseUnstorableParameters } from './http/storable-text.js';
import { ingestRoutes } from './ingest/ingest-routes.js';
import { recordRequestDurations } from './metrics/request-durations.js';
import { API_DESCRIPTION } from './portal/api-description.js';
import { authRoutes } from './portal/auth-routes.js';
import { benchmarkRoutes } from './portal/benchmark-routes.js';
import { collectorRoutes } from './portal/collector-routes.js';
import { dashboardRoutes } from './portal/dashboard-routes.js';
import { fileRoutes } from './portal/file-routes.js';
import { installRoutes } from './portal/install-routes.js';
import { loadTestRoutes } from './portal/loadtest-routes.js';
import { performanceUploadRoute } from './portal/performance-upload-route.js';
import { prometheusRoutes } from './portal/prometheus-routes.js';
import { reportRoutes } from './portal/report-routes.js';
import { runRoutes } from './portal/run-routes.js';
import { userRoutes } from './portal/user-routes.js';
import { serveWebApp } from './web-app.js';

export type Role = 'portal' | 'ingest';

export interface AppOptions {
  readonly role: Role;
  readonly logger?: boolean | { readonly level: string };
  /** TLS, trusted proxies and CORS origins (serve's flags); plain HTTP, no proxy, no CORS by default. */
  readonly http?: HttpSettings;
}

/**
 * The HTTP application of one role, ready for `inject()` in tests or `listen()` in main. The ingest role
 * serves pcc's endpoints; the portal serves them too (as XATSimplified did on port 8000), beside its API,
 * its OpenAPI document and the browsable reference at /docs.
 */
export async function buildApp(context: ServerContext, options: AppOptions): Promise<FastifyInstance> {
  const { tls, trustProxy, corsOrigins = [] } = options.http ?? {};
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: context.bodyLimitBytes,
    // A slow or stuck client must not hold a connection forever.
    requestTimeout: 120_000,
    // The seeds' addresses end in a slash; a script that leaves it off is answered all the same.
    routerOptions: { ignoreTrailingSlash: true },
    ...(tls === undefined ? {} : { https: { cert: tls.cert, key: tls.key } }),
    ...(trustProxy === undefined ? {} : { trustProxy: trustProxy === true ? true : [...trustProxy] }),
  })
    .withTypeProvider<TypeBoxTypeProvider>()
    .setValidatorCompiler(TypeBoxValidatorCompiler);
  parseJsonBodies(app, context.bodyLimitBytes);
  refuseUnstorableParameters(app);
  installErrorHandler(app);
  recordRequestDurations(app, context.db);
  checkDeclaredAccess(app, context.db);
  documentErrors(app);
  if (options.role === 'portal') {
    addSecurityHeaders(app);
    parseFormBodies(app);
    await allowOriginsAndCompress(app, corsOrigins);
    await app.register(swagger, {
      // Shared schemas (the error shape) by their $id in components.schemas.
      refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
      openapi: {
        info: {
          title: 'PerfAnalysis API',
          version: '1',
          description: API_DESCRIPTION,
        },
        components: {
          securitySchemes: {
            bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
            apiKey: {
              type: 'apiKey',
              in: 'header',
              name: 'Authorization',
              description: 'ApiKey <username>:<key>, or for pcc ApiKey <collector key>',
            },
          },
        },
      },
    });
    await app.register(swaggerUi, { routePrefix: '/docs' });
    acceptMultipartBodies(app);
  }
  await app.register(healthRoutes(context));
  await app.register(ingestRoutes(context));
  // Both roles: a pcd process alone has its own request and ingest counts.
  await app.register(prometheusRoutes(context));
  if (options.role === 'portal') {
    for (const routes of [
      authRoutes,
      userRoutes,
      collectorRoutes,
      fileRoutes,
      performanceUploadRoute,
      dashboardRoutes,
      benchmarkRoutes,
      loadTestRoutes,
      runRoutes,
      reportRoutes,
      installRoutes,
    ]) {
      await app.register(routes(context));
    }
    await serveWebApp(app);
  }
  return app;
}
