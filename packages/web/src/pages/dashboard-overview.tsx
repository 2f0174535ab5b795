import { api } from '../api/client.js';
import type { SeriesAnswer } from '../api/types.js';
import { ErrorNote, Loading } from '../components/feedback.js';
import { chartPoints, useLiveRefresh } from '../live.js';
import { useAsync } from '../use-async.js';
import { type ChartFrame, PanelChart, panelSeries } from './dashboard-panel-chart.js';
import { hostMetricsOf, OVERVIEW_PANELS, type PanelData } from './dashboard-panels.js';
import { NoData, resolution, type TabProps, useShown, xWindow } from './dashboard-tab.js';

const METRICS = hostMetricsOf(OVERVIEW_PANELS).join(',');

/** Overview: CPU (stacked by kind of time), memory, disk and network. */
export function Overview({ id, params, live, onZoom, onShown, syncKey, regions }: TabProps) {
  const points = chartPoints();
  const state = useAsync(
    (signal) =>
      api<SeriesAnswer>(`/api/v1/collectors/${id}/series/`, {
        query: { ...params, points, metrics: METRICS },
        signal,
      }),
    [id, JSON.stringify(params), points],
  );
  // Live, or waiting for a first sample: look again every few seconds.
  useLiveRefresh(live || (state.status === 404 && !('start' in params)), state.reload);
  useShown(state.data, onShown);
  if (state.status === 404) return <NoData id={id} zoomed={'start' in params} />;
  if (!state.data)
    return state.error ? (
      <ErrorNote message={state.error} onRetry={() => state.reload()} />
    ) : (
      <Loading what="Loading charts" />
    );
  const answer = state.data;
  const frame: ChartFrame = {
    time: answer.time,
    xRange: xWindow(answer),
    onZoom,
    syncKey,
    regions,
    subtitle: resolution(answer),
  };
  const data: PanelData = { host: answer.series, devices: {} };
  return (
    <div class="chart-grid" data-testid="overview">
      <ErrorNote message={state.error} />
      {OVERVIEW_PANELS.map((panel) => {
        const series = panelSeries(panel, data);
        return series && <PanelChart key={panel.title} panel={panel} series={series} frame={frame} />;
      })}
    </div>
  );
}
