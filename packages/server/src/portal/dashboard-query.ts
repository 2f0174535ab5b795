import { type RangeSpec, RELATIVE_RANGE_PATTERN, type RelativeRange } from '@perfanalysis/storage';
import { type Static, Type } from 'typebox';
import { ApiError } from '../errors.js';

/** The range and resolution a dashboard request asks for: a relative range or start and end, and a point count. */
export const RangeQuery = Type.Object({
  range: Type.Optional(
    Type.String({
      pattern: RELATIVE_RANGE_PATTERN,
      description:
        "ALL, or the last N minutes, hours or days (90m, 6H, 7d), relative to the end of the collector's own data, not to now (default ALL)",
    }),
  ),
  start: Type.Optional(Type.String({ format: 'date-time', description: 'Instead of range: from this time' })),
  end: Type.Optional(Type.String({ format: 'date-time', description: 'Instead of range: until this time' })),
  points: Type.Optional(
    Type.Integer({ minimum: 10, maximum: 10_000, description: 'About one per pixel (default 1000)' }),
  ),
  metrics: Type.Optional(
    Type.String({ maxLength: 2000, description: 'Comma-separated metric names (default: all)' }),
  ),
});
export type RangeQuery = Static<typeof RangeQuery>;

/** The range a query names: start and end when given (both), else the relative range. */
export function rangeSpec(query: RangeQuery): RangeSpec {
  if (query.start !== undefined || query.end !== undefined) {
    if (query.start === undefined || query.end === undefined)
      throw new ApiError('BAD_REQUEST', 'Give both start and end, or a range');
    const from = new Date(query.start);
    const to = new Date(query.end);
    if (!(from < to)) throw new ApiError('BAD_REQUEST', 'start must come before end');
    return { from, to };
  }
  return (query.range ?? 'ALL') as RelativeRange;
}

/** The metrics a query names, each one of `known`; all of them when it names none. */
export function metricList<T extends string>(text: string | undefined, known: readonly T[]): T[] {
  if (text === undefined || text.trim() === '') return [...known];
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !(known as readonly string[]).includes(name));
  if (unknown.length > 0) throw new ApiError('BAD_REQUEST', `Unknown metrics: ${unknown.join(', ')}`);
  return names as T[];
}
