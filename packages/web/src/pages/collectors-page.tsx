import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client.js';
import type { Collector, Page } from '../api/types.js';
import { EmptyState, ErrorNote, Loading } from '../components/feedback.js';
import { StatusBadge } from '../components/status-badge.js';
import { applyView, NO_SITE, type SortKey, viewFrom } from '../lib/collector-list.js';
import { formatAgo, formatInstant } from '../lib/durations.js';
import { Link, navigate, setQuery, useLocation } from '../router.js';
import { useCan } from '../session.js';
import { useAsync } from '../use-async.js';

export function loadCollectors(signal?: AbortSignal): Promise<Page<Collector>> {
  return api<Page<Collector>>('/api/v1/collectors/', {
    query: { limit: 1000 },
    ...(signal ? { signal } : {}),
  });
}

const STATUSES = ['live', 'idle', 'uploaded', 'never seen'] as const;
const COLUMNS: readonly { key: SortKey; label: string; num?: boolean }[] = [
  { key: 'machine', label: 'Machine' },
  { key: 'site', label: 'Site' },
  { key: 'platform', label: 'Platform' },
  { key: 'upload', label: 'Last upload' },
  { key: 'files', label: 'Files', num: true },
  { key: 'status', label: 'Status' },
];

/**
 * Collectors → Manage: every collector, its site, platform, last upload, files and status; search by name,
 * filter by site and status, sort by any column — all kept in the URL's query.
 */
export function CollectorsPage() {
  const admin = useCan('admin');
  const { query } = useLocation();
  const view = viewFrom(query);
  const list = useAsync((signal) => loadCollectors(signal), []);
  const [selected, setSelected] = useState<string[]>([]);
  useEffect(() => {
    const timer = setInterval(() => list.reload(true), 15_000);
    return () => clearInterval(timer);
  }, [list.reload]);

  const all = list.data?.results ?? [];
  const sites = [...new Set(all.map((c) => c.site_name ?? ''))].sort();
  const shown = applyView(all, view);
  const sortBy = (key: SortKey) =>
    setQuery({
      sort: key === view.sort && !view.descending ? `-${key}` : key === 'machine' ? undefined : key,
    });
  const toggle = (id: string) =>
    setSelected((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]));

  return (
    <div class="page">
      <header class="page-head">
        <div>
          <h1>Collectors</h1>
          <p class="muted">The servers that send performance data, live or as uploaded captures.</p>
        </div>
        <div class="actions">
          {selected.length >= 2 && (
            <button
              type="button"
              class="button"
              onClick={() => navigate(`/compare?collectors=${selected.join(',')}`)}
            >
              Compare {selected.length} selected
            </button>
          )}
          {admin && (
            <Link href="/collectors/setup" class="button button-primary">
              Set up a collector
            </Link>
          )}
        </div>
      </header>
      <ErrorNote message={list.error} onRetry={() => list.reload()} />
      {list.loading && !list.data ? (
        <Loading what="Loading collectors" />
      ) : all.length === 0 && list.data ? (
        <NoCollectors admin={admin} />
      ) : (
        <div class="card">
          <div class="toolbar">
            <label class="inline">
              Search
              <input
                type="search"
                value={view.search}
                placeholder="Machine name"
                onInput={(e) => setQuery({ q: e.currentTarget.value || undefined })}
              />
            </label>
            <label class="inline">
              Site
              <select
                value={query.get('site') ?? ''}
                onChange={(e) => setQuery({ site: e.currentTarget.value || undefined })}
              >
                <option value="">All sites</option>
                {sites.map((s) => (
                  <option value={s || NO_SITE} key={s}>
                    {s || '(no site)'}
                  </option>
                ))}
              </select>
            </label>
            <label class="inline">
              Status
              <select
                value={view.status ?? ''}
                onChange={(e) => setQuery({ status: e.currentTarget.value || undefined })}
              >
                <option value="">Any status</option>
                {STATUSES.map((s) => (
                  <option value={s} key={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
            <span class="muted">
              {shown.length} of {all.length} collector{all.length === 1 ? '' : 's'}
              {selected.length === 1 && ' · select another to compare'}
            </span>
          </div>
          <table class="table" aria-label="Collectors">
            <thead>
              <tr>
                <th class="check" aria-label="Select to compare" />
                {COLUMNS.map((column) => {
                  const sorted = column.key === view.sort;
                  return (
                    <th
                      key={column.key}
                      class={column.num ? 'num' : undefined}
                      aria-sort={sorted ? (view.descending ? 'descending' : 'ascending') : 'none'}
                    >
                      <button type="button" class="sort" onClick={() => sortBy(column.key)}>
                        {column.label}
                        <span class="sort-mark" aria-hidden="true">
                          {sorted ? (view.descending ? '▼' : '▲') : ''}
                        </span>
                      </button>
                    </th>
                  );
                })}
                <th />
              </tr>
            </thead>
            <tbody>
              {shown.length === 0 && (
                <tr>
                  <td colSpan={8} class="muted">
                    No collector matches.{' '}
                    <button
                      type="button"
                      class="button button-small"
                      onClick={() => setQuery({ q: undefined, site: undefined, status: undefined })}
                    >
                      Clear the search and filters
                    </button>
                  </td>
                </tr>
              )}
              {shown.map((c) => (
                <tr key={c.id}>
                  <td class="check">
                    <input
                      type="checkbox"
                      checked={selected.includes(c.id)}
                      onChange={() => toggle(c.id)}
                      aria-label={`Select ${c.machine_name} to compare`}
                    />
                  </td>
                  <td>
                    <Link href={`/collectors/${c.id}`} class="strong">
                      {c.machine_name}
                    </Link>
                  </td>
                  <td>{c.site_name ?? <span class="muted">–</span>}</td>
                  <td>{c.platform ?? <span class="muted">–</span>}</td>
                  <td title={formatInstant(c.last_upload)}>{formatAgo(c.last_upload)}</td>
                  <td class="num">{c.files_count}</td>
                  <td>
                    <StatusBadge status={c.status} />
                  </td>
                  <td class="row-actions">
                    <Link href={`/collectors/${c.id}/dashboard`} class="button button-small">
                      Dashboard
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function NoCollectors({ admin }: { admin: boolean }) {
  return (
    <EmptyState title="No collectors yet">
      <p>A collector is a server you measure. There are two ways to get its data here:</p>
      <ol class="steps">
        <li>
          <strong>Stream it live.</strong> {admin ? 'Set up a collector' : 'An admin sets up a collector'},
          then run the one-line install command it shows on the server: pcc sends its metrics every second.
        </li>
        <li>
          <strong>Upload a capture.</strong> Run{' '}
          <code>PCC_DURATION=10m PCC_FREQUENCY=1s PCC_COLLECTION=run.json pcc</code> on the server during your
          test, then upload <code>run.json</code> (or its <code>host.csv</code>) on the collector's page.
        </li>
      </ol>
      <p class="muted">
        To watch this machine right away, start the portal with{' '}
        <code>npx perfanalysis serve --local-agent</code>.
      </p>
      {admin ? (
        <Link href="/collectors/setup" class="button button-primary">
          Set up a collector
        </Link>
      ) : (
        <p class="muted">Your role cannot create collectors: ask an admin.</p>
      )}
    </EmptyState>
  );
}
