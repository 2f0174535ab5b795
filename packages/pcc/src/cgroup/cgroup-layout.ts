import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CGROUP_CPU_FIELDS, CGROUP_IO_FIELDS, type ContainerCounters } from '@perfanalysis/shared';
import { parseBlkioStat } from './blkio.js';
import { parseCpuStat } from './cpu-stat.js';
import { parseCpuacctStat, parseCpuacctUsage } from './cpuacct.js';
import { parseIoStat } from './io-stat.js';
import { parseCgroupNumber, parseMemoryMax, parseMemoryStat } from './memory.js';
import { parseMemoryLimitV1, parseMemoryStatV1 } from './memory-v1.js';

/** The counters of one container as its files are read into them. */
export type CounterDraft = { -readonly [K in keyof ContainerCounters]?: ContainerCounters[K] };

/** A cgroup file a container's counters are read from, and how its text goes into them. */
export interface CounterFile {
  /** The hierarchy below the cgroup root that holds the file: '' on cgroup v2, `memory` and so on on v1. */
  readonly hierarchy: string;
  readonly name: string;
  readonly read: (text: string, counters: CounterDraft) => void;
}

/** Where a host's container counters are: one unified tree (v2), or one tree per controller (v1). */
export interface CgroupLayout {
  readonly version: 1 | 2;
  /** The hierarchy below the cgroup root whose tree is walked for containers ('' on v2). */
  readonly scan: string;
  /** The counter files, in the order a scan lists them. */
  readonly files: readonly CounterFile[];
}

const V2_FILES: readonly CounterFile[] = [
  file('', 'cpu.stat', (text, c) => {
    c.cpu = parseCpuStat(text);
  }),
  file('', 'memory.current', (text, c) => {
    c.memory_current = parseCgroupNumber(text);
  }),
  file('', 'memory.max', (text, c) => {
    c.memory_max = parseMemoryMax(text);
  }),
  file('', 'memory.stat', (text, c) => {
    c.memory_stat = parseMemoryStat(text);
  }),
  file('', 'io.stat', (text, c) => {
    c.io = parseIoStat(text);
  }),
  file('', 'pids.current', (text, c) => {
    c.pids = parseCgroupNumber(text);
  }),
];

/** v1 fields go into the v2 arrays at their v2 places, so that the derivation is the same. */
const CPU = {
  usage: CGROUP_CPU_FIELDS.indexOf('usage_usec'),
  user: CGROUP_CPU_FIELDS.indexOf('user_usec'),
  system: CGROUP_CPU_FIELDS.indexOf('system_usec'),
};
const IO = {
  rbytes: CGROUP_IO_FIELDS.indexOf('rbytes'),
  wbytes: CGROUP_IO_FIELDS.indexOf('wbytes'),
  rios: CGROUP_IO_FIELDS.indexOf('rios'),
  wios: CGROUP_IO_FIELDS.indexOf('wios'),
};

/**
 * The v1 files (kernel Documentation/admin-guide/cgroup-v1): cpuacct's usage (ns) and user/system split
 * (ticks), memory's usage, limit and stat, blkio's throttle counters (kept by every I/O scheduler, unlike the
 * CFQ-only `blkio.io_service_bytes`) and pids.current. `hierarchy` is filled in from the host's mounts.
 */
function v1Files(dirs: Readonly<Record<V1Controller, string>>): CounterFile[] {
  const cpu = (c: CounterDraft): number[] => {
    c.cpu ??= CGROUP_CPU_FIELDS.map(() => 0);
    return c.cpu as number[];
  };
  const io = (c: CounterDraft): number[] => {
    c.io ??= CGROUP_IO_FIELDS.map(() => 0);
    return c.io as number[];
  };
  return [
    file(dirs.cpuacct, 'cpuacct.usage', (text, c) => {
      cpu(c)[CPU.usage] = parseCpuacctUsage(text);
    }),
    file(dirs.cpuacct, 'cpuacct.stat', (text, c) => {
      [cpu(c)[CPU.user], cpu(c)[CPU.system]] = parseCpuacctStat(text);
    }),
    file(dirs.memory, 'memory.usage_in_bytes', (text, c) => {
      c.memory_current = parseCgroupNumber(text);
    }),
    file(dirs.memory, 'memory.limit_in_bytes', (text, c) => {
      c.memory_max = parseMemoryLimitV1(text);
    }),
    file(dirs.memory, 'memory.stat', (text, c) => {
      c.memory_stat = parseMemoryStatV1(text);
    }),
    file(dirs.blkio, 'blkio.throttle.io_service_bytes', (text, c) => {
      [io(c)[IO.rbytes], io(c)[IO.wbytes]] = parseBlkioStat(text);
    }),
    file(dirs.blkio, 'blkio.throttle.io_serviced', (text, c) => {
      [io(c)[IO.rios], io(c)[IO.wios]] = parseBlkioStat(text);
    }),
    file(dirs.pids, 'pids.current', (text, c) => {
      c.pids = parseCgroupNumber(text);
    }),
  ];
}

type V1Controller = 'cpuacct' | 'memory' | 'blkio' | 'pids';
/** The names a v1 controller's hierarchy is mounted under below /sys/fs/cgroup (systemd co-mounts cpu and cpuacct). */
const V1_MOUNTS: Readonly<Record<V1Controller, readonly string[]>> = {
  cpuacct: ['cpuacct', 'cpu,cpuacct', 'cpuacct,cpu'],
  memory: ['memory'],
  blkio: ['blkio'],
  pids: ['pids'],
};
/** The hierarchies a v1 scan walks for containers, in order of preference. */
const V1_SCAN: readonly V1Controller[] = ['memory', 'cpuacct', 'pids', 'blkio'];

/**
 * The host's cgroup layout below `root` (/sys/fs/cgroup): v2 when the root is a unified hierarchy (it has
 * `cgroup.controllers`), else v1 with the controllers' hierarchies that are mounted (a hybrid host's
 * `unified` tree has no controllers and is not used); undefined when there are neither.
 */
export function detectCgroupLayout(root: string): CgroupLayout | undefined {
  if (existsSync(join(root, 'cgroup.controllers'))) return { version: 2, scan: '', files: V2_FILES };
  const dirs = {} as Record<V1Controller, string>;
  for (const [controller, names] of Object.entries(V1_MOUNTS) as [V1Controller, readonly string[]][]) {
    dirs[controller] = names.find((name) => existsSync(join(root, name, 'cgroup.procs'))) ?? '';
  }
  const scan = V1_SCAN.find((controller) => dirs[controller] !== '');
  if (scan === undefined) return undefined;
  return {
    version: 1,
    scan: dirs[scan],
    files: v1Files(dirs).filter((f) => f.hierarchy !== ''),
  };
}

function file(hierarchy: string, name: string, read: CounterFile['read']): CounterFile {
  return { hierarchy, name, read };
}
