import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors.js';
import { textProblem } from './storable-text.js';

/**
 * Parses `application/x-www-form-urlencoded` bodies into an object of strings (the last value of a repeated
 * name), as `curl -d username=…&password=…` sends them: the seeds' log-in takes either this or JSON. A value
 * that cannot be stored (see textProblem) is a 400 naming the field.
 */
export function parseFormBodies(app: FastifyInstance): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    async (_request: unknown, body: string) => {
      const fields: Record<string, string> = {};
      for (const [name, value] of new URLSearchParams(body)) {
        const problem = textProblem(name) ?? textProblem(value);
        if (problem !== undefined) throw new ApiError('BAD_REQUEST', `The form field ${name} ${problem}`);
        fields[name] = value;
      }
      return fields;
    },
  );
}
