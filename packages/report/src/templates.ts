import type { HostMetricName } from '@perfanalysis/shared';
import { CHARTS, DEFAULT_CHARTS } from '@perfanalysis/shared/compare-charts';

/** One line of a panel: a host metric, as the dashboard draws it. */
export interface LineSpec {
  readonly metric: HostMetricName;
  readonly label?: string;
  readonly color?: string;
  readonly dash?: readonly number[];
}

/** One chart of a template: like a TimeChart of the dashboard's overview. */
export interface PanelSpec {
  readonly title: string;
  readonly unit: string;
  readonly lines: readonly LineSpec[];
  /** Stacked areas (the CPU breakdown); no min–max bands then. */
  readonly stacked?: boolean;
  readonly yMax?: number;
  /** Min–max bands where a point stands for several samples (default true; never when stacked). */
  readonly bands?: boolean;
  /** Lines drawn even when they are zero or missing throughout (otherwise left out). */
  readonly keep?: readonly string[];
}

export interface Template {
  /** The PNG's file name, and the HTML section's id without ".png". */
  readonly file: 'cpu.png' | 'memory.png' | 'network.png' | 'disk.png' | 'summary.png';
  readonly title: string;
  readonly panels: readonly PanelSpec[];
  /** Adds the headline percentiles (summary). */
  readonly headline?: boolean;
}

export const PNG_WIDTH = 1200;
/** Pixels above the first panel (the template's title), of each panel, and of the headline block. */
export const HEADER_HEIGHT = 60;
export const PANEL_HEIGHT = 280;
export const HEADLINE_HEIGHT = 160;

/** A template's PNG height: its title, its panels and, for the summary, the headline percentiles. */
export const pngHeight = (template: Template): number =>
  HEADER_HEIGHT + template.panels.length * PANEL_HEIGHT + (template.headline ? HEADLINE_HEIGHT : 0);

const CPU_LINES: readonly LineSpec[] = [
  'cpu_user',
  'cpu_nice',
  'cpu_system',
  'cpu_irq',
  'cpu_softirq',
  'cpu_iowait',
  'cpu_steal',
  'cpu_guest',
  'cpu_guest_nice',
].map((metric) => ({ metric: metric as HostMetricName }));

const CPU: PanelSpec = {
  title: 'CPU',
  unit: '%',
  stacked: true,
  yMax: 100,
  lines: CPU_LINES,
  keep: ['user', 'system', 'iowait', 'steal'],
};
const MEMORY: PanelSpec = {
  title: 'Memory',
  unit: 'MB',
  bands: false,
  lines: [
    { metric: 'mem_used' },
    { metric: 'mem_cached' },
    { metric: 'mem_buffers' },
    { metric: 'mem_available', dash: [4, 3] },
    { metric: 'mem_total', color: '#8a94a3', dash: [2, 3] },
  ],
};
const DISK_THROUGHPUT: PanelSpec = {
  title: 'Disk throughput',
  unit: 'bytes/s',
  lines: [{ metric: 'disk_read_bytes' }, { metric: 'disk_write_bytes' }],
};
const NET_THROUGHPUT: PanelSpec = {
  title: 'Network throughput',
  unit: 'bytes/s',
  lines: [
    { metric: 'net_rx_bytes', label: 'received' },
    { metric: 'net_tx_bytes', label: 'sent' },
  ],
};
const LOAD: PanelSpec = {
  title: 'Load average',
  unit: '',
  lines: [{ metric: 'load_1m' }, { metric: 'load_5m' }, { metric: 'load_15m' }],
};

/** The user guide's templates: CPU usage, memory usage, network traffic, disk I/O and a system summary. */
export const TEMPLATES: readonly Template[] = [
  { file: 'cpu.png', title: 'CPU usage', panels: [CPU, LOAD] },
  {
    file: 'memory.png',
    title: 'Memory usage',
    panels: [
      MEMORY,
      {
        title: 'Swap',
        unit: 'MB',
        bands: false,
        lines: [{ metric: 'swap_used' }, { metric: 'swap_total', color: '#8a94a3', dash: [2, 3] }],
      },
    ],
  },
  {
    file: 'network.png',
    title: 'Network traffic',
    panels: [
      NET_THROUGHPUT,
      {
        title: 'Network packets',
        unit: 'pkt/s',
        lines: [
          { metric: 'net_rx_packets', label: 'received' },
          { metric: 'net_tx_packets', label: 'sent' },
        ],
      },
      {
        title: 'Network errors and drops',
        unit: '/s',
        lines: [
          { metric: 'net_rx_errors' },
          { metric: 'net_tx_errors' },
          { metric: 'net_rx_drops' },
          { metric: 'net_tx_drops' },
        ],
        keep: ['rx errors', 'tx errors', 'rx drops', 'tx drops'],
      },
    ],
  },
  {
    file: 'disk.png',
    title: 'Disk I/O',
    panels: [
      DISK_THROUGHPUT,
      {
        title: 'Disk IOPS',
        unit: 'ops/s',
        lines: [{ metric: 'disk_read_ops' }, { metric: 'disk_write_ops' }],
      },
      { title: 'Busiest disk', unit: '%', yMax: 100, lines: [{ metric: 'disk_util', label: 'busy' }] },
    ],
  },
  {
    file: 'summary.png',
    title: 'System summary',
    panels: [CPU, MEMORY, DISK_THROUGHPUT, NET_THROUGHPUT, LOAD],
    headline: true,
  },
];

/** The headline percentiles of the summary: the metrics a reader looks at first. */
export const HEADLINE_METRICS: readonly HostMetricName[] = [
  'cpu_user',
  'cpu_system',
  'cpu_iowait',
  'mem_used',
  'disk_read_bytes',
  'disk_write_bytes',
  'net_rx_bytes',
  'net_tx_bytes',
  'load_1m',
];

/** The comparison's charts: the Compare page's default ones, runs overlaid, two to a row. */
export const COMPARE_CHARTS = CHARTS.filter((c) => DEFAULT_CHARTS.includes(c.key));
export const COMPARE_PANEL_HEIGHT = 240;
export const compareHeight = (): number =>
  HEADER_HEIGHT + 24 + Math.ceil(COMPARE_CHARTS.length / 2) * COMPARE_PANEL_HEIGHT;

/** Every metric a template or the comparison draws: what the series of a report are read for. */
export const CHART_METRICS: readonly HostMetricName[] = [
  ...new Set([
    ...TEMPLATES.flatMap((t) => t.panels.flatMap((p) => p.lines.map((l) => l.metric))),
    ...COMPARE_CHARTS.map((c) => c.metric as HostMetricName),
  ]),
];
