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

/** The `cpu.stat` counters a container snapshot keeps, microseconds, in this order. */
export const CGROUP_CPU_FIELDS = ['usage_usec', 'user_usec', 'system_usec'] as const;
/** The `io.stat` counters a container snapshot keeps, summed over the devices, in this order. */
export const CGROUP_IO_FIELDS = ['rbytes', 'wbytes', 'rios', 'wios'] as const;
/**
 * The `memory.stat` keys a container snapshot keeps, bytes: anon (RSS), file (page cache), inactive_file
 * (what docker and cAdvisor subtract for the working set), and what explains them.
 */
export const CGROUP_MEMORY_STAT_KEYS = [
  'anon',
  'file',
  'kernel',
  'shmem',
  'file_mapped',
  'active_file',
  'inactive_file',
] as const;

/**
 * A container's cgroup counters as cgroup v2 names them (a v1 host's are read into the same fields), and the
 * network counters of one of its processes. A field is absent when its file is missing (a controller not
 * enabled for the cgroup, or on v1 not mounted).
 */
export interface ContainerCounters {
  /** The name resolved by the agent (docker's, without the slash), else one made from the cgroup's name. */
  readonly name: string;
  /** Which runtime made the cgroup: docker, podman, containerd, cri-o or kubernetes. */
  readonly runtime: string;
  /** The cgroup's path below the cgroup root, `/system.slice/docker-<id>.scope`. */
  readonly cgroup: string;
  /** cpu.stat, CGROUP_CPU_FIELDS in order. */
  readonly cpu?: readonly number[];
  /** memory.current, bytes. */
  readonly memory_current?: number;
  /** memory.max, bytes; null when it is `max` (no limit). */
  readonly memory_max?: number | null;
  /** memory.stat, the CGROUP_MEMORY_STAT_KEYS the kernel has. */
  readonly memory_stat?: Readonly<Record<string, number>>;
  /** io.stat, CGROUP_IO_FIELDS in order, summed over the devices. */
  readonly io?: readonly number[];
  /** pids.current. */
  readonly pids?: number;
  /** /proc/<pid>/net/dev of a process in the container, summed over its interfaces but lo (see NET_FIELD). */
  readonly net?: NetCounters;
}

export interface RawSnapshot {
  /** Wall-clock time of the reading, unix milliseconds. */
  readonly time: number;
  /** 32 on a 32-bit kernel, whose `unsigned long` counters wrap at 2³²; absent on a 64-bit one. */
  readonly kernel_bits?: 32;
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
  /**
   * Each CPU's current clock in MHz, keyed as /proc/stat names the CPU (`cpu0`): cpufreq's scaling_cur_freq,
   * else /proc/cpuinfo's `cpu MHz`; a CPU with neither is left out, and the field is absent when none has one.
   */
  readonly cpu_mhz?: Readonly<Record<string, number>>;
  /** Degrees Celsius keyed by sensor (`thermal_zone0/x86_pkg_temp`, `coretemp/Core 0`…). */
  readonly temperatures?: Readonly<Record<string, number>>;
  /** Containers found through cgroup v2 or v1, keyed by their full id. */
  readonly containers?: Readonly<Record<string, ContainerCounters>>;
}
