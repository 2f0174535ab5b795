import type { LoadTestRun } from '@perfanalysis/shared';
import { colorAt } from '@perfanalysis/shared/palette';
import { formatNumber } from '@perfanalysis/shared/units';
import { useMemo, useState } from 'preact/hooks';
import { api } from '../api/client.js';
import type { Page } from '../api/types.js';
import { ButtonGroup } from '../components/button-group.js';
import { ErrorNote, Loading } from '../components/feedback.js';
import { formatInstant } from '../lib/durations.js';
import { useAsync } from '../use-async.js';
import { LoadTestCurveChart } from './loadtest-curve-chart.js';

export interface LoadTestRunOut extends LoadTestRun {
  readonly id: number;
  readonly collector_id: string;
}

/** A test definition: runs are only compared with runs of the same test and work-unit version. */
const definitionOf = (r: LoadTestRunOut) => `${r.name} · ${r.work_unit.name} v${r.work_unit.version}`;
const at100 = (r: LoadTestRunOut) => r.steps.find((s) => s.target_pct === 100)?.units_per_s;

/** pcc loadtest's runs: curves of units/s against achieved utilisation, overlaid, and a ranking. */
export function LoadTestRunsSection({ nameOf }: { nameOf: (id: string) => string }) {
  const runs = useAsync(
    (signal) => api<Page<LoadTestRunOut>>('/api/v1/loadtest/runs/', { query: { limit: 1000 }, signal }),
    [],
  );
  const definitions = useMemo(
    () => [...new Set((runs.data?.results ?? []).map(definitionOf))].sort(),
    [runs.data],
  );
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [perThread, setPerThread] = useState(false);
  const definition = chosen ?? definitions[0];
  const shown = useMemo(
    () => (runs.data?.results ?? []).filter((r) => definitionOf(r) === definition),
    [runs.data, definition],
  );
  const collectorIds = useMemo(() => [...new Set(shown.map((r) => r.collector_id))], [shown]);
  const curves = useMemo(
    () =>
      shown.map((r) => ({
        label: `${nameOf(r.collector_id)} · run ${r.id} (${r.threads} threads)`,
        color: colorAt(collectorIds.indexOf(r.collector_id)),
        points: [...r.steps]
          .sort((a, b) => a.target_pct - b.target_pct)
          .map((s) => [s.achieved_pct, perThread ? s.units_per_s / r.threads : s.units_per_s] as const),
      })),
    [shown, collectorIds, perThread, nameOf],
  );
  const ranking = useMemo(
    () =>
      collectorIds
        .map((id) => {
          const mine = shown.filter((r) => r.collector_id === id);
          const tops = mine.map(at100).filter((v): v is number => v !== undefined);
          const latest = mine[0];
          const mean = tops.length > 0 ? tops.reduce((a, b) => a + b, 0) / tops.length : undefined;
          return {
            id,
            latest,
            runs: mine.length,
            mean,
            spread: tops.length > 1 ? Math.max(...tops) - Math.min(...tops) : 0,
          };
        })
        .sort((a, b) => (b.mean ?? -1) - (a.mean ?? -1)),
    [collectorIds, shown],
  );
  if (runs.error) return <ErrorNote message={runs.error} />;
  if (!runs.data) return <Loading what="Loading load-test runs" />;
  if (runs.data.results.length === 0)
    return (
      <section class="card">
        <h2>Load-test runs</h2>
        <p class="muted">
          No runs of <code>pcc loadtest</code> yet. On a server:{' '}
          <code>pcc loadtest --server URL --apikey KEY</code> (or <code>--output FILE</code>, then{' '}
          <code>pcctl loadtest upload FILE</code>).
        </p>
      </section>
    );
  const sample = shown[0];
  return (
    <section class="card">
      <div class="card-head">
        <h2>Load-test runs: work units against achieved utilisation</h2>
      </div>
      {definitions.length > 1 && (
        <ButtonGroup class="chip-bar" label="Test definition">
          {definitions.map((d) => (
            <button
              type="button"
              key={d}
              class={d === definition ? 'chip on' : 'chip'}
              aria-pressed={d === definition}
              onClick={() => setChosen(d)}
            >
              {d}
            </button>
          ))}
        </ButtonGroup>
      )}
      {sample && (
        <p class="muted test-definition">
          Test <strong>{sample.name}</strong>: work unit{' '}
          <strong>
            {sample.work_unit.name} v{sample.work_unit.version}
          </strong>
          , each thread busy for the level's share of every {sample.period_ms} ms; levels{' '}
          {sample.levels.join(', ')} %, {sample.step_duration_s} s each. Only runs of this definition are
          drawn together.
        </p>
      )}
      <ButtonGroup class="chip-bar" label="Scale">
        <button
          type="button"
          class={perThread ? 'chip' : 'chip on'}
          aria-pressed={!perThread}
          onClick={() => setPerThread(false)}
        >
          Total
        </button>
        <button
          type="button"
          class={perThread ? 'chip on' : 'chip'}
          aria-pressed={perThread}
          onClick={() => setPerThread(true)}
        >
          Per thread
        </button>
      </ButtonGroup>
      <LoadTestCurveChart curves={curves} unit={perThread ? 'units/s per thread' : 'units/s'} />
      <table class="table" aria-label="Ranking by work units at 100 %">
        <thead>
          <tr>
            <th>#</th>
            <th>Server</th>
            <th>CPU</th>
            <th class="num">Cores</th>
            <th class="num">Units/s at 100 %</th>
            <th class="num">Per core</th>
            <th class="num">Spread</th>
            <th class="num">Runs</th>
            <th class="num">Max steal</th>
            <th>Latest run</th>
          </tr>
        </thead>
        <tbody>
          {ranking.map((r, i) => (
            <tr key={r.id}>
              <td>{i + 1}</td>
              <td class="strong">{nameOf(r.id)}</td>
              <td>{r.latest?.cpu_model || '–'}</td>
              <td class="num">{r.latest?.cpu_count ?? '–'}</td>
              <td class="num">{r.mean === undefined ? 'no 100 % level' : formatNumber(r.mean, 4)}</td>
              <td class="num">
                {r.mean === undefined || !r.latest?.cpu_count
                  ? '–'
                  : formatNumber(r.mean / r.latest.cpu_count, 4)}
              </td>
              <td class="num">
                {r.runs > 1 && r.mean ? `± ${formatNumber((r.spread / 2 / r.mean) * 100, 2)} %` : '–'}
              </td>
              <td class="num">{r.runs}</td>
              <td class="num">
                {r.latest ? `${formatNumber(Math.max(...r.latest.steps.map((s) => s.steal_pct)), 2)} %` : '–'}
              </td>
              <td>{r.latest ? formatInstant(r.latest.started_at) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
