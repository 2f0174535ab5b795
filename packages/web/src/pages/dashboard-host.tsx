import type { DeviceKind } from '@perfanalysis/shared/metric-catalog';
import type { ComponentChildren } from 'preact';
import { api } from '../api/client.js';
import type { DeviceSeriesAnswer, SeriesAnswer } from '../api/types.js';
import { linesFrom, perDevice, withoutFlat } from '../charts/series-builders.js';
import { TimeChart } from '../charts/time-chart.js';
import { ErrorNote, Loading } from '../components/feedback.js';
import { chartPoints, useLiveRefresh } from '../live.js';
import { type AsyncState, useAsync } from '../use-async.js';
import { NoData, resolution, type TabProps, useShown, xWindow } from './dashboard-tab.js';

const HOST = [
  'load_1m',
  'load_5m',
  'load_15m',
  'procs_running',
  'procs_blocked',
  'ctx_switches',
  'interrupts',
  'mem_free',
  'swap_used',
  'swap_total',
  'disk_util',
  'net_rx_errors',
  'net_tx_errors',
  'net_rx_drops',
  'net_tx_drops',
  'temperature',
];

const DEVICE_METRICS: Record<DeviceKind, string[]> = {
  cpus: ['idle'],
  disks: ['read_bytes', 'write_bytes', 'read_ops', 'write_ops', 'util', 'await_ms'],
  nets: ['rx_bytes', 'tx_bytes', 'rx_packets', 'tx_packets'],
  filesystems: ['used_pct'],
  temperatures: ['celsius'],
  containers: ['cpu_percent', 'mem_usage_mb', 'blk_read_bytes', 'blk_write_bytes'],
};

function useDevices(kind: DeviceKind, { id, params, live }: TabProps, points: number) {
  const state = useAsync(
    (signal) =>
      api<DeviceSeriesAnswer>(`/api/v1/collectors/${id}/devices/${kind}/series/`, {
        query: { ...params, points, metrics: DEVICE_METRICS[kind].join(',') },
        signal,
      }),
    [id, kind, JSON.stringify(params), points],
  );
  useLiveRefresh(live || (state.status === 404 && !('start' in params)), state.reload);
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
        query: { ...params, points, metrics: HOST.join(',') },
        signal,
      }),
    [id, JSON.stringify(params), points],
  );
  // Live, or waiting for a first sample: look again every few seconds.
  useLiveRefresh(live || (host.status === 404 && !('start' in params)), host.reload);
  useShown(host.data, onShown);
  const cpus = useDevices('cpus', props, points);
  const disks = useDevices('disks', props, points);
  const nets = useDevices('nets', props, points);
  const filesystems = useDevices('filesystems', props, points);
  const temperatures = useDevices('temperatures', props, points);
  const containers = useDevices('containers', props, points);

  if (host.status === 404) return <NoData id={id} zoomed={'start' in params} />;
  if (!host.data)
    return host.error ? (
      <ErrorNote message={host.error} onRetry={() => host.reload()} />
    ) : (
      <Loading what="Loading charts" />
    );
  const answer = host.data;
  const common = {
    time: answer.time,
    xRange: xWindow(answer),
    onZoom,
    syncKey,
    regions,
    subtitle: resolution(answer),
  };
  const s = answer.series;
  // A machine without swap gets no Swap chart (two flat zero lines say nothing).
  const hasSwap = s.swap_total?.mean.some((v) => v !== null && v > 0) === true;
  const device = (state: AsyncState<DeviceSeriesAnswer>) => {
    const data = state.data;
    if (!data || Object.keys(data.devices).length === 0) return undefined;
    return { data, common: { ...common, time: data.time, xRange: xWindow(data) } };
  };
  const cpu = device(cpus);
  const disk = device(disks);
  const net = device(nets);
  const fs = device(filesystems);
  const temp = device(temperatures);
  const cont = device(containers);
  const temperatureLine = withoutFlat(linesFrom(s, [{ metric: 'temperature', label: 'hottest sensor' }]));
  const count = (d: { data: DeviceSeriesAnswer } | undefined) => Object.keys(d?.data.devices ?? {}).length;

  return (
    <div data-testid="host-utilisation">
      <Section title="System">
        <TimeChart
          {...common}
          title="Load average"
          unit=""
          series={linesFrom(s, ['load_1m', 'load_5m', 'load_15m'])}
          bands={false}
        />
        <TimeChart
          {...common}
          title="Processes"
          unit=""
          series={linesFrom(s, ['procs_running', 'procs_blocked'])}
        />
        <TimeChart
          {...common}
          title="Context switches and interrupts"
          unit="/s"
          series={linesFrom(s, ['ctx_switches', 'interrupts'])}
        />
        {hasSwap && (
          <TimeChart
            {...common}
            title="Swap"
            unit="MB"
            series={linesFrom(s, [
              { metric: 'swap_used', label: 'used' },
              { metric: 'swap_total', label: 'total', color: '#8a94a3', dash: [2, 3] },
            ])}
            bands={false}
          />
        )}
      </Section>
      {cpu && (
        <Section title="CPUs" note={`${count(cpu)} CPUs`}>
          <TimeChart
            {...cpu.common}
            title="Busy per CPU"
            unit="%"
            yMax={100}
            series={perDevice(cpu.data.devices, 'idle', (idle) => 100 - idle, true)}
          />
        </Section>
      )}
      <Section title="Disks" note={disk ? `${count(disk)} disks` : 'no per-disk data'}>
        <TimeChart
          {...common}
          title="Busiest disk utilisation"
          unit="%"
          yMax={100}
          series={linesFrom(s, [{ metric: 'disk_util', label: 'busiest disk' }])}
        />
        {disk && (
          <>
            <TimeChart
              {...disk.common}
              title="Utilisation per disk"
              unit="%"
              yMax={100}
              series={perDevice(disk.data.devices, 'util')}
            />
            <TimeChart
              {...disk.common}
              title="Read throughput per disk"
              unit="bytes/s"
              series={perDevice(disk.data.devices, 'read_bytes')}
            />
            <TimeChart
              {...disk.common}
              title="Write throughput per disk"
              unit="bytes/s"
              series={perDevice(disk.data.devices, 'write_bytes')}
            />
            <TimeChart
              {...disk.common}
              title="Read IOPS per disk"
              unit="ops/s"
              series={perDevice(disk.data.devices, 'read_ops')}
            />
            <TimeChart
              {...disk.common}
              title="Write IOPS per disk"
              unit="ops/s"
              series={perDevice(disk.data.devices, 'write_ops')}
            />
            <TimeChart
              {...disk.common}
              title="Await per disk"
              unit="ms"
              series={perDevice(disk.data.devices, 'await_ms')}
            />
          </>
        )}
      </Section>
      <Section title="Network interfaces" note={net ? `${count(net)} interfaces` : undefined}>
        {net && (
          <>
            <TimeChart
              {...net.common}
              title="Received per interface"
              unit="bytes/s"
              series={perDevice(net.data.devices, 'rx_bytes')}
            />
            <TimeChart
              {...net.common}
              title="Sent per interface"
              unit="bytes/s"
              series={perDevice(net.data.devices, 'tx_bytes')}
            />
            <TimeChart
              {...net.common}
              title="Packets received per interface"
              unit="pkt/s"
              series={perDevice(net.data.devices, 'rx_packets')}
            />
            <TimeChart
              {...net.common}
              title="Packets sent per interface"
              unit="pkt/s"
              series={perDevice(net.data.devices, 'tx_packets')}
            />
          </>
        )}
        <TimeChart
          {...common}
          title="Network errors and drops"
          unit="/s"
          series={linesFrom(s, [
            { metric: 'net_rx_errors', label: 'rx errors' },
            { metric: 'net_tx_errors', label: 'tx errors' },
            { metric: 'net_rx_drops', label: 'rx drops' },
            { metric: 'net_tx_drops', label: 'tx drops' },
          ])}
        />
      </Section>
      {fs && (
        <Section title="Filesystems" note={`${count(fs)} mounted`}>
          <TimeChart
            {...fs.common}
            title="Used per filesystem"
            unit="%"
            yMax={100}
            series={perDevice(fs.data.devices, 'used_pct')}
          />
        </Section>
      )}
      {(temp || temperatureLine.length > 0) && (
        <Section title="Temperature">
          {temp ? (
            <TimeChart
              {...temp.common}
              title="Temperature per sensor"
              unit="°C"
              series={perDevice(temp.data.devices, 'celsius')}
            />
          ) : (
            <TimeChart {...common} title="Temperature" unit="°C" series={temperatureLine} />
          )}
        </Section>
      )}
      {cont && (
        <Section title="Containers" note={`${count(cont)} containers`}>
          <TimeChart
            {...cont.common}
            title="CPU per container"
            unit="%"
            series={perDevice(cont.data.devices, 'cpu_percent')}
          />
          <TimeChart
            {...cont.common}
            title="Memory per container"
            unit="MB"
            series={perDevice(cont.data.devices, 'mem_usage_mb')}
          />
          <TimeChart
            {...cont.common}
            title="Block reads per container"
            unit="bytes/s"
            series={perDevice(cont.data.devices, 'blk_read_bytes')}
          />
          <TimeChart
            {...cont.common}
            title="Block writes per container"
            unit="bytes/s"
            series={perDevice(cont.data.devices, 'blk_write_bytes')}
          />
        </Section>
      )}
    </div>
  );
}
