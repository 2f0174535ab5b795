import type {
  ContainerMetrics,
  CpuMetrics,
  DiskMetrics,
  FsMetrics,
  HostMetrics,
  NetMetrics,
  TemperatureMetrics,
} from './columns.js';

export type CpuSample = { readonly cpu: string } & CpuMetrics;
export type DiskSample = { readonly device: string } & DiskMetrics;
export type NetSample = { readonly iface: string } & NetMetrics;
export type FsSample = {
  readonly mount: string;
  readonly fstype: string;
  readonly source: string;
} & FsMetrics;
export type TemperatureSample = { readonly sensor: string } & TemperatureMetrics;
export type ContainerSample = {
  readonly container_id: string;
  readonly container_name: string;
} & ContainerMetrics;

/** The derived metrics of one interval: host-level totals (host.csv's columns) plus per-device detail. */
export type Sample = HostMetrics & {
  /** End of the interval, unix milliseconds. */
  readonly timestamp: number;
  /** Measured length of the interval, seconds. */
  readonly interval: number;
  readonly cpus: readonly CpuSample[];
  readonly disks: readonly DiskSample[];
  readonly nets: readonly NetSample[];
  readonly filesystems: readonly FsSample[];
  readonly temperatures: readonly TemperatureSample[];
  /** Containers present at both ends of the interval; empty where there are none. */
  readonly containers: readonly ContainerSample[];
};

/** What the agent tells about the machine it runs on: the capture header and the registration body. */
export interface HostInfo {
  readonly hostname: string;
  readonly os_name: string;
  readonly os_version: string;
  readonly kernel: string;
  readonly arch: string;
  readonly cpu_vendor: string;
  readonly cpu_model: string;
  readonly cpu_count: number;
  readonly mem_total_mb: number;
  readonly ip_addresses: readonly string[];
  readonly storage_gb: number;
}
