import { formatBytes } from '@perfanalysis/shared/units';
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { api, messageOf } from '../api/client.js';
import { collectorFiles } from '../api/collector-files.js';
import type { Collector, CreatedCollector } from '../api/types.js';
import { CopyField } from '../components/copy-field.js';
import { ErrorNote, Loading } from '../components/feedback.js';
import { StatusBadge } from '../components/status-badge.js';
import { formatAgo, formatInstant } from '../lib/durations.js';
import { Link, navigate } from '../router.js';
import { useCan } from '../session.js';
import { useAsync } from '../use-async.js';
import { ExportCard } from './collector-export.js';
import { FilesCard } from './collector-files.js';
import { RunsCard } from './collector-runs.js';

/** A collector's page: its system info, its runs, its files (upload, download, delete) and CSV export. */
export function CollectorPage({ id }: { id: string }) {
  const collector = useAsync((signal) => api<Collector>(`/api/v1/collectors/${id}/`, { signal }), [id]);
  const files = useAsync((signal) => collectorFiles(id, signal), [id]);
  const admin = useCan('admin');
  if (!collector.data)
    return (
      <div class="page">
        {collector.error ? (
          <>
            <h1>{collector.status === 404 ? 'No such collector' : 'Collector'}</h1>
            {/* Asking again will not bring back a collector that is not there: Retry only for other failures. */}
            <ErrorNote
              message={collector.error}
              {...(collector.status === 404 ? {} : { onRetry: () => collector.reload() })}
            />
            <Link href="/collectors">Back to the collectors</Link>
          </>
        ) : (
          <Loading what="Loading the collector" />
        )}
      </div>
    );
  const c = collector.data;
  const refresh = () => {
    files.reload(true);
    collector.reload(true);
  };
  return (
    <div class="page">
      <nav class="crumbs" aria-label="Breadcrumb">
        <Link href="/collectors">Collectors</Link> <span aria-hidden="true">›</span> {c.machine_name}
      </nav>
      <header class="page-head">
        <div>
          <h1>
            {c.machine_name} <StatusBadge status={c.status} />
          </h1>
          <p class="muted">
            {c.site_name ?? 'No site'} · {c.platform ?? 'platform not set'} ·{' '}
            {c.status === 'uploaded'
              ? `data from ${formatInstant(c.data_from)} to ${formatInstant(c.data_to)}`
              : `last seen ${formatAgo(c.last_seen)}`}
          </p>
        </div>
        <div class="actions">
          <Link href={`/compare?collectors=${c.id}`} class="button">
            Compare…
          </Link>
          <Link href={`/collectors/${c.id}/dashboard`} class="button button-primary">
            Open dashboard
          </Link>
        </div>
      </header>
      <div class="grid-2">
        <SystemInfo collector={c} />
        <ExportCard collector={c} files={files.data ?? []} />
      </div>
      <RunsCard collectorId={c.id} />
      <FilesCard collector={c} files={files.data} error={files.error} onChange={refresh} />
      {admin && <AdminCard collector={c} onChanged={() => collector.reload(true)} />}
    </div>
  );
}

function SystemInfo({ collector }: { collector: Collector }) {
  const info = collector.system_info ?? {};
  const get = (key: string) => info[key];
  const text = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : String(v));
  const rows: [string, string | undefined][] = [
    ['Hostname', text(get('hostname'))],
    [
      'Operating system',
      [text(get('os_name')), text(get('os_version'))].filter(Boolean).join(' ') || undefined,
    ],
    ['Kernel', text(get('kernel'))],
    ['Architecture', text(get('arch'))],
    ['CPU', text(get('cpu_model'))],
    ['CPUs', text(get('cpu_count'))],
    [
      'Memory',
      typeof get('mem_total_mb') === 'number'
        ? formatBytes((get('mem_total_mb') as number) * 1048576)
        : undefined,
    ],
    ['Storage', typeof get('storage_gb') === 'number' ? `${get('storage_gb')} GB` : undefined],
    [
      'IP addresses',
      Array.isArray(get('ip_addresses')) ? (get('ip_addresses') as unknown[]).join(', ') : undefined,
    ],
  ];
  const known = rows.filter(([, v]) => v !== undefined);
  return (
    <section class="card">
      <h2>System</h2>
      {known.length === 0 ? (
        <p class="muted">
          No system information yet: pcc sends it when it streams to the portal, and an uploaded capture
          carries it in its header.
        </p>
      ) : (
        <dl class="facts">
          {known.map(([k, v]) => (
            <Fragment key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      <dl class="facts">
        <dt>Collector id</dt>
        <dd>
          <code>{collector.id}</code>
        </dd>
        <dt>API key</dt>
        <dd>
          <code>{collector.api_key_prefix}…</code>
        </dd>
        <dt>Created</dt>
        <dd>{formatInstant(collector.created_at)}</dd>
      </dl>
    </section>
  );
}

/** Regenerate the key or delete the collector; `onChanged` re-reads it, so the System card shows the new key's prefix. */
function AdminCard({ collector, onChanged }: { collector: Collector; onChanged: () => void }) {
  const [key, setKey] = useState<CreatedCollector>();
  const [error, setError] = useState<string>();
  const regenerate = async () => {
    if (!confirm(`A new API key for ${collector.machine_name}? The current key stops working at once.`))
      return;
    try {
      setKey(
        await api<CreatedCollector>(`/api/v1/collectors/${collector.id}/regenerate-key/`, { method: 'POST' }),
      );
      onChanged();
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  const remove = async () => {
    if (!confirm(`Delete ${collector.machine_name} with all its samples and files? This cannot be undone.`))
      return;
    try {
      await api(`/api/v1/collectors/${collector.id}/`, { method: 'DELETE' });
      navigate('/collectors');
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  return (
    <section class="card">
      <h2>Administration</h2>
      <div class="actions">
        <button type="button" class="button" onClick={regenerate}>
          Regenerate API key
        </button>
        <button type="button" class="button button-danger" onClick={remove}>
          Delete collector
        </button>
      </div>
      {key && (
        <>
          <div class="note note-warning">The new key is shown only this once.</div>
          <CopyField label="API key" value={key.api_key} />
          <CopyField label="Install command" value={key.install_command} />
        </>
      )}
      <ErrorNote message={error} />
    </section>
  );
}
