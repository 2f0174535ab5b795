import { api } from '../api/client.js';
import type { SeriesAnswer } from '../api/types.js';
import { linesFrom, withoutFlat } from '../charts/series-builders.js';
import { TimeChart } from '../charts/time-chart.js';
import { ErrorNote, Loading } from '../components/feedback.js';
import { chartPoints, useLiveRefresh } from '../live.js';
import { useAsync } from '../use-async.js';
import { NoData, resolution, type TabProps, useShown, xWindow } from './dashboard-tab.js';

const CPU = [
  'cpu_user',
  'cpu_nice',
  'cpu_system',
  'cpu_irq',
  'cpu_softirq',
  'cpu_iowait',
  'cpu_steal',
  'cpu_guest',
  'cpu_guest_nice',
];
const MEMORY = ['mem_used', 'mem_cached', 'mem_buffers', 'mem_available', 'mem_total'];
const DISK = ['disk_read_bytes', 'disk_write_bytes', 'disk_read_ops', 'disk_write_ops'];
const NET = ['net_rx_bytes', 'net_tx_bytes', 'net_rx_packets', 'net_tx_packets'];
export const OVERVIEW_METRICS = [...CPU, ...MEMORY, ...DISK, ...NET];

/** Overview: CPU (stacked by kind of time), memory, disk and network. */
export function Overview({ id, params, live, onZoom, onShown, syncKey, regions }: TabProps) {
  const points = chartPoints();
  const data = useAsync(
    (signal) =>
      api<SeriesAnswer>(`/api/v1/collectors/${id}/series/`, {
        query: { ...params, points, metrics: OVERVIEW_METRICS.join(',') },
        signal,
      }),
    [id, JSON.stringify(params), points],
  );
  // Live, or waiting for a first sample: look again every few seconds.
  useLiveRefresh(live || (data.status === 404 && !('start' in params)), data.reload);
  useShown(data.data, onShown);
  if (data.status === 404) return <NoData id={id} zoomed={'start' in params} />;
  if (!data.data)
    return data.error ? (
      <ErrorNote message={data.error} onRetry={() => data.reload()} />
    ) : (
      <Loading what="Loading charts" />
    );
  const answer = data.data;
  const common = {
    time: answer.time,
    xRange: xWindow(answer),
    onZoom,
    syncKey,
    regions,
    subtitle: resolution(answer),
  };
  const s = answer.series;
  return (
    <div class="chart-grid" data-testid="overview">
      <ErrorNote message={data.error} />
      <TimeChart
        {...common}
        title="CPU"
        unit="%"
        stacked
        yMax={100}
        series={withoutFlat(linesFrom(s, CPU), ['user', 'system', 'iowait', 'steal'])}
      />
      <TimeChart
        {...common}
        title="Memory"
        unit="MB"
        series={linesFrom(s, [
          'mem_used',
          'mem_cached',
          'mem_buffers',
          { metric: 'mem_available', dash: [4, 3] },
          { metric: 'mem_total', color: '#8a94a3', dash: [2, 3] },
        ])}
        bands={false}
      />
      <TimeChart
        {...common}
        title="Disk throughput"
        unit="bytes/s"
        series={linesFrom(s, ['disk_read_bytes', 'disk_write_bytes'])}
      />
      <TimeChart
        {...common}
        title="Disk IOPS"
        unit="ops/s"
        series={linesFrom(s, ['disk_read_ops', 'disk_write_ops'])}
      />
      <TimeChart
        {...common}
        title="Network throughput"
        unit="bytes/s"
        series={linesFrom(s, [
          { metric: 'net_rx_bytes', label: 'received' },
          { metric: 'net_tx_bytes', label: 'sent' },
        ])}
      />
      <TimeChart
        {...common}
        title="Network packets"
        unit="pkt/s"
        series={linesFrom(s, [
          { metric: 'net_rx_packets', label: 'received' },
          { metric: 'net_tx_packets', label: 'sent' },
        ])}
      />
    </div>
  );
}
