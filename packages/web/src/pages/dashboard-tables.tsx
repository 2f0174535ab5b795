import { useState } from 'preact/hooks';
import { api } from '../api/client.js';
import type { UtilisationAnswer } from '../api/types.js';
import { ErrorNote, Loading } from '../components/feedback.js';
import { alwaysZero, saveText, UtilisationTable } from '../components/utilisation-table.js';
import { formatDuration, formatInstant } from '../lib/durations.js';
import { utilisationCsv } from '../lib/utilisation-csv.js';
import { useAsync } from '../use-async.js';
import { NoData, type TabProps, useTabAnswer } from './dashboard-tab.js';

/** Utilization Tables: P50 to max of every metric over the chosen range. */
export function UtilisationTab({ id, params, live, onShown }: TabProps) {
  const [showZero, setShowZero] = useState(false);
  const data = useAsync(
    (signal) => api<UtilisationAnswer>(`/api/v1/collectors/${id}/utilisation/`, { query: params, signal }),
    [id, JSON.stringify(params)],
  );
  if (useTabAnswer(data, live, onShown)) return <NoData id={id} />;
  if (!data.data)
    return data.error ? (
      <ErrorNote message={data.error} onRetry={() => data.reload()} />
    ) : (
      <Loading what="Computing percentiles" />
    );
  const answer = data.data;
  const seconds = (Date.parse(answer.to) - Date.parse(answer.from)) / 1000;
  return (
    <section class="card" data-testid="utilisation">
      <div class="card-head">
        <div>
          <h2>Utilization over the range</h2>
          <p class="muted">
            {formatInstant(answer.from)} – {formatInstant(answer.to)} ({formatDuration(seconds)})
            {answer.samples !== undefined && `, ${answer.samples.toLocaleString('en')} samples`}
            {answer.exact === false
              ? '; percentiles from the stored sketches, each within 1 % of the exact value.'
              : '; percentiles from every raw sample.'}
          </p>
        </div>
        <button
          type="button"
          class="button button-small"
          onClick={() => saveText(`utilisation-${id}.csv`, utilisationCsv(answer.rows))}
        >
          Download CSV
        </button>
      </div>
      {answer.rows.some(alwaysZero) && (
        <label class="inline hint table-option">
          <input type="checkbox" checked={showZero} onChange={(e) => setShowZero(e.currentTarget.checked)} />
          Show the {answer.rows.filter(alwaysZero).length} metrics that stayed at 0
        </label>
      )}
      <UtilisationTable rows={answer.rows} hideZero={!showZero} />
    </section>
  );
}
