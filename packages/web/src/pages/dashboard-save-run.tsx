import { useState } from 'preact/hooks';
import { api, messageOf } from '../api/client.js';
import type { Run } from '../api/runs.js';
import type { SeriesAnswer } from '../api/types.js';
import { ErrorNote, SuccessNote } from '../components/feedback.js';
import { type RangeKey, rangeParams, type Window } from '../lib/time-range.js';
import { useCan } from '../session.js';
import { xWindow } from './dashboard-tab.js';
import { RunForm } from './run-form.js';

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

/**
 * The window shown: the zoomed one, or where the range falls in the collector's data (asked of the server,
 * which knows where its data ends).
 */
async function shownWindow(id: string, range: RangeKey, zoom: Window | undefined) {
  if (zoom) return { start: iso(zoom.from), end: iso(zoom.to) };
  const answer = await api<SeriesAnswer>(`/api/v1/collectors/${id}/series/`, {
    query: { ...rangeParams(range, undefined), points: 100, metrics: 'cpu_user' },
  });
  const [from, to] = xWindow(answer);
  return { start: iso(from), end: iso(to) };
}

/** "Save as run…": names the window the dashboard shows (zoomed, or the range) as a run of the collector. */
export function SaveRun({
  id,
  range,
  zoom,
  onSaved,
}: {
  id: string;
  range: RangeKey;
  zoom: Window | undefined;
  onSaved: () => void;
}) {
  const analyst = useCan('analyst');
  const [window, setWindow] = useState<{ start: string; end: string }>();
  const [saved, setSaved] = useState<Run>();
  const [error, setError] = useState<string>();
  if (!analyst) return null;
  const open = async () => {
    setSaved(undefined);
    setError(undefined);
    try {
      setWindow(await shownWindow(id, range, zoom));
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  return (
    <div class="save-run">
      {!window && (
        <button type="button" class="button" onClick={open}>
          Save as run…
        </button>
      )}
      {window && (
        <div class="card">
          <h2>Save this window as a run</h2>
          <RunForm
            collectorId={id}
            window={window}
            onSaved={(run) => {
              setWindow(undefined);
              setSaved(run);
              onSaved();
            }}
            onCancel={() => setWindow(undefined)}
          />
        </div>
      )}
      {saved && <SuccessNote>Saved the run “{saved.name}”: it is shaded on the charts.</SuccessNote>}
      <ErrorNote message={error} />
    </div>
  );
}
