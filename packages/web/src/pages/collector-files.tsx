import { formatBytes } from '@perfanalysis/shared/units';
import { useState } from 'preact/hooks';
import { api, download, messageOf } from '../api/client.js';
import type { Collector, FileDeleted, FileSamplesHeld, UploadedFile, UploadResult } from '../api/types.js';
import { ErrorNote, SuccessNote } from '../components/feedback.js';
import { formatAgo, formatDuration, formatInstant } from '../lib/durations.js';
import { fileDeleted, fileDeletionQuestion } from '../lib/file-deletion.js';
import { Link, navigate } from '../router.js';
import { allows, useSession } from '../session.js';

/** The collector's files: upload (analysts and admins), download, delete (admins, or who uploaded it). */
export function FilesCard({
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
  const [notice, setNotice] = useState<string>();
  const remove = async (file: UploadedFile) => {
    setActionError(undefined);
    setNotice(undefined);
    const path = `/api/v1/collectors/${collector.id}/files/${file.id}/`;
    try {
      // Asked now, not taken from the list: the samples it still holds are what the delete takes.
      const { samples_held } = await api<FileSamplesHeld>(`${path}samples/`);
      if (!confirm(fileDeletionQuestion(file.filename, samples_held))) return;
      const { samples_deleted } = await api<FileDeleted>(path, { method: 'DELETE' });
      setNotice(fileDeleted(file.filename, samples_deleted));
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
      {notice && <SuccessNote>{notice}</SuccessNote>}
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
          {result.filename}: {result.stored.toLocaleString('en')} samples imported
          {result.duplicates > 0 ? `, ${result.duplicates.toLocaleString('en')} already there` : ''}.{' '}
          <Link href={`/collectors/${collector.id}/dashboard`}>See the dashboard</Link>
        </SuccessNote>
      )}
      <ErrorNote message={error} />
    </form>
  );
}
