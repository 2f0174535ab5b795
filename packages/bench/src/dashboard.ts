import { HOST_METRICS, type HostMetricName, percentileOfSorted } from '@perfanalysis/shared';
import {
  collectorRepository,
  hostSeries,
  resolveRange,
  type SeriesOptions,
  sampleRepository,
  type TenantHandle,
  type UtilisationTable,
  utilisationTable,
} from '@perfanalysis/storage';
import { variedSamples } from '@perfanalysis/storage/test-support/sample-fixture';
import { openMigrated, withBenchDatabase } from './bench-database.js';
import { type Benchmark, type Row, row } from './benchmark.js';

const SERIES_METRICS: readonly HostMetricName[] = [
  'cpu_user',
  'cpu_system',
  'cpu_iowait',
  'cpu_idle',
  'mem_used',
  'disk_read_bytes',
  'net_rx_bytes',
  'load_1m',
];
const POINTS = 1000;
const BATCH = 10_000;
/** Dashboards asking at once, each for an answer no cache holds (points varied). */
const CONCURRENT = 100;

const ms = (since: number): number => performance.now() - since;

async function timed(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(ms(start));
  }
  return times.sort((a, b) => a - b);
}

/**
 * CONCURRENT series at once over the pool, each with other points (2,000 + i: a new answer, computed): each
 * one's time from the common start, sorted, and the errors.
 */
async function concurrentSeries(
  t: TenantHandle,
  collectorId: string,
  options: Omit<SeriesOptions<HostMetricName>, 'points'>,
): Promise<{ ms: number[]; errors: number }> {
  const start = performance.now();
  let errors = 0;
  const ms = await Promise.all(
    Array.from({ length: CONCURRENT }, async (_, i) => {
      try {
        await hostSeries(t, collectorId, { ...options, points: 2000 + i });
      } catch {
        errors += 1;
      }
      return performance.now() - start;
    }),
  );
  return { ms: ms.sort((a, b) => a - b), errors };
}

/** The baseline of the series: one date_bin over the raw rows, mean/min/max of the same metrics and buckets. */
function dateBinSql(t: TenantHandle): string {
  const columns = SERIES_METRICS.map((m) => `avg(${m}), min(${m}), max(${m})`).join(', ');
  return `SELECT date_bin($2::interval, ts, $3) AS b, ${columns} FROM ${t.table('samples')}
    WHERE collector_id = $1 AND ts >= $3 AND ts < $4 GROUP BY 1 ORDER BY 1`;
}

/** The largest relative difference of the sketch's percentiles from percentile_cont's. */
function worstError(sketch: UtilisationTable, exact: UtilisationTable): number {
  let worst = 0;
  sketch.rows.forEach((r, i) => {
    const e = exact.rows[i];
    if (e === undefined) return;
    for (const key of ['p50', 'p90', 'p95', 'p99'] as const) {
      const x = e[key];
      const y = r[key];
      if (x === null || y === null) continue;
      worst = Math.max(worst, Math.abs(y - x) / Math.max(Math.abs(x), 1e-9));
    }
  });
  return worst;
}

/**
 * The dashboard's reads on one collection of 1,000,000 samples (200,000 with --quick) in a database of its own
 * on PostgreSQL (`pa_bench_<random>`, dropped afterwards): hostSeries over all of it (1,000 points, 8 metrics)
 * against one date_bin over the raw rows, and utilisationTable (every host metric) against percentile_cont
 * over the raw rows, which also gives the exact percentiles the sketches are held to.
 */
export const dashboardBenchmark: Benchmark = {
  name: 'dashboard',
  run({ quick }) {
    return withBenchDatabase(async (url) => {
      const { db, tenant: t } = await openMigrated({ url });
      try {
        return await measure(t, quick);
      } finally {
        await db.close();
      }
    });
  },
};

async function measure(t: TenantHandle, quick: boolean): Promise<Row[]> {
  const samples = quick ? 200_000 : 1_000_000;
  const runs = quick ? 10 : 30;
  const { collector } = await collectorRepository(t).create({ machineName: 'bench-dashboard' });
  const next = variedSamples(2026);
  const start = Date.UTC(2026, 0, 5, 3, 17, 41);
  const loadStart = performance.now();
  for (let i = 0; i < samples; i += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, samples - i) }, (_, j) =>
      next(start + (i + j) * 1000),
    );
    await sampleRepository(t).insertSamples(collector.id, batch);
  }
  const loadSeconds = ms(loadStart) / 1000;
  for (const table of [t.table('samples'), t.table('sample_rollups')])
    await t.exec(`VACUUM ANALYZE ${table}`);
  const range = await resolveRange(t, collector.id, 'ALL');
  if (range === null) throw new Error('no samples stored');

  const options = { ...range, points: POINTS, metrics: SERIES_METRICS };
  const probe = await hostSeries(t, collector.id, options);
  const series = await timed(runs, () => hostSeries(t, collector.id, options));
  const dateBin = await timed(quick ? 3 : 5, () =>
    t.query(dateBinSql(t), [collector.id, `${Math.ceil(samples / POINTS)} seconds`, range.from, range.to]),
  );
  const tables = await timed(runs, () => utilisationTable(t, collector.id, range));
  const sketch = await utilisationTable(t, collector.id, range);
  const exactStart = performance.now();
  const exact = await utilisationTable(t, collector.id, range, { exactMaxSamples: Number.POSITIVE_INFINITY });
  const exactMs = ms(exactStart);
  const concurrent = await concurrentSeries(t, collector.id, { ...range, metrics: SERIES_METRICS });
  if (sketch.exact || !exact.exact) throw new Error('the utilisation table did not take the paths expected');

  const n = samples.toLocaleString('en-US');
  const seriesName = (p: number) =>
    `dashboard series p${p}, ${n} samples, ${POINTS} points × ${SERIES_METRICS.length} metrics (${probe.time.length} buckets from the ${probe.resolution} s rollups) vs one date_bin over the raw rows`;
  const tableName = (p: number) =>
    `dashboard utilisation table p${p}, ${n} samples, ${HOST_METRICS.length} metrics (sketches) vs percentile_cont over the raw rows`;
  return [
    row({
      name: seriesName(50),
      value: percentileOfSorted(series, 50),
      unit: 'ms',
      baseline: percentileOfSorted(dateBin, 50),
    }),
    row({
      name: seriesName(95),
      value: percentileOfSorted(series, 95),
      unit: 'ms',
      baseline: percentileOfSorted(dateBin, 95),
      target: { of: 'value', op: '<', limit: 100 },
    }),
    row({ name: tableName(50), value: percentileOfSorted(tables, 50), unit: 'ms', baseline: exactMs }),
    row({
      name: tableName(95),
      value: percentileOfSorted(tables, 95),
      unit: 'ms',
      baseline: exactMs,
      target: { of: 'value', op: '<', limit: 150 },
    }),
    row({
      name: `dashboard series, ${CONCURRENT} at once each a new answer (points 2,000–${2000 + CONCURRENT - 1}), ${n} samples: p50`,
      value: percentileOfSorted(concurrent.ms, 50),
      unit: 'ms',
    }),
    row({
      name: `dashboard series, ${CONCURRENT} at once each a new answer, ${n} samples: p95`,
      value: percentileOfSorted(concurrent.ms, 95),
      unit: 'ms',
      target: { of: 'value', op: '<', limit: 1000 },
    }),
    row({
      name: `dashboard series, ${CONCURRENT} at once each a new answer, ${n} samples: errors`,
      value: concurrent.errors,
      unit: '',
      target: { of: 'value', op: '≤', limit: 0 },
    }),
    row({
      name: `dashboard sketch percentiles (P50–P99 of ${HOST_METRICS.length} metrics): largest error vs percentile_cont`,
      value: 100 * worstError(sketch, exact),
      unit: '%',
      target: { of: 'value', op: '≤', limit: 1 },
    }),
    row({
      name: `dashboard load: insertSamples keeping the rollups, ${n} samples in batches of ${BATCH.toLocaleString('en-US')}`,
      value: samples / loadSeconds,
      unit: 'samples/s',
    }),
  ];
}
