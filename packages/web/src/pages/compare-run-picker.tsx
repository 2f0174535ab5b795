import { useState } from 'preact/hooks';
import { collectorFiles } from '../api/collector-files.js';
import { collectorRuns } from '../api/runs.js';
import { ErrorNote } from '../components/feedback.js';
import { useAsync } from '../use-async.js';
import { loadCollectors } from './collectors-page.js';
import { type RunSpec, specKey } from './compare-data.js';

/** Add a collector, or one capture or run of it (named runs and load tests), to the comparison. */
export function RunPicker({ specs, onAdd }: { specs: readonly RunSpec[]; onAdd: (spec: RunSpec) => void }) {
  const collectors = useAsync((signal) => loadCollectors(signal), []);
  const [collectorId, setCollectorId] = useState('');
  // "" (all its data), "file:<id>" or "run:<runKey>".
  const [data, setData] = useState('');
  const files = useAsync(
    (signal) => (collectorId ? collectorFiles(collectorId, signal) : Promise.resolve([])),
    [collectorId],
  );
  const runs = useAsync(
    (signal) => (collectorId ? collectorRuns(collectorId, signal) : Promise.resolve([])),
    [collectorId],
  );
  const all = collectors.data?.results ?? [];
  const captures = (files.data ?? []).filter((f) => f.first_timestamp && f.last_timestamp);
  const named = runs.data ?? [];
  const chosen = new Set(specs.map(specKey));
  return (
    <form
      class="form form-row picker"
      aria-label="Add a run"
      onSubmit={(e) => {
        e.preventDefault();
        if (!collectorId) return;
        const [kind, key = ''] = data.split(/:(.*)/);
        onAdd(
          kind === 'file'
            ? { collectorId, fileId: key }
            : kind === 'run'
              ? { collectorId, runKey: key }
              : { collectorId },
        );
        setData('');
        setCollectorId('');
      }}
    >
      <label>
        Collector
        <select
          value={collectorId}
          onChange={(e) => {
            setCollectorId(e.currentTarget.value);
            setData('');
          }}
          aria-label="Collector to add"
        >
          <option value="">Choose a collector…</option>
          {all.map((c) => (
            <option
              value={c.id}
              key={c.id}
              disabled={chosen.has(c.id) && captures.length === 0 && named.length === 0}
            >
              {c.machine_name}
              {c.site_name ? ` · ${c.site_name}` : ''}
            </option>
          ))}
        </select>
      </label>
      <label>
        Data
        <select
          value={data}
          onChange={(e) => setData(e.currentTarget.value)}
          disabled={!collectorId}
          aria-label="Whole collector, one of its runs or one capture"
        >
          <option value="">All its data (use the range)</option>
          {named.length > 0 && (
            <optgroup label="Runs">
              {named.map((run) => (
                <option
                  value={`run:${run.key}`}
                  key={run.key}
                  disabled={chosen.has(`${collectorId}@${run.key}`)}
                >
                  {run.kind === 'loadtest' ? 'Load test' : 'Run'} {run.name}
                  {run.note ? ` — ${run.note}` : ''}
                </option>
              ))}
            </optgroup>
          )}
          {captures.length > 0 && (
            <optgroup label="Captures">
              {captures.map((f) => (
                <option value={`file:${f.id}`} key={f.id} disabled={chosen.has(`${collectorId}~${f.id}`)}>
                  Capture {f.filename}
                  {f.description ? ` — ${f.description}` : ''}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <button type="submit" class="button button-primary" disabled={!collectorId}>
        Add
      </button>
      <ErrorNote message={collectors.error ?? runs.error} />
    </form>
  );
}
