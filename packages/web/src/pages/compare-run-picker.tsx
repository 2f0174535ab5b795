import { useState } from 'preact/hooks';
import { collectorFiles } from '../api/collector-files.js';
import { ErrorNote } from '../components/feedback.js';
import { useAsync } from '../use-async.js';
import { loadCollectors } from './collectors-page.js';
import { type RunSpec, specKey } from './compare-data.js';

/** Add a collector, or one capture of it, to the comparison. */
export function RunPicker({ specs, onAdd }: { specs: readonly RunSpec[]; onAdd: (spec: RunSpec) => void }) {
  const collectors = useAsync((signal) => loadCollectors(signal), []);
  const [collectorId, setCollectorId] = useState('');
  const [fileId, setFileId] = useState('');
  const files = useAsync(
    (signal) => (collectorId ? collectorFiles(collectorId, signal) : Promise.resolve([])),
    [collectorId],
  );
  const all = collectors.data?.results ?? [];
  const captures = (files.data ?? []).filter((f) => f.first_timestamp && f.last_timestamp);
  const chosen = new Set(specs.map(specKey));
  return (
    <form
      class="form form-row picker"
      aria-label="Add a run"
      onSubmit={(e) => {
        e.preventDefault();
        if (!collectorId) return;
        onAdd(fileId ? { collectorId, fileId } : { collectorId });
        setFileId('');
        setCollectorId('');
      }}
    >
      <label>
        Collector
        <select
          value={collectorId}
          onChange={(e) => {
            setCollectorId(e.currentTarget.value);
            setFileId('');
          }}
          aria-label="Collector to add"
        >
          <option value="">Choose a collector…</option>
          {all.map((c) => (
            <option value={c.id} key={c.id} disabled={chosen.has(c.id) && captures.length === 0}>
              {c.machine_name}
              {c.site_name ? ` · ${c.site_name}` : ''}
            </option>
          ))}
        </select>
      </label>
      <label>
        Data
        <select
          value={fileId}
          onChange={(e) => setFileId(e.currentTarget.value)}
          disabled={!collectorId}
          aria-label="Whole collector or one capture"
        >
          <option value="">All its data (use the range)</option>
          {captures.map((f) => (
            <option value={f.id} key={f.id} disabled={chosen.has(`${collectorId}~${f.id}`)}>
              Capture {f.filename}
              {f.description ? ` — ${f.description}` : ''}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" class="button button-primary" disabled={!collectorId}>
        Add
      </button>
      <ErrorNote message={collectors.error} />
    </form>
  );
}
