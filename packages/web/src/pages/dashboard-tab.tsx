import { useEffect } from 'preact/hooks';
import type { ChartRegion } from '../charts/run-regions.js';
import { formatDuration } from '../lib/durations.js';
import type { Window } from '../lib/time-range.js';
import { useLiveRefresh } from '../live.js';
import { Link } from '../router.js';
import type { AsyncState } from '../use-async.js';

/** What the dashboard's tabs share: their props, the empty state, and how a chart's window and resolution read. */

/** What every tab gets: which data to ask for, whether to keep it live, and how to zoom. */
export interface TabProps {
  readonly id: string;
  readonly params: Record<string, string>;
  readonly live: boolean;
  readonly onZoom: (from: number, to: number) => void;
  /** Told the window the tab's data covers, for moving it and zooming out from a relative range. */
  readonly onShown: (window: Window) => void;
  readonly syncKey: string;
  /** The collector's runs, shaded on its charts. */
  readonly regions: readonly ChartRegion[];
}

/** Where a range ends up: its x window in unix seconds, from the answer. */
export function xWindow(answer: { from: string; to: string; time: readonly number[] }): [number, number] {
  const first = answer.time[0];
  const last = answer.time[answer.time.length - 1];
  const from = Date.parse(answer.from) / 1000;
  const to = Date.parse(answer.to) / 1000;
  // Buckets start on their grid, which may be before the range's first sample: keep them in view.
  return [first === undefined ? from : Math.min(from, first), last === undefined ? to : Math.max(to, last)];
}

/**
 * Keeps a tab's answer fresh and tells the page its window: asked again every few seconds while live, or
 * while the collector has no samples yet (waiting for a first one). True while it has none.
 */
export function useTabAnswer(
  state: AsyncState<{ no_samples: boolean; from: string; to: string }>,
  live: boolean,
  onShown: (window: Window) => void,
): boolean {
  const waiting = state.data?.no_samples === true;
  useLiveRefresh(live || waiting, state.reload);
  useShown(waiting ? undefined : state.data, onShown);
  return waiting;
}

/** Tells the page the window an answer covers, each time a new answer comes. */
function useShown(answer: { from: string; to: string } | undefined, onShown: (window: Window) => void): void {
  useEffect(() => {
    if (answer)
      onShown({
        from: Math.floor(Date.parse(answer.from) / 1000),
        to: Math.ceil(Date.parse(answer.to) / 1000),
      });
  }, [answer?.from, answer?.to]);
}

export function resolution(answer: { bucket_seconds: number }): string {
  return answer.bucket_seconds > 0 ? `${formatDuration(answer.bucket_seconds)} per point` : '';
}

/** The empty state of a collector without samples yet. */
export function NoData({ id }: { id: string }) {
  return (
    <div class="empty-state">
      <h3>No data yet</h3>
      <p>This collector has no samples yet. Either:</p>
      <ul class="steps">
        <li>
          run pcc on the server in trickle mode with the collector's API key — the dashboard fills live; or
        </li>
        <li>
          upload a capture (pcc's .json) or a host.csv on{' '}
          <Link href={`/collectors/${id}`}>the collector's page</Link>.
        </li>
      </ul>
    </div>
  );
}
