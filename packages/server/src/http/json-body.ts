import { isAscii } from 'node:buffer';
import { promisify } from 'node:util';
import { gunzip, gunzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../errors.js';
import { textProblem } from './storable-text.js';

const gunzipAsync = promisify(gunzip);

/**
 * Compressed bodies up to this size are inflated on the event loop: an agent's 5-sample batch (about 2 KiB)
 * takes 50 µs so, against 190 µs of CPU through the thread pool, and a fleet sends thousands a second. Even a
 * bomb this small stops at the body limit, so the loop is never held for long.
 */
const INFLATE_INLINE_BYTES = 16 * 1024;

/**
 * The output chunk of an inflate through the thread pool: each chunk is a round trip to the event loop, and
 * zlib's default of 16 KiB made a 500-sample batch (145 KiB of gzip, 1.1 MB of JSON) cost 4.6 ms of CPU
 * against 2.0 ms so. (Inline, for small bodies, the default is the faster.)
 */
const INFLATE_CHUNK_BYTES = 256 * 1024;

function inflate(body: Buffer, limitBytes: number): Buffer | Promise<Buffer> {
  const options = { maxOutputLength: limitBytes };
  return body.length <= INFLATE_INLINE_BYTES
    ? gunzipSync(body, options)
    : gunzipAsync(body, { ...options, chunkSize: INFLATE_CHUNK_BYTES });
}

/**
 * Parses JSON bodies, plain or `Content-Encoding: gzip`, refusing what no route may accept (see flaw). A
 * compressed body may inflate to no more than the body limit, so a small gzip bomb gets 413 rather than the
 * server's memory.
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
          text = await inflate(body, limitBytes);
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
      // ASCII, which is what agents send, decodes as latin1 to the same string in half the time.
      const json = text.toString(isAscii(text) ? 'latin1' : 'utf8');
      let value: unknown;
      try {
        value = JSON.parse(json);
      } catch (error) {
        throw new ApiError('BAD_REQUEST', `The body is not valid JSON: ${(error as Error).message}`);
      }
      // Without a \u escape, no string can hold a NUL or a lone surrogate (neither can be written raw).
      const found = flaw(value, json.includes('\\u'), 0);
      if (found !== undefined) {
        const where = found.where.map((key) => String(key).replace(/~/g, '~0').replace(/\//g, '~1'));
        throw new ApiError(
          'BAD_REQUEST',
          `The body ${where.length > 0 ? `at /${where.join('/')} ` : ''}${found.what}`,
        );
      }
      return value;
    },
  );
}

/** How deep a body's arrays and objects may nest: far deeper than any route needs. */
export const MAX_JSON_DEPTH = 32;

/** Where in a body (its keys, outermost first) something no route may accept is, and what it is. */
interface Flaw {
  readonly where: (string | number)[];
  readonly what: string;
}

/**
 * The first thing in a parsed body that no route may accept: nesting deeper than MAX_JSON_DEPTH (validators
 * and the database recurse), a NUL character (PostgreSQL's text refuses it) or a lone surrogate (not Unicode)
 * in a string or a key. The walk stops at that depth, so it never recurses deeper itself.
 */
function flaw(value: unknown, checkStrings: boolean, depth: number): Flaw | undefined {
  if (typeof value === 'string') {
    const what = checkStrings ? textProblem(value) : undefined;
    return what === undefined ? undefined : { where: [], what };
  }
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth === MAX_JSON_DEPTH) {
    return { where: [], what: `nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels` };
  }
  // Index loops, not entries(): this walk sees every value of every body, thousands of bodies a second.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = flaw(value[i], checkStrings, depth + 1);
      if (found !== undefined) {
        found.where.unshift(i);
        return found;
      }
    }
    return undefined;
  }
  for (const key in value) {
    const inKey = checkStrings ? textProblem(key) : undefined;
    if (inKey !== undefined) return { where: [], what: `has a key that ${inKey}` };
    const found = flaw((value as Record<string, unknown>)[key], checkStrings, depth + 1);
    if (found !== undefined) {
      found.where.unshift(key);
      return found;
    }
  }
  return undefined;
}
