import { useState } from 'preact/hooks';
import { api } from '../api/client.js';
import type { UploadedFile } from '../api/types.js';
import { TimeChart } from '../charts/time-chart.js';
import { ButtonGroup } from '../components/button-group.js';
import { EmptyState, ErrorNote, Loading } from '../components/feedback.js';
import { formatDuration } from '../lib/durations.js';
import { busyFromIdle } from '../lib/merge-runs.js';
import { isRangeKey, RANGES, type RangeKey } from '../lib/time-range.js';
import { formatValue } from '../lib/units.js';
import { compareTables, STAT_LABELS, STATS, type Stat } from '../lib/utilisation.js';
import { chartPoints } from '../live.js';
import { Link, setQuery, useLocation } from '../router.js';
import { useAsync } from '../use-async.js';
import { loadCollectors } from './collectors-page.js';
import {
  type CompareModel,
  loadComparison,
  parseSpecs,
  type RunSpec,
  specKey,
  specsQuery,
} from './compare-data.js';
import { BiggestDifferences, CompareTable, changeText, RunSummary } from './compare-table.js';

interface ChartDef {
  readonly key: string;
  readonly title: string;
  readonly unit: string;
  readonly metric: string;
  readonly busy?: boolean;
  readonly yMax?: number;
}

const CHARTS: readonly ChartDef[] = [
  { key: 'cpu_busy', title: 'CPU busy (100 − idle)', unit: '%', metric: 'cpu_idle', busy: true, yMax: 100 },
  { key: 'cpu_user', title: 'CPU user', unit: '%', metric: 'cpu_user' },
  { key: 'cpu_system', title: 'CPU system', unit: '%', metric: 'cpu_system' },
  { key: 'cpu_iowait', title: 'CPU I/O wait', unit: '%', metric: 'cpu_iowait' },
  { key: 'cpu_steal', title: 'CPU steal', unit: '%', metric: 'cpu_steal' },
  { key: 'load_1m', title: 'Load average, 1 min', unit: '', metric: 'load_1m' },
  { key: 'mem_used', title: 'Memory used', unit: 'MB', metric: 'mem_used' },
  { key: 'disk_read_bytes', title: 'Disk read', unit: 'bytes/s', metric: 'disk_read_bytes' },
  { key: 'disk_write_bytes', title: 'Disk write', unit: 'bytes/s', metric: 'disk_write_bytes' },
  { key: 'disk_read_ops', title: 'Disk read IOPS', unit: 'ops/s', metric: 'disk_read_ops' },
  { key: 'disk_write_ops', title: 'Disk write IOPS', unit: 'ops/s', metric: 'disk_write_ops' },
  { key: 'disk_util', title: 'Busiest disk utilisation', unit: '%', metric: 'disk_util', yMax: 100 },
  { key: 'net_rx_bytes', title: 'Network received', unit: 'bytes/s', metric: 'net_rx_bytes' },
  { key: 'net_tx_bytes', title: 'Network sent', unit: 'bytes/s', metric: 'net_tx_bytes' },
  { key: 'ctx_switches', title: 'Context switches', unit: '/s', metric: 'ctx_switches' },
];
const DEFAULT_CHARTS = [
  'cpu_busy',
  'cpu_user',
  'cpu_system',
  'cpu_iowait',
  'mem_used',
  'load_1m',
  'disk_write_bytes',
  'disk_read_bytes',
  'net_rx_bytes',
  'net_tx_bytes',
];
const FETCHED = [...new Set(CHARTS.map((c) => c.metric))];

/** Compare: two or more collectors, or captures of one, overlaid from t = 0 or on the clock, with tables. */
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
                  {s.fileId ? 'capture' : 'collector'} {s.collectorId.slice(0, 8)}
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
            {specs.every((s) => !s.fileId) && (
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

function CompareBody({
  model,
  charts,
  stat,
  baseline,
  onlyDifferent,
  setOnlyDifferent,
  xZoom,
  setXZoom,
  toggleChart,
}: {
  model: CompareModel;
  charts: readonly string[];
  stat: Stat;
  baseline: number;
  onlyDifferent: boolean;
  setOnlyDifferent: (v: boolean) => void;
  xZoom: [number, number] | undefined;
  setXZoom: (v: [number, number] | undefined) => void;
  toggleChart: (key: string) => void;
}) {
  const base = Math.min(baseline, model.runs.length - 1);
  const rows = compareTables(model.tables, stat, base);
  const xMode = model.align === 'start' ? 'elapsed' : 'clock';
  return (
    <>
      <section class="card">
        <div class="card-head">
          <h2>Where they differ</h2>
          <span class="muted">
            {STAT_LABELS[stat]}, against {model.runs[base]?.label}
          </span>
        </div>
        <BiggestDifferences rows={rows} runs={model.runs} stat={stat} baseline={base} />
      </section>
      <ButtonGroup class="chip-bar" label="Charts">
        {CHARTS.map((c) => (
          <button
            type="button"
            key={c.key}
            class={charts.includes(c.key) ? 'chip on' : 'chip'}
            aria-pressed={charts.includes(c.key)}
            onClick={() => toggleChart(c.key)}
          >
            {c.title}
          </button>
        ))}
      </ButtonGroup>
      <div class="chart-grid" data-testid="compare-charts">
        {CHARTS.filter((c) => charts.includes(c.key)).map((c) => (
          <TimeChart
            key={c.key}
            title={c.title}
            unit={c.unit}
            {...(c.yMax ? { yMax: c.yMax } : {})}
            time={model.time}
            xMode={xMode}
            xRange={xZoom}
            syncKey="compare"
            subtitle={model.bucketSeconds ? `${formatDuration(model.bucketSeconds)} per point` : ''}
            onZoom={(from, to) => to - from > 1 && setXZoom([from, to])}
            summary={chartSummary(c, model.tables, base, stat)}
            series={model.runs.map((run, i) => {
              const column = model.series[i]?.[c.metric];
              if (!column) return { label: run.label, color: run.color, values: model.time.map(() => null) };
              return {
                label: run.label,
                color: run.color,
                values: c.busy ? busyFromIdle(column.mean) : column.mean,
                min: c.busy ? busyFromIdle(column.max) : column.min,
                max: c.busy ? busyFromIdle(column.min) : column.max,
              };
            })}
          />
        ))}
      </div>
      <section class="card">
        <div class="card-head">
          <h2>Utilization side by side</h2>
          <div class="actions">
            <ButtonGroup class="segmented" label="Statistic">
              {STATS.map((s) => (
                <button
                  type="button"
                  key={s}
                  class={s === stat ? 'active' : ''}
                  aria-pressed={s === stat}
                  onClick={() => setQuery({ stat: s === 'p95' ? undefined : s })}
                >
                  {STAT_LABELS[s]}
                </button>
              ))}
            </ButtonGroup>
            <label class="inline">
              <input
                type="checkbox"
                checked={onlyDifferent}
                onChange={(e) => setOnlyDifferent(e.currentTarget.checked)}
              />
              Only differences
            </label>
          </div>
        </div>
        <p class="hint">
          Changes are against the baseline run: <span class="delta up level-2">higher</span>{' '}
          <span class="delta down level-2">lower</span>, stronger for larger differences (5 %, 20 %, 50 %);
          tiny absolute differences are not highlighted.
        </p>
        <CompareTable
          runs={model.runs}
          tables={model.tables}
          stat={stat}
          baseline={base}
          onlyDifferent={onlyDifferent}
        />
      </section>
    </>
  );
}

/**
 * What a chart's legend says while the cursor is elsewhere: each run's statistic from the tables, and its
 * change from the baseline — the busy chart gives means (100 − mean idle), the only statistic idle yields.
 */
function chartSummary(
  chart: ChartDef,
  tables: CompareModel['tables'],
  base: number,
  stat: Stat,
): { label: string; values: string[] } | undefined {
  if (chart.busy) {
    const idle = compareTables(tables, 'mean', base).find((r) => r.metric === chart.metric);
    if (!idle) return undefined;
    const means = idle.cells.map((cell) => (cell.value === null ? null : 100 - cell.value));
    const baseMean = means[base] ?? null;
    return {
      label: 'mean of each run',
      values: means.map((value, i) => {
        const change =
          i === base || value === null || baseMean === null || baseMean === 0
            ? ''
            : ` (${changeText(((value - baseMean) / baseMean) * 100)})`;
        return `${formatValue(value, '%')}${change}`;
      }),
    };
  }
  const row = compareTables(tables, stat, base).find((r) => r.metric === chart.metric);
  if (!row) return undefined;
  return {
    label: `${STAT_LABELS[stat]} of each run`,
    values: row.cells.map(
      (cell) =>
        `${formatValue(cell.value, row.unit)}${cell.change === undefined ? '' : ` (${changeText(cell.change)})`}`,
    ),
  };
}

/** Add a collector, or one capture of it, to the comparison. */
function RunPicker({ specs, onAdd }: { specs: readonly RunSpec[]; onAdd: (spec: RunSpec) => void }) {
  const collectors = useAsync((signal) => loadCollectors(signal), []);
  const [collectorId, setCollectorId] = useState('');
  const [fileId, setFileId] = useState('');
  const files = useAsync(
    (signal) =>
      collectorId
        ? api<UploadedFile[]>(`/api/v1/collectors/${collectorId}/files/`, { signal })
        : Promise.resolve([]),
    [collectorId],
  );
  const all = collectors.data?.results ?? [];
  const captures = (files.data ?? []).filter((f) => f.first_timestamp && f.last_timestamp);
  const chosen = new Set(specs.map(specKey));
  return (
    <form
      class="form form-row picker"
      aria-label="Add a run"
      onSubmit={(e) => {
        e.preventDefault();
        if (!collectorId) return;
        onAdd(fileId ? { collectorId, fileId } : { collectorId });
        setFileId('');
        setCollectorId('');
      }}
    >
      <label>
        Collector
        <select
          value={collectorId}
          onChange={(e) => {
            setCollectorId(e.currentTarget.value);
            setFileId('');
          }}
          aria-label="Collector to add"
        >
          <option value="">Choose a collector…</option>
          {all.map((c) => (
            <option value={c.id} key={c.id} disabled={chosen.has(c.id) && captures.length === 0}>
              {c.machine_name}
              {c.site_name ? ` · ${c.site_name}` : ''}
            </option>
          ))}
        </select>
      </label>
      <label>
        Data
        <select
          value={fileId}
          onChange={(e) => setFileId(e.currentTarget.value)}
          disabled={!collectorId}
          aria-label="Whole collector or one capture"
        >
          <option value="">All its data (use the range)</option>
          {captures.map((f) => (
            <option value={f.id} key={f.id} disabled={chosen.has(`${collectorId}~${f.id}`)}>
              Capture {f.filename}
              {f.description ? ` — ${f.description}` : ''}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" class="button button-primary" disabled={!collectorId}>
        Add
      </button>
      <ErrorNote message={collectors.error} />
    </form>
  );
}
