import { useState } from 'preact/hooks';
import type { Run } from '../api/runs.js';
import { SuccessNote } from '../components/feedback.js';
import type { Window } from '../lib/time-range.js';
import { useCan } from '../session.js';
import { RunForm } from './run-form.js';

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

/**
 * "Save as run…": names the window the dashboard shows (zoomed, or where the range falls in the data, as
 * the charts' answer reported it) as a run of the collector.
 */
export function SaveRun({
  id,
  shown,
  onSaved,
}: {
  id: string;
  shown: Window | undefined;
  onSaved: () => void;
}) {
  const analyst = useCan('analyst');
  const [window, setWindow] = useState<{ start: string; end: string }>();
  const [saved, setSaved] = useState<Run>();
  if (!analyst) return null;
  const open = () => {
    if (!shown) return;
    setSaved(undefined);
    setWindow({ start: iso(shown.from), end: iso(shown.to) });
  };
  return (
    <div class="save-run">
      {!window && (
        <button type="button" class="button" onClick={open} disabled={!shown}>
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
    </div>
  );
}
