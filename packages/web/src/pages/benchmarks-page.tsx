import { colorAt } from '@perfanalysis/shared/palette';
import { formatNumber, relativeChange } from '@perfanalysis/shared/units';
import { useCallback, useMemo, useState } from 'preact/hooks';
import { api } from '../api/client.js';
import type { Benchmark, BenchmarkStats, LoadTest, LoadTestComparison, Page } from '../api/types.js';
import { LevelChart } from '../charts/level-chart.js';
import { ButtonGroup } from '../components/button-group.js';
import { ErrorNote, Loading } from '../components/feedback.js';
import { Swatch } from '../components/swatch.js';
import { formatInstant } from '../lib/durations.js';
import { useAsync } from '../use-async.js';
import { loadCollectors } from './collectors-page.js';
import { LoadTestRunsSection } from './loadtest-runs-section.js';

/** Benchmarks and load tests: the runs, per-benchmark statistics, and work units by utilisation level. */
export function BenchmarksPage() {
  const collectors = useAsync((signal) => loadCollectors(signal), []);
  const benchmarks = useAsync(
    (signal) => api<Page<Benchmark>>('/api/v1/benchmarks/', { query: { limit: 500 }, signal }),
    [],
  );
  const stats = useAsync((signal) => api<BenchmarkStats[]>('/api/v1/benchmarks/stats/', { signal }), []);
  const loadTests = useAsync(
    (signal) => api<Page<LoadTest>>('/api/v1/loadtest/', { query: { limit: 1000 }, signal }),
    [],
  );
  const names = useMemo(
    () => new Map((collectors.data?.results ?? []).map((c) => [c.id, c.machine_name])),
    [collectors.data],
  );
  const nameOf = useCallback((id: string) => names.get(id) ?? id.slice(0, 8), [names]);

  return (
    <div class="page page-wide">
      <h1>Benchmarks &amp; load tests</h1>
      <p class="muted">
        Scores of benchmark runs, and the CPU work units servers delivered at each utilisation level.
      </p>
      <ErrorNote message={benchmarks.error ?? loadTests.error ?? stats.error} />
      <LoadTestRunsSection nameOf={nameOf} />
      <LoadTestSection loadTests={loadTests.data?.results} nameOf={nameOf} />
      <section class="card">
        <h2>Benchmark statistics</h2>
        {!stats.data ? (
          <Loading />
        ) : stats.data.length === 0 ? (
          <p class="muted">
            No benchmark results yet. On a server: <code>pcc benchmark --server URL --apikey KEY</code> (or{' '}
            <code>--output FILE</code>, then <code>pcctl benchmark upload FILE</code>); a script of your own
            can post scores to <code>POST /api/v1/benchmarks/</code>.
          </p>
        ) : (
          <table class="table" aria-label="Benchmark statistics">
            <thead>
              <tr>
                <th>Benchmark</th>
                <th>Collector</th>
                <th class="num">Runs</th>
                <th class="num">Mean</th>
                <th class="num">Min</th>
                <th class="num">Max</th>
                <th class="num">Std dev</th>
                <th class="num">CV</th>
              </tr>
            </thead>
            <tbody>
              {stats.data.map((s) => (
                <tr key={`${s.name}-${s.collector_id}`}>
                  <td class="strong">{s.name}</td>
                  <td>{nameOf(s.collector_id)}</td>
                  <td class="num">{s.count}</td>
                  <td class="num">{formatNumber(s.mean, 4)}</td>
                  <td class="num">{formatNumber(s.min, 4)}</td>
                  <td class="num">{formatNumber(s.max, 4)}</td>
                  <td class="num">{formatNumber(s.stddev, 3)}</td>
                  <td class="num">
                    {s.mean ? `${formatNumber((s.stddev / Math.abs(s.mean)) * 100, 2)} %` : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {benchmarks.data && benchmarks.data.results.length > 0 && (
        <section class="card">
          <h2>Benchmark runs</h2>
          <table class="table" aria-label="Benchmark runs">
            <thead>
              <tr>
                <th>Run at</th>
                <th>Benchmark</th>
                <th>Collector</th>
                <th class="num">Score</th>
                <th>Unit</th>
              </tr>
            </thead>
            <tbody>
              {benchmarks.data.results.map((b) => (
                <tr key={b.id}>
                  <td>{formatInstant(b.run_at)}</td>
                  <td class="strong">{b.name}</td>
                  <td>{nameOf(b.collector_id)}</td>
                  <td class="num">{formatNumber(b.score, 4)}</td>
                  <td>{b.unit}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {loadTests.data && loadTests.data.results.length > 0 && (
        <section class="card">
          <h2>Load-test results</h2>
          <table class="table" aria-label="Load-test results">
            <thead>
              <tr>
                <th>Run at</th>
                <th>Test</th>
                <th>Collector</th>
                <th class="num">Utilisation</th>
                <th class="num">Work units</th>
              </tr>
            </thead>
            <tbody>
              {loadTests.data.results.map((r) => (
                <tr key={r.id}>
                  <td>{formatInstant(r.run_at)}</td>
                  <td class="strong">{r.name || '–'}</td>
                  <td>{nameOf(r.collector_id)}</td>
                  <td class="num">{formatNumber(r.utilization_pct)} %</td>
                  <td class="num">{formatNumber(r.work_units, 4)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {loadTests.data.count > loadTests.data.results.length && (
            <p class="hint">
              The latest {loadTests.data.results.length} of {loadTests.data.count.toLocaleString('en')}{' '}
              results.
            </p>
          )}
        </section>
      )}
    </div>
  );
}

/** A level result as the server now answers it: with the work-unit version of its run (null: posted alone). */
type VersionedLoadTest = LoadTest & { readonly work_unit_version?: number | null };
const testKey = (t: VersionedLoadTest): string => JSON.stringify([t.name, t.work_unit_version ?? null]);
const testOf = (key: string): { name: string; work_unit_version: number | null } => {
  const [name = '', version = null] = key === '' ? [] : (JSON.parse(key) as [string, number | null]);
  return { name, work_unit_version: version };
};
const testLabel = (key: string): string => {
  const { name, work_unit_version } = testOf(key);
  return `${name === '' ? '(unnamed)' : name}${work_unit_version === null ? '' : ` v${work_unit_version}`}`;
};

function LoadTestSection({
  loadTests,
  nameOf,
}: {
  loadTests: LoadTest[] | undefined;
  nameOf: (id: string) => string;
}) {
  const tested = useMemo(
    () =>
      [...new Set((loadTests ?? []).map((t) => t.collector_id))].sort((a, b) =>
        nameOf(a).localeCompare(nameOf(b)),
      ),
    [loadTests, nameOf],
  );
  // A test is its name and work-unit version: results of different ones are never averaged together.
  const tests = useMemo(() => [...new Set((loadTests ?? []).map(testKey))].sort(), [loadTests]);
  const [chosen, setChosen] = useState<string[] | undefined>(undefined);
  const [chosenTest, setChosenTest] = useState<string | undefined>(undefined);
  const ids = chosen ?? tested;
  // Results of different tests are never averaged together: one test is compared at a time.
  const test = chosenTest ?? tests[0] ?? '';
  const comparison = useAsync(
    (signal) =>
      ids.length === 0
        ? Promise.resolve(undefined)
        : api<LoadTestComparison>('/api/v1/loadtest/compare/', {
            method: 'POST',
            body: { collector_ids: ids, ...testOf(test) },
            signal,
          }),
    [ids.join(','), test],
  );
  const series = useMemo(
    () =>
      (comparison.data?.collectors ?? []).map((c, i) => ({
        label: c.machine_name,
        color: colorAt(i),
        values: c.work_units,
      })),
    [comparison.data],
  );
  if (!loadTests) return <Loading what="Loading load tests" />;
  // Nothing posted to /api/v1/loadtest/: the load-test runs' card above already says how to make one.
  if (loadTests.length === 0) return null;
  const data = comparison.data;
  const first = data?.collectors[0];
  return (
    <section class="card">
      <div class="card-head">
        <h2>Load tests: mean work units by target level</h2>
      </div>
      {tests.length > 1 && (
        <ButtonGroup class="chip-bar" label="Test">
          {tests.map((name) => (
            <button
              type="button"
              key={name}
              class={name === test ? 'chip on' : 'chip'}
              aria-pressed={name === test}
              onClick={() => setChosenTest(name)}
            >
              {testLabel(name)}
            </button>
          ))}
        </ButtonGroup>
      )}
      <ButtonGroup class="chip-bar" label="Servers">
        {tested.map((id) => (
          <button
            type="button"
            key={id}
            class={ids.includes(id) ? 'chip on' : 'chip'}
            aria-pressed={ids.includes(id)}
            onClick={() => setChosen(ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id])}
          >
            {nameOf(id)}
          </button>
        ))}
      </ButtonGroup>
      <ErrorNote message={comparison.error} />
      {data && data.levels.length > 0 && (
        <>
          <LevelChart levels={data.levels} series={series} unit="work units" />
          <table class="table table-stats" aria-label="Work units by level">
            <thead>
              <tr>
                <th>Utilisation</th>
                {data.collectors.map((c, i) => (
                  <th class="num" key={c.collector_id}>
                    <Swatch color={colorAt(i)} /> {c.machine_name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.levels.map((level, row) => (
                <tr key={level}>
                  <td>{level} %</td>
                  {data.collectors.map((c, i) => {
                    const value = c.work_units[row] ?? null;
                    const change = i === 0 ? undefined : relativeChange(first?.work_units[row], value);
                    return (
                      <td class="num" key={c.collector_id}>
                        {value === null ? '–' : formatNumber(value, 4)}
                        {change !== undefined && (
                          <span class={`cell-change ${change >= 0 ? 'better' : 'worse'}`}>
                            {change >= 0 ? '+' : '−'}
                            {formatNumber(Math.abs(change), 2)} %
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
