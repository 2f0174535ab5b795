import type { TenantHandle } from '../tenancy/tenant-handle.js';
import { bucketCeil, bucketStart, ROLLUP_LEVELS } from './rollup-tables.js';
import type { TimeRange } from './time-range.js';

/**
 * The buckets of a downsampled series and where they are read from. Buckets are `bucketSeconds` wide from
 * `origin` on; a bucket read from rollups is made of whole rollup buckets, so its width and origin are
 * multiples of the resolution, and its min and max are exact.
 */
export interface SeriesGrid {
  /** Unix ms of the first bucket's start. */
  readonly origin: number;
  readonly bucketSeconds: number;
  readonly count: number;
  /** The rollup resolution read, in seconds; 0 for the raw samples. */
  readonly resolution: number;
}

/** How buckets line up: on multiples of their width since the epoch (stable as data arrives), or from `from`. */
export type GridAlignment = 'clock' | 'start';

/** Estimated rows a series may read before a coarser, less exact width is preferred (measured: ~1 µs a row). */
const ROW_BUDGET = 20_000;
/** A width this much above the one asked for still counts as giving the points asked for. */
const TOLERANCE = 1.25;

interface Candidate {
  readonly resolution: number;
  readonly width: number;
  readonly rows: number;
}

/**
 * Picks the bucket width and the source for `points` buckets over a range: the width is at least range ÷ points
 * and at least the sampling interval (so that a bucket without data is a real gap); among the rollup levels
 * (and the raw rows) whose width stays within 25 % of that, the one reading the fewest rows; if that is still
 * more than ROW_BUDGET rows, a width up to twice as coarse (from any level) when it reads fewer. `bucketSeconds` forces the width
 * (the source is then the coarsest level that divides it).
 */
export function chooseGrid(
  range: TimeRange,
  options: {
    readonly points: number;
    readonly intervalSeconds: number;
    readonly bucketSeconds?: number | undefined;
    readonly align?: GridAlignment | undefined;
  },
): SeriesGrid {
  const from = range.from.getTime();
  const to = range.to.getTime();
  const span = (to - from) / 1000;
  const points = Math.max(1, Math.floor(options.points));
  const interval = Math.max(1, options.intervalSeconds);
  const rowsAt = (resolution: number) => span / Math.max(resolution, interval);
  let chosen: Candidate;
  if (options.bucketSeconds !== undefined) {
    const width = Math.max(1, Math.ceil(options.bucketSeconds));
    const level = [...ROLLUP_LEVELS].reverse().find((l) => width % l.seconds === 0);
    chosen = { resolution: level?.seconds ?? 0, width, rows: 0 };
  } else {
    const wanted = Math.max(span / points, interval, 1);
    const level = (seconds: number): Candidate => ({
      resolution: seconds,
      width: Math.max(1, Math.ceil(wanted / seconds)) * seconds,
      rows: rowsAt(seconds),
    });
    const candidates: Candidate[] = [
      { resolution: 0, width: Math.ceil(wanted), rows: rowsAt(1) },
      ...ROLLUP_LEVELS.filter((l) => l.seconds <= wanted).map((l) => level(l.seconds)),
    ];
    const fewest = (among: readonly Candidate[], limit: number) =>
      among
        .filter((c) => c.resolution === 0 || c.width <= limit * wanted)
        .reduce((a, b) => (b.rows < a.rows || (b.rows === a.rows && b.resolution > a.resolution) ? b : a));
    chosen = fewest(candidates, TOLERANCE);
    if (chosen.rows > ROW_BUDGET) {
      // Over the budget: up to twice as coarse, from a level whose own buckets are wider than asked too (points
      // above a third of the 30 s buckets in the range read the 5 min level, not every 30 s row).
      const wider = ROLLUP_LEVELS.filter((l) => l.seconds > wanted).map((l) => level(l.seconds));
      const coarser = fewest([...candidates, ...wider], 2);
      if (coarser.rows < chosen.rows) chosen = coarser;
    }
  }
  const step = Math.max(chosen.resolution, 1);
  const place = (width: number): SeriesGrid => {
    const origin = options.align === 'start' ? bucketStart(from, step) : bucketStart(from, width);
    const count = Math.max(1, Math.ceil((bucketCeil(to, step) - origin) / (width * 1000)));
    return { origin, bucketSeconds: width, count, resolution: chosen.resolution };
  };
  let grid = place(chosen.width);
  // Aligned buckets may straddle both ends: one more step of width keeps to the points asked for.
  if (options.bucketSeconds === undefined) {
    while (grid.count > points) grid = place(grid.bucketSeconds + step);
  }
  return grid;
}

/** A rollup level's buckets in a range and the samples they hold. */
interface Density {
  readonly resolution: number;
  readonly buckets: number;
  readonly samples: number;
}

/** Buckets a level must have in the range for its estimate to be trusted over a finer level's. */
const MIN_BUCKETS = 10;

async function densities(
  t: TenantHandle,
  collectorId: string,
  range: TimeRange,
  resolutions: readonly number[],
): Promise<Density[]> {
  return t.query<Density>(
    `SELECT resolution, count(*)::float8 AS buckets, sum(n)::float8 AS samples FROM ${t.table('sample_rollups')}
     WHERE collector_id = $1 AND resolution = ANY($4::int[]) AND bucket_start >= $2 AND bucket_start < $3
     GROUP BY resolution`,
    [collectorId, new Date(bucketStart(range.from.getTime(), 86_400)), range.to, resolutions],
  );
}

/**
 * The collector's sampling interval over a range, in seconds, from the rollups: a level's length × buckets ÷
 * samples, at the finest level where samples are at least two a bucket (so that empty buckets are gaps, not
 * the sampling) and which has MIN_BUCKETS buckets (so that the part-filled buckets at the ends of a run do not
 * skew it); a run shorter than that, from its raw rows. The hourly and daily levels are read first (two small
 * index scans); the 30 s and 5 min levels only when the data span under MIN_BUCKETS hours. Sparser than two
 * samples a day: from the daily level. 1 when there is no data.
 */
export async function samplingInterval(
  t: TenantHandle,
  collectorId: string,
  range: TimeRange,
): Promise<number> {
  let levels = await densities(t, collectorId, range, [3600, 86_400]);
  const hourly = levels.find((l) => l.resolution === 3600);
  if (hourly === undefined || hourly.buckets < MIN_BUCKETS)
    levels = [...(await densities(t, collectorId, range, [30, 300])), ...levels];
  const dense = levels.filter((l) => l.samples >= 2 * l.buckets).sort((a, b) => a.resolution - b.resolution);
  const chosen = dense.find((l) => l.buckets >= MIN_BUCKETS);
  if (chosen !== undefined) return (chosen.resolution * chosen.buckets) / chosen.samples;
  // Under MIN_BUCKETS of 30 s (five minutes) of dense data: from its few raw rows, exactly.
  if (dense.length > 0) {
    const [raw] = await t.query<{ interval: number | null }>(
      `SELECT extract(epoch FROM max(ts) - min(ts))::float8 / nullif(count(*) - 1, 0) AS interval
       FROM ${t.table('samples')} WHERE collector_id = $1 AND ts >= $2 AND ts < $3`,
      [collectorId, range.from, range.to],
    );
    if (raw?.interval != null && raw.interval > 0) return raw.interval;
  }
  const daily = levels.find((l) => l.resolution === 86_400);
  if (daily !== undefined && daily.samples > 0)
    return Math.max(3600, (86_400 * daily.buckets) / daily.samples);
  return 1;
}
