import { isCollectorId } from './collector-repository.js';
import type { TenantHandle } from './tenant-handle.js';

/** A time range, from ≤ time < to. */
export interface TimeRange {
  readonly from: Date;
  readonly to: Date;
}

/** The dashboard's relative ranges: the last hour, 6 hours, 24 hours, 7 days of a collector's data, or all. */
export const RELATIVE_RANGES = ['ALL', '1H', '6H', '24H', '7D'] as const;
export type RelativeRange = (typeof RELATIVE_RANGES)[number];
export type RangeSpec = RelativeRange | TimeRange;

const DURATION_MS: Record<Exclude<RelativeRange, 'ALL'>, number> = {
  '1H': 3_600_000,
  '6H': 6 * 3_600_000,
  '24H': 24 * 3_600_000,
  '7D': 7 * 24 * 3_600_000,
};

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
  if (!(RELATIVE_RANGES as readonly string[]).includes(range)) {
    throw new TypeError(
      `unknown range ${JSON.stringify(range)}: use ${RELATIVE_RANGES.join(', ')} or from and to`,
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
  const from = range === 'ALL' ? first : Math.max(first, to - DURATION_MS[range]);
  return { from: new Date(from), to: new Date(to) };
}
