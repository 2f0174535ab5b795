import compress from '@fastify/compress';
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

/** What a browser on an allowed origin may read of an answer besides the CORS-safelisted headers. */
const EXPOSED_HEADERS = ['content-disposition', 'retry-after', 'x-pcc-version'];

/**
 * CORS for the origins given (none: no CORS header, no preflight answered) and br/gzip answers for clients
 * that accept them.
 */
export async function allowOriginsAndCompress(
  app: FastifyInstance,
  corsOrigins: readonly string[],
): Promise<void> {
  if (corsOrigins.length > 0) {
    await app.register(cors, {
      origin: [...corsOrigins],
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      exposedHeaders: EXPOSED_HEADERS,
      maxAge: 600,
    });
  }
  // Requests stay json-body's to inflate (with its limit on what a body may inflate to): answers only.
  app.addHook('onRoute', (route) => {
    route.decompress ??= false;
  });
  await app.register(compress, { encodings: ['br', 'gzip'] });
}
