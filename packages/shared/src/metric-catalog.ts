import {
  CONTAINER_METRICS,
  type Column,
  CPU_METRICS,
  DISK_METRICS,
  FS_METRICS,
  HOST_METRICS,
  NET_METRICS,
  TEMPERATURE_METRICS,
} from './columns.js';
import type { DeviceKind } from './device-kinds.js';

/** Units and descriptions of every metric the API can return, from the shared vocabulary. */

const HOST = new Map<string, Column>(HOST_METRICS.map((c) => [c.name, c]));
const DEVICE: Record<DeviceKind, ReadonlyMap<string, Column>> = {
  cpus: new Map(CPU_METRICS.map((c) => [c.name, c])),
  disks: new Map(DISK_METRICS.map((c) => [c.name, c])),
  nets: new Map(NET_METRICS.map((c) => [c.name, c])),
  filesystems: new Map(FS_METRICS.map((c) => [c.name, c])),
  temperatures: new Map(TEMPERATURE_METRICS.map((c) => [c.name, c])),
  containers: new Map(CONTAINER_METRICS.map((c) => [c.name, c])),
};

export const HOST_METRIC_NAMES: readonly string[] = HOST_METRICS.map((c) => c.name);

export function hostMetric(name: string): Column {
  return HOST.get(name) ?? unknown(name);
}

export function deviceMetric(kind: DeviceKind, name: string): Column {
  return DEVICE[kind].get(name) ?? unknown(name);
}

/** A metric this version does not know (a newer server's): no unit, any value. */
const unknown = (name: string): Column => ({
  name,
  unit: '',
  range: { min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY },
  description: name,
});

/** A short, human label for a host metric: "cpu_user" → "user", "disk_read_bytes" → "read". */
export function shortLabel(name: string): string {
  const overrides: Record<string, string> = {
    mem_used: 'used',
    mem_available: 'available',
    mem_total: 'total',
    mem_cached: 'cached',
    mem_buffers: 'buffers',
    mem_free: 'free',
    load_1m: '1 min',
    load_5m: '5 min',
    load_15m: '15 min',
    ctx_switches: 'context switches',
    procs_running: 'running',
    procs_blocked: 'blocked',
  };
  const override = overrides[name];
  if (override) return override;
  return name
    .replace(/^(cpu|mem|disk|net|swap)_/, '')
    .replace(/_(bytes|ops|packets)$/, '')
    .replace(/_/g, ' ');
}

/** The group a host metric belongs to in the utilisation table. */
export function metricGroup(name: string): string {
  if (name.startsWith('cpu_')) return 'CPU';
  if (name.startsWith('mem_') || name.startsWith('swap_')) return 'Memory';
  if (name.startsWith('disk_')) return 'Disk';
  if (name.startsWith('net_')) return 'Network';
  if (name === 'temperature') return 'Temperature';
  return 'System';
}

export const GROUP_ORDER = ['CPU', 'Memory', 'Disk', 'Network', 'System', 'Temperature'] as const;
