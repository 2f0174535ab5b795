import { useState } from 'preact/hooks';
import { api, messageOf } from '../api/client.js';
import { collectorRuns, type Run } from '../api/runs.js';
import { ErrorNote, Loading } from '../components/feedback.js';
import { Link } from '../router.js';
import { useCan } from '../session.js';
import { useAsync } from '../use-async.js';
import { RunForm, runWindow } from './run-form.js';

const seconds = (iso: string) => String(Math.floor(Date.parse(iso) / 1000));

/** A collector's runs: the named ones (edit, delete) and its load tests, each opening the dashboard on it. */
export function RunsCard({ collectorId }: { collectorId: string }) {
  const runs = useAsync((signal) => collectorRuns(collectorId, signal), [collectorId]);
  const analyst = useCan('analyst');
  const [editing, setEditing] = useState<string>();
  const [error, setError] = useState<string>();
  const remove = async (run: Run) => {
    if (!confirm(`Delete the run “${run.name}”? Its data stays.`)) return;
    try {
      await api(`/api/v1/runs/${run.id}/`, { method: 'DELETE' });
      runs.reload(true);
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  const list = runs.data ?? [];
  return (
    <section class="card" aria-labelledby="runs-title">
      <h2 id="runs-title">Runs</h2>
      <ErrorNote message={runs.error} onRetry={() => runs.reload()} />
      <ErrorNote message={error} />
      {runs.loading && !runs.data && <Loading what="Loading the runs" />}
      {runs.data && list.length === 0 && (
        <p class="muted">
          No runs yet. Name one on the dashboard: zoom to the window (or pick a range) and press “Save as
          run…”. Load tests that pcc posts appear here on their own.
        </p>
      )}
      {list.length > 0 && (
        <table class="table runs-table" aria-label="Runs">
          <thead>
            <tr>
              <th>Run</th>
              <th>Window</th>
              <th>Note</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((run) => (
              <tr key={run.key} data-run={run.key}>
                {editing === run.key ? (
                  <td colSpan={4}>
                    <RunForm
                      key={run.version}
                      collectorId={collectorId}
                      window={run}
                      run={run}
                      onSaved={() => {
                        setEditing(undefined);
                        runs.reload(true);
                      }}
                      onCancel={() => setEditing(undefined)}
                      onReload={() => runs.reload(true)}
                    />
                  </td>
                ) : (
                  <>
                    <td class="run-name">
                      <span class="strong">{run.name}</span>{' '}
                      {run.kind === 'loadtest' && <span class="badge badge-loadtest">load test</span>}
                      {run.created_by && <span class="muted run-by"> by {run.created_by}</span>}
                    </td>
                    <td class="run-window">{runWindow(run)}</td>
                    <td class="run-note">{run.note || <span class="muted">–</span>}</td>
                    <td class="row-actions">
                      <Link
                        href={`/collectors/${collectorId}/dashboard?from=${seconds(run.start)}&to=${seconds(run.end)}`}
                        class="button button-small"
                      >
                        Dashboard
                      </Link>
                      {analyst && run.kind === 'run' && (
                        <>
                          <button
                            type="button"
                            class="button button-small"
                            aria-label={`Edit ${run.name}`}
                            onClick={() => setEditing(run.key)}
                          >
                            Edit
                          </button>
                          <button
                            type="button"
                            class="button button-small button-danger"
                            aria-label={`Delete ${run.name}`}
                            onClick={() => remove(run)}
                          >
                            Delete
                          </button>
                        </>
                      )}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
