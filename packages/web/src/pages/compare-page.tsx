import { CHARTS, DEFAULT_CHARTS } from '@perfanalysis/shared/compare-charts';
import { STATS, type Stat } from '@perfanalysis/shared/utilisation-compare';
import { useState } from 'preact/hooks';
import { ButtonGroup } from '../components/button-group.js';
import { EmptyState, ErrorNote, Loading } from '../components/feedback.js';
import { ReportDownload } from '../components/report-download.js';
import { isRangeKey, RANGES, type RangeKey } from '../lib/time-range.js';
import { chartPoints } from '../live.js';
import { Link, setQuery, useLocation } from '../router.js';
import { useAsync } from '../use-async.js';
import { CompareBody, FETCHED } from './compare-charts.js';
import { loadComparison, parseSpecs, type RunSpec, specKey, specsQuery } from './compare-data.js';
import { RunPicker } from './compare-run-picker.js';
import { RunSummary } from './compare-table.js';

export function ComparePage() {
  const { query } = useLocation();
  const specs = parseSpecs(query);
  const align = query.get('align') === 'clock' ? 'clock' : 'start';
  const range: RangeKey = isRangeKey(query.get('range')) ? (query.get('range') as RangeKey) : 'ALL';
  const stat: Stat = (STATS as readonly string[]).includes(query.get('stat') ?? '')
    ? (query.get('stat') as Stat)
    : 'p95';
  const baseline = Math.max(0, Math.min(specs.length - 1, Number(query.get('base') ?? 0) || 0));
  const charts = (query.get('charts')?.split(',') ?? DEFAULT_CHARTS).filter((k) =>
    CHARTS.some((c) => c.key === k),
  );
  const [onlyDifferent, setOnlyDifferent] = useState(false);
  const [xZoom, setXZoom] = useState<[number, number]>();
  const points = chartPoints();
  const keys = specs.map(specKey).join(',');

  const model = useAsync(
    (signal) =>
      specs.length >= 2
        ? loadComparison({ specs, align, range, points, metrics: FETCHED }, signal)
        : Promise.resolve(undefined),
    [keys, align, range, points],
  );
  const setSpecs = (next: RunSpec[]) => {
    setXZoom(undefined);
    setQuery({ collectors: undefined, runs: undefined, base: undefined, ...specsQuery(next) }, false);
  };
  const toggleChart = (key: string) => {
    const next = charts.includes(key)
      ? charts.filter((k) => k !== key)
      : CHARTS.map((c) => c.key).filter((k) => k === key || charts.includes(k));
    setQuery({ charts: next.join(',') });
  };

  return (
    <div class="page page-wide">
      <header class="page-head">
        <div>
          <h1>Compare</h1>
          <p class="muted">
            Overlay runs from their start (t = 0) or on the clock, and see where they differ — servers under
            the same test, or two captures of one server.
          </p>
        </div>
        {specs.length >= 2 && (
          <div class="actions">
            <ReportDownload
              query={{
                runs: keys,
                range,
                align,
                stat,
                base: baseline ? String(baseline) : undefined,
                // The zoom window shown, on the charts' axis (seconds from the runs' starts, or on the clock).
                zoom_from: xZoom ? String(xZoom[0]) : undefined,
                zoom_to: xZoom ? String(xZoom[1]) : undefined,
              }}
            />
          </div>
        )}
      </header>
      <section class="card">
        <h2>Runs</h2>
        <RunPicker
          specs={specs}
          onAdd={(spec) => setSpecs([...specs.filter((s) => specKey(s) !== specKey(spec)), spec])}
        />
        {model.data ? (
          <RunSummary
            runs={model.data.runs}
            tables={model.data.tables}
            baseline={baseline}
            onBaseline={(i) => setQuery({ base: i ? String(i) : undefined })}
            onRemove={(key) => setSpecs(specs.filter((s) => specKey(s) !== key))}
          />
        ) : (
          specs.length > 0 && (
            <ul class="chips">
              {specs.map((s) => (
                <li key={specKey(s)} class="chip">
                  {s.fileId ? 'capture' : s.runKey ? 'run' : 'collector'} {s.collectorId.slice(0, 8)}
                  <button
                    type="button"
                    aria-label="Remove"
                    onClick={() => setSpecs(specs.filter((x) => x !== s))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )
        )}
      </section>
      {specs.length < 2 ? (
        <EmptyState title={specs.length === 0 ? 'Pick what to compare' : 'Add one more run'}>
          <p>
            Add two or more collectors above — for example the same load test on three VM types — or pick a
            collector and two of its captures (before and after a change).
          </p>
          <p class="muted">
            You can also tick collectors on the <Link href="/collectors">collectors list</Link> and press
            Compare.
          </p>
        </EmptyState>
      ) : (
        <>
          <div class="dashboard-bar">
            <ButtonGroup class="segmented" label="Alignment">
              <button
                type="button"
                class={align === 'start' ? 'active' : ''}
                aria-pressed={align === 'start'}
                onClick={() => setQuery({ align: undefined })}
              >
                Run start (t = 0)
              </button>
              <button
                type="button"
                class={align === 'clock' ? 'active' : ''}
                aria-pressed={align === 'clock'}
                onClick={() => setQuery({ align: 'clock' })}
              >
                Clock
              </button>
            </ButtonGroup>
            {specs.every((s) => !s.fileId && !s.runKey) && (
              <ButtonGroup class="segmented" label="Time range">
                {RANGES.map((key) => (
                  <button
                    type="button"
                    key={key}
                    class={key === range ? 'active' : ''}
                    aria-pressed={key === range}
                    onClick={() => setQuery({ range: key === 'ALL' ? undefined : key })}
                  >
                    {key}
                  </button>
                ))}
              </ButtonGroup>
            )}
            {xZoom ? (
              <button type="button" class="button button-small" onClick={() => setXZoom(undefined)}>
                Reset zoom
              </button>
            ) : (
              <span class="hint">Drag across a chart to zoom in</span>
            )}
          </div>
          <ErrorNote message={model.error} onRetry={() => model.reload()} />
          {model.loading && !model.data && <Loading what="Loading the runs" />}
          {model.data && (
            <CompareBody
              model={model.data}
              charts={charts}
              stat={stat}
              baseline={baseline}
              onlyDifferent={onlyDifferent}
              setOnlyDifferent={setOnlyDifferent}
              xZoom={xZoom}
              setXZoom={setXZoom}
              toggleChart={toggleChart}
            />
          )}
        </>
      )}
    </div>
  );
}
