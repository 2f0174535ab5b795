/**
 * A raw snapshot: the counters read from /proc and /sys at one instant, lossless and unconverted
 * (jiffies, sectors, bytes, packets, kB). A section is absent when the machine does not provide it.
 */

/** /proc/stat CPU fields, in the kernel's order; a CPU's counters are jiffies in this order. */
export const CPU_FIELDS = [
  'user',
  'nice',
  'system',
  'idle',
  'iowait',
  'irq',
  'softirq',
  'steal',
  'guest',
  'guest_nice',
] as const;
export type CpuCounters = readonly number[];

export interface StatCounters {
  readonly cpu: CpuCounters;
  /** Per CPU, keyed by its name in /proc/stat (`cpu0`…); an offline CPU is absent. */
  readonly cpus: Readonly<Record<string, CpuCounters>>;
  readonly ctxt: number;
  readonly intr: number;
  readonly processes: number;
  readonly procs_running: number;
  readonly procs_blocked: number;
  readonly btime: number;
}

/**
 * /proc/diskstats fields after the device name, in the kernel's order: reads, reads merged, sectors read,
 * read ms, writes, writes merged, sectors written, write ms, I/Os in flight, io ms, weighted io ms, then
 * (kernel 4.18+) discards, discards merged, sectors discarded, discard ms, and (5.5+) flushes, flush ms.
 */
export type DiskCounters = readonly number[];
export const DISK_FIELD = {
  reads: 0,
  sectorsRead: 2,
  readMs: 3,
  writes: 4,
  sectorsWritten: 6,
  writeMs: 7,
  ioMs: 9,
} as const;

/**
 * /proc/net/dev fields after the interface name: rx bytes, packets, errs, drop, fifo, frame, compressed,
 * multicast, then tx bytes, packets, errs, drop, fifo, colls, carrier, compressed.
 */
export type NetCounters = readonly number[];
export const NET_FIELD = {
  rxBytes: 0,
  rxPackets: 1,
  rxErrors: 2,
  rxDrops: 3,
  txBytes: 8,
  txPackets: 9,
  txErrors: 10,
  txDrops: 11,
} as const;

/** A mounted filesystem's statfs figures, in bytes and inodes. */
export interface FsStat {
  readonly mount: string;
  readonly fstype: string;
  readonly source: string;
  readonly size: number;
  readonly free: number;
  readonly avail: number;
  readonly files: number;
  readonly files_free: number;
}

/** The /proc/meminfo lines a snapshot keeps: what derivation uses, and what explains it. */
export const MEMINFO_KEYS = [
  'MemTotal',
  'MemFree',
  'MemAvailable',
  'Buffers',
  'Cached',
  'SwapCached',
  'Active',
  'Inactive',
  'SwapTotal',
  'SwapFree',
  'Dirty',
  'Writeback',
  'AnonPages',
  'Mapped',
  'Shmem',
  'Slab',
  'SReclaimable',
] as const;

export type LoadAvg = readonly [number, number, number];

export interface RawSnapshot {
  /** Wall-clock time of the reading, unix milliseconds. */
  readonly time: number;
  /** Monotonic clock of the reading, milliseconds; rates use its difference when both snapshots have it. */
  readonly mono?: number;
  readonly stat?: StatCounters;
  /** /proc/meminfo values in kB, keyed as the kernel names them: the MEMINFO_KEYS the machine has. */
  readonly meminfo?: Readonly<Record<string, number>>;
  readonly loadavg?: LoadAvg;
  /** Block devices that have done I/O since boot (a device whose counters are all zero is left out). */
  readonly diskstats?: Readonly<Record<string, DiskCounters>>;
  readonly netdev?: Readonly<Record<string, NetCounters>>;
  readonly filesystems?: readonly FsStat[];
  /** Degrees Celsius keyed by sensor (`thermal_zone0/x86_pkg_temp`, `coretemp/Core 0`…). */
  readonly temperatures?: Readonly<Record<string, number>>;
}
