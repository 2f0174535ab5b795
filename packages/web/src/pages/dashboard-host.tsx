import type { DeviceKind } from '@perfanalysis/shared/device-kinds';
import type { ComponentChildren } from 'preact';
import { api } from '../api/client.js';
import type { DeviceSeriesAnswer, SeriesAnswer } from '../api/types.js';
import { ErrorNote, Loading } from '../components/feedback.js';
import { chartPoints, useLiveRefresh } from '../live.js';
import { useAsync } from '../use-async.js';
import { type ChartFrame, PanelChart, panelSeries } from './dashboard-panel-chart.js';
import { deviceMetricsOf, HOST_SECTIONS, hostMetricsOf, type PanelData } from './dashboard-panels.js';
import { NoData, resolution, type TabProps, useTabAnswer, xWindow } from './dashboard-tab.js';

const PANELS = HOST_SECTIONS.flatMap((section) => section.panels);
const HOST_METRICS = hostMetricsOf(PANELS).join(',');
/** The device kinds the panels draw and their metrics: one request each. */
const DEVICE_METRICS = Object.entries(deviceMetricsOf(PANELS)) as [DeviceKind, string[]][];

function useDevices(
  kind: DeviceKind,
  metrics: readonly string[],
  { id, params, live }: TabProps,
  points: number,
) {
  const state = useAsync(
    (signal) =>
      api<DeviceSeriesAnswer>(`/api/v1/collectors/${id}/devices/${kind}/series/`, {
        query: { ...params, points, metrics: metrics.join(',') },
        signal,
      }),
    [id, kind, JSON.stringify(params), points],
  );
  // Live, or waiting for a first sample: look again every few seconds.
  useLiveRefresh(live || state.data?.no_samples === true, state.reload);
  return state;
}

function Section({
  title,
  note,
  children,
}: {
  title: string;
  note?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <section class="dash-section">
      <h2>
        {title}
        {note && <span class="muted section-note">{note}</span>}
      </h2>
      <div class="chart-grid">{children}</div>
    </section>
  );
}

/** Host Utilization: per CPU, per disk, per interface, filesystems, load, temperature, containers. */
export function HostUtilisation(props: TabProps) {
  const { id, params, live, onZoom, onShown, syncKey, regions } = props;
  const points = chartPoints();
  const host = useAsync(
    (signal) =>
      api<SeriesAnswer>(`/api/v1/collectors/${id}/series/`, {
        query: { ...params, points, metrics: HOST_METRICS },
        signal,
      }),
    [id, JSON.stringify(params), points],
  );
  const waiting = useTabAnswer(host, live, onShown);
  // A fixed list, so the same hooks run in the same order on every render.
  const devices = DEVICE_METRICS.map(
    ([kind, metrics]) => [kind, useDevices(kind, metrics, props, points)] as const,
  );

  if (waiting) return <NoData id={id} />;
  if (!host.data)
    return host.error ? (
      <ErrorNote message={host.error} onRetry={() => host.reload()} />
    ) : (
      <Loading what="Loading charts" />
    );
  const answer = host.data;
  const frame: ChartFrame = {
    time: answer.time,
    xRange: xWindow(answer),
    onZoom,
    syncKey,
    regions,
    subtitle: resolution(answer),
  };
  const data: PanelData = { host: answer.series, devices: {} };
  const frames: Partial<Record<DeviceKind, ChartFrame>> = {};
  for (const [kind, state] of devices) {
    const answered = state.data;
    if (!answered || Object.keys(answered.devices).length === 0) continue;
    data.devices[kind] = answered.devices;
    frames[kind] = { ...frame, time: answered.time, xRange: xWindow(answered) };
  }

  return (
    <div data-testid="host-utilisation">
      {HOST_SECTIONS.map((section) => {
        const charts = section.panels.flatMap((panel) => {
          const series = panelSeries(panel, data);
          const shownOver = 'kind' in panel.lines ? frames[panel.lines.kind] : frame;
          return series && shownOver
            ? [<PanelChart key={panel.title} panel={panel} series={series} frame={shownOver} />]
            : [];
        });
        if (charts.length === 0) return null;
        const { note } = section;
        const count = note && Object.keys(data.devices[note.kind] ?? {}).length;
        return (
          <Section
            key={section.title}
            title={section.title}
            note={count ? `${count} ${note.unit}` : note?.none}
          >
            {charts}
          </Section>
        );
      })}
    </div>
  );
}
