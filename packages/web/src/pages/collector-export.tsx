import { useState } from 'preact/hooks';
import { download, messageOf } from '../api/client.js';
import type { Collector, UploadedFile } from '../api/types.js';
import { ErrorNote } from '../components/feedback.js';
import { formatInstant } from '../lib/durations.js';

function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  const two = (n: number) => n.toString().padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Export to CSV: the collector's samples as host.csv, for a date range. */
export function ExportCard({ collector, files }: { collector: Collector; files: UploadedFile[] }) {
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
