/** The charts of a comparison (the Compare page and the comparison report): one metric each, runs overlaid. */
export interface ChartDef {
  readonly key: string;
  readonly title: string;
  readonly unit: string;
  readonly metric: string;
  readonly busy?: boolean;
  readonly yMax?: number;
}

export const CHARTS: readonly ChartDef[] = [
  { key: 'cpu_busy', title: 'CPU busy (100 − idle)', unit: '%', metric: 'cpu_idle', busy: true, yMax: 100 },
  { key: 'cpu_user', title: 'CPU user', unit: '%', metric: 'cpu_user' },
  { key: 'cpu_system', title: 'CPU system', unit: '%', metric: 'cpu_system' },
  { key: 'cpu_iowait', title: 'CPU I/O wait', unit: '%', metric: 'cpu_iowait' },
  { key: 'cpu_steal', title: 'CPU steal', unit: '%', metric: 'cpu_steal' },
  { key: 'load_1m', title: 'Load average, 1 min', unit: '', metric: 'load_1m' },
  { key: 'mem_used', title: 'Memory used', unit: 'MB', metric: 'mem_used' },
  { key: 'disk_read_bytes', title: 'Disk read', unit: 'bytes/s', metric: 'disk_read_bytes' },
  { key: 'disk_write_bytes', title: 'Disk write', unit: 'bytes/s', metric: 'disk_write_bytes' },
  { key: 'disk_read_ops', title: 'Disk read IOPS', unit: 'ops/s', metric: 'disk_read_ops' },
  { key: 'disk_write_ops', title: 'Disk write IOPS', unit: 'ops/s', metric: 'disk_write_ops' },
  { key: 'disk_util', title: 'Busiest disk utilisation', unit: '%', metric: 'disk_util', yMax: 100 },
  { key: 'net_rx_bytes', title: 'Network received', unit: 'bytes/s', metric: 'net_rx_bytes' },
  { key: 'net_tx_bytes', title: 'Network sent', unit: 'bytes/s', metric: 'net_tx_bytes' },
  { key: 'ctx_switches', title: 'Context switches', unit: '/s', metric: 'ctx_switches' },
];
export const DEFAULT_CHARTS = [
  'cpu_busy',
  'cpu_user',
  'cpu_system',
  'cpu_iowait',
  'mem_used',
  'load_1m',
  'disk_write_bytes',
  'disk_read_bytes',
  'net_rx_bytes',
  'net_tx_bytes',
];
