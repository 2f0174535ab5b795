import type { FastifyRequest } from 'fastify';
import { type TSchema, Type } from 'typebox';
import { originOf } from '../http/request-origin.js';

const PageLink = (description: string) =>
  Type.Union([Type.String({ format: 'uri' }), Type.Null()], { description });

/** A paginated list's answer, as the seeds print it: `{count, next, previous, results}`. */
export const Page = <T extends TSchema>(item: T) =>
  Type.Object({
    count: Type.Integer({ description: 'How many there are in all' }),
    next: PageLink('The next page, or null on the last'),
    previous: PageLink('The previous page, or null on the first'),
    results: Type.Array(item),
  });

/**
 * The page answer for `results`, `offset` items in, out of `count`: `next` and `previous` are this request's
 * address with its offset moved (absolute, at the origin the client reached, so a script can follow them).
 */
export function pageOf<T>(
  request: FastifyRequest,
  page: { readonly limit: number; readonly offset: number; readonly count: number; readonly results: T[] },
) {
  const { limit, offset, count, results } = page;
  const at = (to: number) => {
    const url = new URL(request.url, originOf(request));
    url.searchParams.set('limit', String(limit));
    if (to === 0) url.searchParams.delete('offset');
    else url.searchParams.set('offset', String(to));
    return url.href;
  };
  return {
    count,
    next: offset + limit < count ? at(offset + limit) : null,
    previous: offset > 0 ? at(Math.max(0, Math.min(offset - limit, count - limit))) : null,
    results,
  };
}
