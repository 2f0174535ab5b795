import { mean } from '@perfanalysis/shared';
import type { Series } from './series.js';

/** CPU shares agree within 1 percentage point; rates within 2 % of sysstat's. */
export const CPU_TOLERANCE_PP = 1;
export const RATE_TOLERANCE_PCT = 2;
/** Below these on both sides a rate is background noise, not compared: bytes/s, and ops or packets/s. */
const NEGLIGIBLE_BYTES = 1024;
const NEGLIGIBLE_COUNT = 1;

export interface Comparison {
  readonly key: string;
  readonly unit: '%' | 'bytes/s' | '/s';
  /** Intervals present on both sides. */
  readonly intervals: number;
  readonly pccMean: number;
  readonly sysstatMean: number;
  /**
   * pcc − sysstat of the means: percentage points for CPU, % of sysstat's mean for rates; undefined when
   * both means are negligible.
   */
  readonly difference: number | undefined;
  /** The largest per-interval gap, in the same unit as `difference` (rates: % of sysstat's mean). */
  readonly worstInterval: number | undefined;
  readonly tolerance: number;
  readonly verdict: 'ok' | 'out of tolerance' | 'both ~0';
}

/**
 * Compares one metric over the intervals both tools measured, matched by their end second.
 *
 * The verdict is on the means over those intervals, not interval by interval: pcc reads on the tick and sar
 * a few milliseconds later, so bursty I/O near a tick can land in neighbouring intervals of the two tools,
 * and sar measures its intervals from /proc/uptime in hundredths of a second (±1 % of a 1 s interval). Over
 * the whole window both effects shrink to the edges. The worst single interval is reported to show it.
 * @throws Error when the two sides have no interval in common.
 */
export function compareMetric(
  key: string,
  pcc: ReadonlyMap<number, number>,
  sysstat: ReadonlyMap<number, number>,
): Comparison {
  const seconds = [...pcc.keys()].filter((second) => sysstat.has(second)).sort((a, b) => a - b);
  if (seconds.length === 0) throw new Error(`${key}: no interval common to pcc and sysstat`);
  const ours = seconds.map((second) => pcc.get(second) ?? Number.NaN);
  const theirs = seconds.map((second) => sysstat.get(second) ?? Number.NaN);
  const pccMean = mean(ours);
  const sysstatMean = mean(theirs);
  const cpu = key.startsWith('cpu.');
  const unit = cpu ? '%' : key.endsWith('_bytes') ? 'bytes/s' : '/s';
  const tolerance = cpu ? CPU_TOLERANCE_PP : RATE_TOLERANCE_PCT;
  const negligible = unit === 'bytes/s' ? NEGLIGIBLE_BYTES : NEGLIGIBLE_COUNT;
  const base = { key, unit, intervals: seconds.length, pccMean, sysstatMean, tolerance } as const;
  if (!cpu && Math.abs(pccMean) < negligible && Math.abs(sysstatMean) < negligible) {
    return { ...base, difference: undefined, worstInterval: undefined, verdict: 'both ~0' };
  }
  const scale = cpu ? 1 : 100 / Math.max(Math.abs(sysstatMean), negligible);
  const difference = (pccMean - sysstatMean) * scale;
  const worstInterval = Math.max(...ours.map((value, i) => Math.abs(value - (theirs[i] ?? 0)) * scale));
  return {
    ...base,
    difference,
    worstInterval,
    verdict: Math.abs(difference) <= tolerance ? 'ok' : 'out of tolerance',
  };
}

/** Compares each key that both series hold, in the order given. */
export function compareSeries(keys: readonly string[], pcc: Series, sysstat: Series): Comparison[] {
  return keys.flatMap((key) => {
    const ours = pcc.get(key);
    const theirs = sysstat.get(key);
    return ours && theirs ? [compareMetric(key, ours, theirs)] : [];
  });
}
