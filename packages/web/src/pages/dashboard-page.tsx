import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { api } from '../api/client.js';
import { collectorRuns } from '../api/runs.js';
import type { Collector } from '../api/types.js';
import { ErrorNote, Loading } from '../components/feedback.js';
import { RangeBar } from '../components/range-bar.js';
import { ReportDownload } from '../components/report-download.js';
import { StatusBadge } from '../components/status-badge.js';
import { readRange, relativeQuery, windowQuery } from '../lib/range-url.js';
import { rangeParams, type Window, zoomWindow } from '../lib/time-range.js';
import { LIVE_REFRESH_MS } from '../live.js';
import { Link, setQuery, useLocation } from '../router.js';
import { useAsync } from '../use-async.js';
import { HostUtilisation } from './dashboard-host.js';
import { Overview } from './dashboard-overview.js';
import { SaveRun } from './dashboard-save-run.js';
import type { TabProps } from './dashboard-tab.js';
import { UtilisationTab } from './dashboard-tables.js';

const TABS = [
  { key: 'overview', label: 'Overview' },
  { key: 'host', label: 'Host Utilization' },
  { key: 'tables', label: 'Utilization Tables' },
] as const;
type Tab = (typeof TABS)[number]['key'];

/**
 * A collector's dashboard: time ranges, zoom, Overview, Host Utilization and Utilization Tables, live. Each
 * range change is a step in the browser's history (range-url.ts), so Back returns to the previous range.
 */
export function DashboardPage({ id }: { id: string }) {
  const { query } = useLocation();
  const { range, zoom } = readRange(query);
  const tab: Tab = TABS.some((t) => t.key === query.get('tab')) ? (query.get('tab') as Tab) : 'overview';
  const [shown, setShown] = useState<Window | undefined>(undefined);
  const collector = useAsync((signal) => api<Collector>(`/api/v1/collectors/${id}/`, { signal }), [id]);
  useEffect(() => {
    const timer = setInterval(() => collector.reload(true), 2 * LIVE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [collector.reload]);
  const runs = useAsync((signal) => collectorRuns(id, signal), [id]);
  const regions = useMemo(
    () =>
      (runs.data ?? []).map((run) => ({
        from: Date.parse(run.start) / 1000,
        to: Date.parse(run.end) / 1000,
        label: run.kind === 'loadtest' ? `${run.name} (load test)` : run.name,
        kind: run.kind,
      })),
    [runs.data],
  );

  const showWindow = useCallback((window: Window) => setQuery(windowQuery(window), false), []);
  const onZoom = useCallback(
    (from: number, to: number) => {
      const window = zoomWindow(from, to);
      if (window) showWindow(window);
    },
    [showWindow],
  );

  const c = collector.data;
  if (collector.status === 404)
    return (
      <div class="page">
        <h1>No such collector</h1>
        <ErrorNote message={collector.error} />
        <Link href="/collectors">Back to the collectors</Link>
      </div>
    );
  const live = c?.status === 'live' && !zoom;
  const props: TabProps = {
    id,
    params: rangeParams(range, zoom),
    live,
    onZoom,
    onShown: setShown,
    syncKey: `dashboard-${id}`,
    regions,
  };
  return (
    <div class="page page-wide">
      <nav class="crumbs" aria-label="Breadcrumb">
        <Link href="/collectors">Collectors</Link> <span aria-hidden="true">›</span>{' '}
        <Link href={`/collectors/${id}`}>{c?.machine_name ?? '…'}</Link> <span aria-hidden="true">›</span>{' '}
        Dashboard
      </nav>
      <header class="page-head">
        <div>
          <h1>
            {c?.machine_name ?? 'Dashboard'} {c && <StatusBadge status={c.status} />}
          </h1>
          {c && (
            <p class="muted">
              {c.site_name ?? 'No site'}
              {live && <span class="live-note"> · updating every {LIVE_REFRESH_MS / 1000} s</span>}
            </p>
          )}
        </div>
        <div class="actions">
          <ReportDownload query={{ runs: id, ...rangeParams(range, zoom) }} />
          <Link href={`/compare?collectors=${id}`} class="button">
            Compare with…
          </Link>
        </div>
      </header>
      <ErrorNote message={collector.error} onRetry={() => collector.reload()} />
      <div class="dashboard-bar">
        <div class="tabs" role="tablist" aria-label="Views">
          {TABS.map((t) => (
            <button
              type="button"
              role="tab"
              key={t.key}
              aria-selected={t.key === tab}
              class={t.key === tab ? 'tab active' : 'tab'}
              onClick={() => setQuery({ tab: t.key === 'overview' ? undefined : t.key })}
            >
              {t.label}
            </button>
          ))}
        </div>
        <RangeBar
          range={range}
          zoom={zoom}
          shown={zoom ?? shown}
          onRange={(key) => setQuery(relativeQuery(key), false)}
          onWindow={showWindow}
          onZoomReset={() => setQuery(relativeQuery(range), false)}
          charts={tab !== 'tables'}
        />
      </div>
      <SaveRun id={id} shown={zoom ?? shown} onSaved={() => runs.reload(true)} />
      {!c && !collector.error && <Loading />}
      {tab === 'overview' && <Overview {...props} />}
      {tab === 'host' && <HostUtilisation {...props} />}
      {tab === 'tables' && <UtilisationTab {...props} />}
    </div>
  );
}
