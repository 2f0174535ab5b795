import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../errors.js';

const gunzipAsync = promisify(gunzip);

/**
 * Parses JSON bodies, plain or `Content-Encoding: gzip`. A compressed body may inflate to no more than the
 * body limit, so a small gzip bomb gets 413 rather than the server's memory.
 */
export function parseJsonBodies(app: FastifyInstance, limitBytes: number): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer' },
    async (request: FastifyRequest, body: Buffer) => {
      const encoding = request.headers['content-encoding']?.toLowerCase() ?? 'identity';
      let text: Buffer = body;
      if (encoding === 'gzip') {
        try {
          text = await gunzipAsync(body, { maxOutputLength: limitBytes });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
            throw new ApiError('BODY_TOO_LARGE', `The body inflates to more than ${limitBytes} bytes`);
          }
          throw new ApiError('BAD_REQUEST', 'The body is not valid gzip');
        }
      } else if (encoding !== 'identity') {
        throw new ApiError(
          'UNSUPPORTED_MEDIA_TYPE',
          `Content-Encoding ${encoding} is not supported; use gzip`,
        );
      }
      if (text.length === 0) throw new ApiError('BAD_REQUEST', 'The body is empty; expected JSON');
      try {
        return JSON.parse(text.toString('utf8'));
      } catch (error) {
        throw new ApiError('BAD_REQUEST', `The body is not valid JSON: ${(error as Error).message}`);
      }
    },
  );
}
