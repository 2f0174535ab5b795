import { isCollectorId } from '../repositories/collector-repository.js';
import type { TenantHandle } from '../tenancy/tenant-handle.js';

/** A time range, from ≤ time < to. */
export interface TimeRange {
  readonly from: Date;
  readonly to: Date;
}

/** The dashboard's preset relative ranges: the last hour, 6 hours, 24 hours, 7 days of a collector's data, or all. */
export const RELATIVE_RANGES = ['ALL', '1H', '6H', '24H', '7D'] as const;
/** ALL, or the last N minutes, hours or days of a collector's data: "90m", "1H", "7d" (either case). */
export type RelativeRange = 'ALL' | `${number}${'m' | 'M' | 'h' | 'H' | 'd' | 'D'}`;
export type RangeSpec = RelativeRange | TimeRange;

/** What a relative range's text may be: ALL, or 1 to 999999 minutes, hours or days. */
export const RELATIVE_RANGE_PATTERN = '^(ALL|[1-9][0-9]{0,5}[mMhHdD])$';
const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** How long a relative range is in milliseconds: Infinity for ALL, undefined for text that is not one. */
export function relativeRangeMs(range: string): number | undefined {
  if (!new RegExp(RELATIVE_RANGE_PATTERN).test(range)) return undefined;
  if (range === 'ALL') return Number.POSITIVE_INFINITY;
  return Number(range.slice(0, -1)) * (UNIT_MS[range.slice(-1).toLowerCase()] ?? Number.NaN);
}

export function assertCollectorId(id: string): void {
  if (!isCollectorId(id)) throw new TypeError(`not a collector id: ${JSON.stringify(id)}`);
}

/** Throws a TypeError unless from and to are valid dates with from < to. */
export function assertTimeRange(range: TimeRange): void {
  const from = range.from.getTime();
  const to = range.to.getTime();
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw new TypeError('a time range needs valid dates');
  if (!(from < to)) throw new TypeError('a time range must start before it ends');
}

/**
 * The time range a dashboard request names. A relative range ends just after the collector's last sample (not
 * now: a collection recorded last month shows its own last hour) and starts its duration earlier, or at the
 * first sample when the data is shorter; ALL runs from the first sample to just after the last. null when the
 * collector has no samples. An explicit range is returned as given (checked).
 */
export async function resolveRange(
  t: TenantHandle,
  collectorId: string,
  range: RangeSpec,
): Promise<TimeRange | null> {
  assertCollectorId(collectorId);
  if (typeof range !== 'string') {
    assertTimeRange(range);
    return { from: range.from, to: range.to };
  }
  const duration = relativeRangeMs(range);
  if (duration === undefined) {
    throw new TypeError(
      `unknown range ${JSON.stringify(range)}: use ALL, N minutes, hours or days (90m, 6H, 7d) or from and to`,
    );
  }
  const samples = t.table('samples');
  // Two probes of the primary key's ends.
  const [row] = await t.query<{ first: Date | null; last: Date | null }>(
    `SELECT (SELECT ts FROM ${samples} WHERE collector_id = $1 ORDER BY ts LIMIT 1) AS first,
            (SELECT ts FROM ${samples} WHERE collector_id = $1 ORDER BY ts DESC LIMIT 1) AS last`,
    [collectorId],
  );
  if (row?.first == null || row.last == null) return null;
  const to = row.last.getTime() + 1;
  const first = row.first.getTime();
  const from = Math.max(first, to - duration);
  return { from: new Date(from), to: new Date(to) };
}
