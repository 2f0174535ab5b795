import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure, api, messageOf } from '../api/client.js';
import type { Run } from '../api/runs.js';
import { ErrorNote } from '../components/feedback.js';
import { TimeField } from '../components/time-field.js';
import { useTimeZone } from '../components/time-zone-switch.js';
import { formatDuration, formatInstant } from '../lib/durations.js';
import { fromFieldValue, toFieldValue } from '../lib/time-zone.js';

/** The window a run covers, in words: "2026-12-01 10:00:00 – 10:10:00 (10 min)". */
export function runWindow(run: { readonly start: string; readonly end: string }): string {
  const from = formatInstant(run.start);
  const to = formatInstant(run.end);
  const sameDay = from.slice(0, 10) === to.slice(0, 10);
  const seconds = (Date.parse(run.end) - Date.parse(run.start)) / 1000;
  return `${from} – ${sameDay ? to.slice(11) : to} (${formatDuration(seconds)})`;
}

const unix = (iso: string) => Date.parse(iso) / 1000;

/**
 * A window's end as the API takes it: the original instant while its field still shows it (a field keeps
 * whole seconds only), else the field read in the zone; undefined when the field holds no date.
 */
function fieldInstant(text: string, original: string, zone: Parameters<typeof toFieldValue>[1]) {
  if (text === toFieldValue(unix(original), zone)) return original;
  const seconds = fromFieldValue(text, zone);
  return seconds === undefined ? undefined : new Date(seconds * 1000).toISOString();
}

/**
 * Names and annotates a run and sets its window (start and end in the zone the page shows times in): a new
 * one over `window` (POST on the collector), or an existing one (PATCH with the version it was read at:
 * someone else's edit since is reported, not overwritten). The server's verdict on the window is shown.
 */
export function RunForm({
  collectorId,
  window,
  run,
  onSaved,
  onCancel,
  onReload,
}: {
  collectorId: string;
  window: { readonly start: string; readonly end: string };
  run?: Run | undefined;
  onSaved: (run: Run) => void;
  onCancel: () => void;
  /** Fetches the run again after someone else's edit (the form then shows theirs). */
  onReload?: () => void;
}) {
  const [name, setName] = useState(run?.name ?? '');
  const [note, setNote] = useState(run?.note ?? '');
  const zone = useTimeZone();
  const [start, setStart] = useState(() => toFieldValue(unix(window.start), zone));
  const [end, setEnd] = useState(() => toFieldValue(unix(window.end), zone));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [stale, setStale] = useState(false);
  // The zone switched while the form is open: the fields show the same instants in the new zone.
  const shownZone = useRef(zone);
  useEffect(() => {
    const before = shownZone.current;
    shownZone.current = zone;
    if (before === zone) return;
    const moved = (text: string) => {
      const seconds = fromFieldValue(text, before);
      return seconds === undefined ? text : toFieldValue(seconds, zone);
    };
    setStart(moved);
    setEnd(moved);
  }, [zone]);
  const from = fieldInstant(start, window.start, zone);
  const to = fieldInstant(end, window.end, zone);
  const save = async (event: Event) => {
    event.preventDefault();
    if (from === undefined || to === undefined) return setError('Give the run a start and an end.');
    setBusy(true);
    setError(undefined);
    try {
      onSaved(
        run
          ? await api<Run>(`/api/v1/runs/${run.id}/`, {
              method: 'PATCH',
              body: {
                version: run.version,
                name,
                note,
                ...(from === run.start ? {} : { start: from }),
                ...(to === run.end ? {} : { end: to }),
              },
            })
          : await api<Run>(`/api/v1/collectors/${collectorId}/runs/`, {
              method: 'POST',
              body: { name, note, start: from, end: to },
            }),
      );
    } catch (failure) {
      setError(messageOf(failure));
      setStale(failure instanceof ApiFailure && failure.status === 409);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="form run-form" aria-label={run ? `Edit run ${run.name}` : 'Save as a run'} onSubmit={save}>
      {from !== undefined && to !== undefined && to > from && (
        <p class="muted">{runWindow({ start: from, end: to })}</p>
      )}
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
      </div>
      <div class="form form-row">
        <TimeField label="Start" name="run-start" zone={zone} value={start} onInput={setStart} required />
        <TimeField label="End" name="run-end" zone={zone} value={end} onInput={setEnd} required />
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
      {stale && onReload && (
        <button type="button" class="button button-small" onClick={onReload}>
          Load the latest version
        </button>
      )}
    </form>
  );
}
