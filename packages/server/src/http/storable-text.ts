import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string that a client sent cannot be stored, or undefined: a NUL character (PostgreSQL's text refuses
 * it) or a lone surrogate (half of a UTF-16 pair: not Unicode, and not encodable as UTF-8).
 */
export function textProblem(text: string): string | undefined {
  if (text.includes('\0')) return 'holds a NUL character (\\u0000), which cannot be stored';
  if (LONE_SURROGATE.test(text))
    return 'holds a lone surrogate (\\uD800 to \\uDFFF alone), which is not Unicode';
  return undefined;
}

/** Refuses, with a 400 naming the parameter, a path or query parameter that cannot be stored (see textProblem). */
export function refuseUnstorableParameters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [where, values] of [
      ['path parameter', request.params],
      ['query parameter', request.query],
    ] as const) {
      if (typeof values !== 'object' || values === null) continue;
      for (const [name, value] of Object.entries(values)) {
        for (const text of Array.isArray(value) ? value : [value]) {
          const problem = typeof text === 'string' ? textProblem(text) : undefined;
          if (problem !== undefined) throw new ApiError('BAD_REQUEST', `The ${where} ${name} ${problem}`);
        }
      }
    }
  });
}
