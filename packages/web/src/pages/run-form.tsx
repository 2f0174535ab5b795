import { useState } from 'preact/hooks';
import { api, messageOf } from '../api/client.js';
import type { Run } from '../api/runs.js';
import { ErrorNote } from '../components/feedback.js';
import { formatDuration, formatInstant } from '../lib/durations.js';

/** The window a run covers, in words: "2026-12-01 10:00:00 – 10:10:00 (10 min)". */
export function runWindow(run: { readonly start: string; readonly end: string }): string {
  const from = formatInstant(run.start);
  const to = formatInstant(run.end);
  const sameDay = from.slice(0, 10) === to.slice(0, 10);
  const seconds = (Date.parse(run.end) - Date.parse(run.start)) / 1000;
  return `${from} – ${sameDay ? to.slice(11) : to} (${formatDuration(seconds)})`;
}

/**
 * Names and annotates a run: a new one over `window` (POST on the collector), or an existing one (PATCH
 * with the version it was read at: someone else's edit since is reported, not overwritten).
 */
export function RunForm({
  collectorId,
  window,
  run,
  onSaved,
  onCancel,
}: {
  collectorId: string;
  window: { readonly start: string; readonly end: string };
  run?: Run | undefined;
  onSaved: (run: Run) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(run?.name ?? '');
  const [note, setNote] = useState(run?.note ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      onSaved(
        run
          ? await api<Run>(`/api/v1/runs/${run.id}/`, {
              method: 'PATCH',
              body: { version: run.version, name, note },
            })
          : await api<Run>(`/api/v1/collectors/${collectorId}/runs/`, {
              method: 'POST',
              body: { name, note, start: window.start, end: window.end },
            }),
      );
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="form run-form" aria-label={run ? `Edit run ${run.name}` : 'Save as a run'} onSubmit={save}>
      <p class="muted">{runWindow(window)}</p>
      <div class="form form-row">
        <label class="grow">
          Name
          <input
            value={name}
            required
            maxLength={200}
            placeholder="200 users, after the kernel update"
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <label class="grow">
          Note
          <input value={note} maxLength={4000} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <div class="actions">
          <button type="submit" class="button button-primary" disabled={busy || name.trim() === ''}>
            {run ? 'Save' : 'Save run'}
          </button>
          <button type="button" class="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
      <ErrorNote message={error} />
    </form>
  );
}
