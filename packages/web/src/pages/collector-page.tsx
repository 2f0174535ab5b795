import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { api, download, messageOf } from '../api/client.js';
import type { Collector, CreatedCollector, UploadedFile, UploadResult } from '../api/types.js';
import { CopyField } from '../components/copy-field.js';
import { ErrorNote, Loading, SuccessNote } from '../components/feedback.js';
import { StatusBadge } from '../components/status-badge.js';
import { formatAgo, formatDuration, formatInstant } from '../lib/durations.js';
import { formatBytes } from '../lib/units.js';
import { Link, navigate } from '../router.js';
import { allows, useCan, useSession } from '../session.js';
import { useAsync } from '../use-async.js';

/** A collector's page: its system info, its files (upload, download, delete) and CSV export. */
export function CollectorPage({ id }: { id: string }) {
  const collector = useAsync((signal) => api<Collector>(`/api/v1/collectors/${id}/`, { signal }), [id]);
  const files = useAsync(
    (signal) => api<UploadedFile[]>(`/api/v1/collectors/${id}/files/`, { signal }),
    [id],
  );
  const admin = useCan('admin');
  if (!collector.data)
    return (
      <div class="page">
        {collector.error ? (
          <>
            <h1>Collector</h1>
            <ErrorNote message={collector.error} onRetry={() => collector.reload()} />
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
            {c.site_name ?? 'No site'} · {c.platform ?? 'platform not set'} · last seen{' '}
            {formatAgo(c.last_seen)}
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
      <FilesCard collector={c} files={files.data} error={files.error} onChange={refresh} />
      {admin && <AdminCard collector={c} />}
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
          No system information yet: pcc sends it when it streams to the portal in trickle mode.
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

function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  const two = (n: number) => n.toString().padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

function ExportCard({ collector, files }: { collector: Collector; files: UploadedFile[] }) {
  const firsts = files
    .map((f) => f.first_timestamp)
    .filter((t): t is string => t !== null)
    .sort();
  const lasts = files
    .map((f) => f.last_timestamp)
    .filter((t): t is string => t !== null)
    .sort();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const start = String(form.get('start') ?? '');
    const end = String(form.get('end') ?? '');
    if (start && end && new Date(start) >= new Date(end)) {
      setError('The start must come before the end.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await download(
        `/api/v1/collectors/${collector.id}/export/`,
        {
          start: start ? new Date(start).toISOString() : undefined,
          end: end ? new Date(end).toISOString() : undefined,
        },
        `${collector.machine_name}-host.csv`,
      );
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card">
      <h2>Export to CSV</h2>
      <p class="muted">
        The samples as host.csv, for R, a spreadsheet or pandas. Leave a date empty for no limit.
      </p>
      <form class="form form-row" onSubmit={submit}>
        <label>
          From
          <input type="datetime-local" name="start" defaultValue={toLocalInput(firsts[0])} />
        </label>
        <label>
          Until
          <input type="datetime-local" name="end" />
        </label>
        <button type="submit" class="button" disabled={busy}>
          {busy ? 'Exporting…' : 'Download CSV'}
        </button>
      </form>
      {lasts.length > 0 && (
        <p class="hint">
          Uploaded data spans {formatInstant(firsts[0])} to {formatInstant(lasts[lasts.length - 1])}.
        </p>
      )}
      <ErrorNote message={error} />
    </section>
  );
}

function FilesCard({
  collector,
  files,
  error,
  onChange,
}: {
  collector: Collector;
  files: UploadedFile[] | undefined;
  error: string | undefined;
  onChange: () => void;
}) {
  const { user } = useSession();
  const analyst = allows(user.role, 'analyst');
  const [selected, setSelected] = useState<string[]>([]);
  const [actionError, setActionError] = useState<string>();
  const remove = async (file: UploadedFile) => {
    if (!confirm(`Delete ${file.filename} and the ${file.rows_imported} samples it brought?`)) return;
    setActionError(undefined);
    try {
      await api(`/api/v1/collectors/${collector.id}/files/${file.id}/`, { method: 'DELETE' });
      onChange();
    } catch (failure) {
      setActionError(messageOf(failure));
    }
  };
  const get = async (file: UploadedFile) => {
    setActionError(undefined);
    try {
      await download(`/api/v1/collectors/${collector.id}/files/${file.id}/`, undefined, file.filename);
    } catch (failure) {
      setActionError(messageOf(failure));
    }
  };
  const canDelete = (file: UploadedFile) =>
    allows(user.role, 'admin') || (allows(user.role, 'analyst') && file.uploaded_by === user.id);
  const comparable = (files ?? []).filter((f) => f.first_timestamp && f.last_timestamp);
  return (
    <section class="card">
      <div class="card-head">
        <h2>Files</h2>
        {selected.length >= 2 && (
          <button
            type="button"
            class="button button-small"
            onClick={() => navigate(`/compare?runs=${selected.map((f) => `${collector.id}~${f}`).join(',')}`)}
          >
            Compare {selected.length} captures
          </button>
        )}
      </div>
      {analyst && <UploadForm collector={collector} onUploaded={onChange} />}
      <ErrorNote message={error ?? actionError} />
      {files && files.length === 0 && (
        <p class="muted">
          No files yet.{' '}
          {analyst
            ? 'Upload a pcc capture (.json, .json.gz) or a host.csv from pcprocess above.'
            : 'An analyst or admin can upload captures here.'}
        </p>
      )}
      {files && files.length > 0 && (
        <table class="table" aria-label="Files">
          <thead>
            <tr>
              {comparable.length >= 2 && <th class="check" aria-label="Select to compare" />}
              <th>File</th>
              <th>Description</th>
              <th>Uploaded</th>
              <th class="num">Size</th>
              <th class="num">Samples</th>
              <th>Covers</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.id}>
                {comparable.length >= 2 && (
                  <td class="check">
                    {f.first_timestamp && (
                      <input
                        type="checkbox"
                        aria-label={`Select ${f.filename} to compare`}
                        checked={selected.includes(f.id)}
                        onChange={() =>
                          setSelected((s) => (s.includes(f.id) ? s.filter((x) => x !== f.id) : [...s, f.id]))
                        }
                      />
                    )}
                  </td>
                )}
                <td class="strong">{f.filename}</td>
                <td>{f.description || <span class="muted">–</span>}</td>
                <td title={formatInstant(f.uploaded_at)}>{formatAgo(f.uploaded_at)}</td>
                <td class="num">{formatBytes(f.size_bytes)}</td>
                <td class="num">{f.rows_imported.toLocaleString('en')}</td>
                <td>
                  {f.first_timestamp && f.last_timestamp ? (
                    <span title={`${formatInstant(f.first_timestamp)} – ${formatInstant(f.last_timestamp)}`}>
                      {formatInstant(f.first_timestamp)} ·{' '}
                      {formatDuration((Date.parse(f.last_timestamp) - Date.parse(f.first_timestamp)) / 1000)}
                    </span>
                  ) : (
                    <span class="muted">–</span>
                  )}
                </td>
                <td class="row-actions">
                  <button type="button" class="button button-small" onClick={() => get(f)}>
                    Download
                  </button>
                  {canDelete(f) && (
                    <button type="button" class="button button-small button-danger" onClick={() => remove(f)}>
                      Delete
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function UploadForm({ collector, onUploaded }: { collector: Collector; onUploaded: () => void }) {
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<UploadResult>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = new FormData(formElement);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) {
      setError('Choose a file to upload first.');
      return;
    }
    const body = new FormData();
    body.set('description', String(form.get('description') ?? ''));
    body.set('file', file, file.name);
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(
        await api<UploadResult>(`/api/v1/collectors/${collector.id}/upload/`, { method: 'POST', body }),
      );
      formElement.reset();
      onUploaded();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="upload form form-row" onSubmit={submit} aria-label="Upload a file">
      <label>
        Capture or host.csv
        <input type="file" name="file" accept=".json,.jsonl,.gz,.csv,.txt" required />
      </label>
      <label class="grow">
        Description
        <input
          name="description"
          maxLength={1000}
          placeholder="Load test, 200 users, after the kernel update"
        />
      </label>
      <button type="submit" class="button button-primary" disabled={busy}>
        {busy ? 'Uploading and importing…' : 'Upload'}
      </button>
      {result && (
        <SuccessNote>
          {result.file.filename}: {result.stored.toLocaleString('en')} samples imported
          {result.duplicates > 0 ? `, ${result.duplicates.toLocaleString('en')} already there` : ''}.{' '}
          <Link href={`/collectors/${collector.id}/dashboard`}>See the dashboard</Link>
        </SuccessNote>
      )}
      <ErrorNote message={error} />
    </form>
  );
}

function AdminCard({ collector }: { collector: Collector }) {
  const [key, setKey] = useState<CreatedCollector>();
  const [error, setError] = useState<string>();
  const regenerate = async () => {
    if (!confirm(`A new API key for ${collector.machine_name}? The current key stops working at once.`))
      return;
    try {
      setKey(
        await api<CreatedCollector>(`/api/v1/collectors/${collector.id}/regenerate-key/`, { method: 'POST' }),
      );
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
