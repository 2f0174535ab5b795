import type { HostMetricName } from '@perfanalysis/shared';
import { quoteIdent } from '../database/identifiers.js';
import type { TenantHandle } from '../tenancy/tenant-handle.js';
import { HOST_METRIC_NAMES } from './rollup-tables.js';
import type { HostValues } from './sample-copy.js';
import { assertCollectorId, assertTimeRange, type TimeRange } from './time-range.js';

/**
 * A figure of a sample made of its host metrics: the sum of some, subtracted from `from` when given (busy =
 * 100 − idle), as a percentage of `per` when given (available memory in % of the total). Missing where a
 * metric it uses is missing (or `per` is 0).
 */
export interface Measure {
  readonly sum: readonly HostMetricName[];
  readonly from?: number | undefined;
  readonly per?: HostMetricName | undefined;
}

/** Samples whose measure lies beyond a limit: above it, or below it. */
export interface Threshold {
  readonly measure: Measure;
  readonly beyond: 'above' | 'below';
  readonly limit: number;
}

export interface ThresholdShare {
  /** Samples in the range where the measure has a value. */
  readonly count: number;
  /** Of those, the samples beyond the limit. */
  readonly hits: number;
  /** The highest value (for `above`) or the lowest (for `below`); null without values. */
  readonly extreme: number | null;
}

function measureSql(measure: Measure): string {
  const sum = `(${measure.sum.map(quoteIdent).join(' + ')})`;
  const value = measure.from === undefined ? sum : `(${Number(measure.from)} - ${sum})`;
  return measure.per === undefined ? value : `(100 * ${value} / nullif(${quoteIdent(measure.per)}, 0))`;
}

function assertThresholds(thresholds: readonly Threshold[]): void {
  for (const { measure, limit } of thresholds) {
    const known: ReadonlySet<string> = new Set(HOST_METRIC_NAMES);
    const names = [...measure.sum, ...(measure.per === undefined ? [] : [measure.per])];
    if (measure.sum.length === 0 || names.some((n) => !known.has(n)))
      throw new TypeError(`not a measure of host metrics: ${JSON.stringify(measure)}`);
    if (!Number.isFinite(limit) || (measure.from !== undefined && !Number.isFinite(measure.from)))
      throw new TypeError('a threshold needs finite numbers');
  }
}

/**
 * For each threshold, over a collector's raw samples in a range (one scan for all): how many samples have a
 * value of its measure, how many of them lie beyond the limit, and the extreme value. Exact, never from rollups.
 */
export async function thresholdShares(
  t: TenantHandle,
  collectorId: string,
  range: TimeRange,
  thresholds: readonly Threshold[],
): Promise<ThresholdShare[]> {
  assertCollectorId(collectorId);
  assertTimeRange(range);
  assertThresholds(thresholds);
  if (thresholds.length === 0) return [];
  const values = thresholds.map((th, i) => `${measureSql(th.measure)} AS v${i}`);
  const aggregates = thresholds.map(
    (th, i) =>
      `count(v${i}) AS n${i}, count(*) FILTER (WHERE v${i} ${th.beyond === 'above' ? '>' : '<'} $${i + 4}::float8) AS h${i}, ${th.beyond === 'above' ? 'max' : 'min'}(v${i}) AS e${i}`,
  );
  const [row] = await t.query<Record<string, number | null>>(
    `SELECT ${aggregates.join(', ')} FROM (SELECT ${values.join(', ')} FROM ${t.table('samples')}
     WHERE collector_id = $1 AND ts >= $2 AND ts < $3) s`,
    [collectorId, range.from, range.to, ...thresholds.map((th) => th.limit)],
  );
  return thresholds.map((_, i) => ({
    count: Number(row?.[`n${i}`] ?? 0),
    hits: Number(row?.[`h${i}`] ?? 0),
    extreme: row?.[`e${i}`] ?? null,
  }));
}

const INDEX: ReadonlyMap<string, number> = new Map(HOST_METRIC_NAMES.map((name, i) => [name, i]));

/**
 * thresholdShares over host rows that pass by in chunks (NaN for a missing value), counted in one pass without
 * keeping them: the same rows' same answer.
 */
export class ThresholdCounter {
  readonly #rules: readonly {
    readonly sum: readonly number[];
    readonly from: number | undefined;
    readonly per: number;
    readonly above: boolean;
    readonly limit: number;
  }[];
  readonly #count: Float64Array;
  readonly #hits: Float64Array;
  readonly #extreme: Float64Array;

  constructor(thresholds: readonly Threshold[]) {
    assertThresholds(thresholds);
    this.#rules = thresholds.map(({ measure, beyond, limit }) => ({
      sum: measure.sum.map((name) => INDEX.get(name) as number),
      from: measure.from,
      per: measure.per === undefined ? -1 : (INDEX.get(measure.per) as number),
      above: beyond === 'above',
      limit,
    }));
    this.#count = new Float64Array(thresholds.length);
    this.#hits = new Float64Array(thresholds.length);
    this.#extreme = Float64Array.from(this.#rules, (r) =>
      r.above ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
    );
  }

  /** `rows` rows of `values` (HostValues' layout). */
  add(values: Float64Array, rows: number): void {
    const metrics = HOST_METRIC_NAMES.length;
    this.#rules.forEach(({ sum, from, per, above, limit }, k) => {
      let count = this.#count[k] as number;
      let hits = this.#hits[k] as number;
      let extreme = this.#extreme[k] as number;
      for (let row = 0; row < rows; row += 1) {
        const base = row * metrics;
        let v = 0;
        for (const m of sum) v += values[base + m] as number;
        if (from !== undefined) v = from - v;
        if (per >= 0) {
          const whole = values[base + per] as number;
          v = whole === 0 ? Number.NaN : (100 * v) / whole;
        }
        if (!Number.isFinite(v)) continue;
        count += 1;
        if (above ? v > limit : v < limit) hits += 1;
        if (above ? v > extreme : v < extreme) extreme = v;
      }
      this.#count[k] = count;
      this.#hits[k] = hits;
      this.#extreme[k] = extreme;
    });
  }

  shares(): ThresholdShare[] {
    return this.#rules.map((_, k) => {
      const count = this.#count[k] as number;
      return {
        count,
        hits: this.#hits[k] as number,
        extreme: count === 0 ? null : (this.#extreme[k] as number),
      };
    });
  }
}

/** thresholdShares over host rows held in memory: a ThresholdCounter over them at once. */
export function thresholdSharesOfColumns(
  columns: HostValues,
  samples: number,
  thresholds: readonly Threshold[],
): ThresholdShare[] {
  const counter = new ThresholdCounter(thresholds);
  counter.add(columns.values, samples);
  return counter.shares();
}
