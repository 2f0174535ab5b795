import type { DeviceKind } from '@perfanalysis/shared/device-kinds';
import type { Columns } from '../api/types.js';
import type { LineSpec } from '../charts/series-builders.js';
import type { TimeChartProps } from '../charts/time-chart.js';

/**
 * The dashboard's charts as data: each panel's title, unit, lines and when it is shown. The Overview is a list
 * of panels; Host Utilization a list of sections of panels. dashboard-panel-chart.tsx draws one panel, and
 * the pages ask for exactly the metrics their panels name.
 */

/** What a panel is drawn from: the host's answer, and each device kind's answer that has devices. */
export interface PanelData {
  readonly host: Readonly<Record<string, Columns>>;
  readonly devices: Partial<Record<DeviceKind, Readonly<Record<string, Readonly<Record<string, Columns>>>>>>;
}

/** A panel's lines: some host metrics, or one metric per device of a kind (then shown when it has devices). */
export type PanelLines =
  | {
      readonly host: readonly (LineSpec | string)[];
      /** Lines that are null or zero throughout are left out, but for these labels. */
      readonly withoutFlat?: readonly string[];
    }
  | {
      readonly kind: DeviceKind;
      readonly metric: string;
      /** Busy = 100 − idle, per device. */
      readonly busyFromIdle?: true;
    };

/** A panel: how its chart looks (title, unit, yMax, stacked, bands: false for none), its lines, when shown. */
export interface Panel extends Pick<TimeChartProps, 'title' | 'unit' | 'yMax' | 'stacked' | 'bands'> {
  readonly lines: PanelLines;
  /** Shown only when this holds (besides a device panel's kind having devices). */
  readonly when?: (data: PanelData) => boolean;
}

/** A Host Utilization section: shown when one of its panels is; its note counts the devices of a kind. */
export interface PanelSection {
  readonly title: string;
  readonly note?: { readonly kind: DeviceKind; readonly unit: string; readonly none?: string };
  readonly panels: readonly Panel[];
}

const varies = (column: Columns | undefined) => column?.mean.some((v) => v !== null && v !== 0) === true;
const GREY = '#8a94a3';

const perDevice = (kind: DeviceKind, title: string, unit: string, metric: string, yMax?: number): Panel => ({
  title,
  unit,
  lines: { kind, metric },
  ...(yMax === undefined ? {} : { yMax }),
});

export const OVERVIEW_PANELS: readonly Panel[] = [
  {
    title: 'CPU',
    unit: '%',
    stacked: true,
    yMax: 100,
    lines: {
      host: [
        'cpu_user',
        'cpu_nice',
        'cpu_system',
        'cpu_irq',
        'cpu_softirq',
        'cpu_iowait',
        'cpu_steal',
        'cpu_guest',
        'cpu_guest_nice',
      ],
      withoutFlat: ['user', 'system', 'iowait', 'steal'],
    },
  },
  {
    title: 'Memory',
    unit: 'MB',
    bands: false,
    lines: {
      host: [
        'mem_used',
        'mem_cached',
        'mem_buffers',
        { metric: 'mem_available', dash: [4, 3] },
        { metric: 'mem_total', color: GREY, dash: [2, 3] },
      ],
    },
  },
  { title: 'Disk throughput', unit: 'bytes/s', lines: { host: ['disk_read_bytes', 'disk_write_bytes'] } },
  { title: 'Disk IOPS', unit: 'ops/s', lines: { host: ['disk_read_ops', 'disk_write_ops'] } },
  {
    title: 'Network throughput',
    unit: 'bytes/s',
    lines: {
      host: [
        { metric: 'net_rx_bytes', label: 'received' },
        { metric: 'net_tx_bytes', label: 'sent' },
      ],
    },
  },
  {
    title: 'Network packets',
    unit: 'pkt/s',
    lines: {
      host: [
        { metric: 'net_rx_packets', label: 'received' },
        { metric: 'net_tx_packets', label: 'sent' },
      ],
    },
  },
];

export const HOST_SECTIONS: readonly PanelSection[] = [
  {
    title: 'System',
    panels: [
      { title: 'Load average', unit: '', bands: false, lines: { host: ['load_1m', 'load_5m', 'load_15m'] } },
      { title: 'Processes', unit: '', lines: { host: ['procs_running', 'procs_blocked'] } },
      {
        title: 'Context switches and interrupts',
        unit: '/s',
        lines: { host: ['ctx_switches', 'interrupts'] },
      },
      {
        title: 'Swap',
        unit: 'MB',
        bands: false,
        lines: {
          host: [
            { metric: 'swap_used', label: 'used' },
            { metric: 'swap_total', label: 'total', color: GREY, dash: [2, 3] },
          ],
        },
        // A machine without swap gets no Swap chart (two flat zero lines say nothing).
        when: ({ host }) => host.swap_total?.mean.some((v) => v !== null && v > 0) === true,
      },
    ],
  },
  {
    title: 'CPUs',
    note: { kind: 'cpus', unit: 'CPUs' },
    panels: [
      {
        title: 'Busy per CPU',
        unit: '%',
        yMax: 100,
        lines: { kind: 'cpus', metric: 'idle', busyFromIdle: true },
      },
    ],
  },
  {
    title: 'Disks',
    note: { kind: 'disks', unit: 'disks', none: 'no per-disk data' },
    panels: [
      {
        title: 'Busiest disk utilisation',
        unit: '%',
        yMax: 100,
        lines: { host: [{ metric: 'disk_util', label: 'busiest disk' }] },
      },
      perDevice('disks', 'Utilisation per disk', '%', 'util', 100),
      perDevice('disks', 'Read throughput per disk', 'bytes/s', 'read_bytes'),
      perDevice('disks', 'Write throughput per disk', 'bytes/s', 'write_bytes'),
      perDevice('disks', 'Read IOPS per disk', 'ops/s', 'read_ops'),
      perDevice('disks', 'Write IOPS per disk', 'ops/s', 'write_ops'),
      perDevice('disks', 'Await per disk', 'ms', 'await_ms'),
    ],
  },
  {
    title: 'Network interfaces',
    note: { kind: 'nets', unit: 'interfaces' },
    panels: [
      perDevice('nets', 'Received per interface', 'bytes/s', 'rx_bytes'),
      perDevice('nets', 'Sent per interface', 'bytes/s', 'tx_bytes'),
      perDevice('nets', 'Packets received per interface', 'pkt/s', 'rx_packets'),
      perDevice('nets', 'Packets sent per interface', 'pkt/s', 'tx_packets'),
      {
        title: 'Network errors and drops',
        unit: '/s',
        lines: {
          host: [
            { metric: 'net_rx_errors', label: 'rx errors' },
            { metric: 'net_tx_errors', label: 'tx errors' },
            { metric: 'net_rx_drops', label: 'rx drops' },
            { metric: 'net_tx_drops', label: 'tx drops' },
          ],
        },
      },
    ],
  },
  {
    title: 'Filesystems',
    note: { kind: 'filesystems', unit: 'mounted' },
    panels: [perDevice('filesystems', 'Used per filesystem', '%', 'used_pct', 100)],
  },
  {
    title: 'Temperature',
    panels: [
      perDevice('temperatures', 'Temperature per sensor', '°C', 'celsius'),
      // Without per-sensor data: the hottest sensor, when it says something.
      {
        title: 'Temperature',
        unit: '°C',
        lines: { host: [{ metric: 'temperature', label: 'hottest sensor' }] },
        when: ({ host, devices }) => !devices.temperatures && varies(host.temperature),
      },
    ],
  },
  {
    title: 'Containers',
    note: { kind: 'containers', unit: 'containers' },
    panels: [
      perDevice('containers', 'CPU per container', '%', 'cpu_percent'),
      perDevice('containers', 'Memory per container', 'MB', 'mem_usage_mb'),
      perDevice('containers', 'Block reads per container', 'bytes/s', 'blk_read_bytes'),
      perDevice('containers', 'Block writes per container', 'bytes/s', 'blk_write_bytes'),
    ],
  },
];

/** The host metrics some panels draw, each once. */
export function hostMetricsOf(panels: readonly Panel[]): string[] {
  const names = panels.flatMap(({ lines }) =>
    'host' in lines ? lines.host.map((line) => (typeof line === 'string' ? line : line.metric)) : [],
  );
  return [...new Set(names)];
}

/** The metrics some panels draw per device, by kind, each once; only the kinds they draw. */
export function deviceMetricsOf(panels: readonly Panel[]): Partial<Record<DeviceKind, string[]>> {
  const out: Partial<Record<DeviceKind, string[]>> = {};
  for (const { lines } of panels)
    if ('kind' in lines) {
      const metrics = out[lines.kind] ?? [];
      if (!metrics.includes(lines.metric)) metrics.push(lines.metric);
      out[lines.kind] = metrics;
    }
  return out;
}
