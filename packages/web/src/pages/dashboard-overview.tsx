import { api } from '../api/client.js';
import type { SeriesAnswer } from '../api/types.js';
import { ErrorNote, Loading } from '../components/feedback.js';
import { chartPoints } from '../live.js';
import { useAsync } from '../use-async.js';
import { type ChartFrame, PanelChart, panelSeries } from './dashboard-panel-chart.js';
import { hostMetricsOf, OVERVIEW_PANELS, type PanelData } from './dashboard-panels.js';
import { NoData, resolution, type TabProps, useTabAnswer, xWindow } from './dashboard-tab.js';

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
  if (useTabAnswer(state, live, onShown)) return <NoData id={id} />;
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
