import { closeSync, openSync, writeSync } from 'node:fs';
import type {
  CaptureHeader,
  CpuCounters,
  DiskCounters,
  NetCounters,
  RawSnapshot,
  StatCounters,
} from '@perfanalysis/shared';
import { DISK_FIELD, NET_FIELD } from '@perfanalysis/shared';

/**
 * Jiffies each CPU gains per second, in CPU_FIELDS order (user, nice, system, idle, iowait, irq, softirq,
 * steal, guest, guest_nice): 100 in all, since /proc/stat counts in USER_HZ, 100 a second.
 */
const CPU_JIFFIES_PER_S = [12, 0, 4, 82, 1, 0, 1, 0, 0, 0];
const USER = 0;
const IDLE = 3;

/** What an active disk does each second: a moderate mixed workload. */
const DISK_PER_S: ReadonlyArray<readonly [number, number]> = [
  [DISK_FIELD.reads, 20],
  [DISK_FIELD.sectorsRead, 320],
  [DISK_FIELD.readMs, 10],
  [DISK_FIELD.writes, 40],
  [DISK_FIELD.sectorsWritten, 1200],
  [DISK_FIELD.writeMs, 30],
  [DISK_FIELD.ioMs, 25],
];

/** What an interface that carries traffic does each second. */
const NET_PER_S: ReadonlyArray<readonly [number, number]> = [
  [NET_FIELD.rxBytes, 60_000],
  [NET_FIELD.rxPackets, 50],
  [NET_FIELD.txBytes, 20_000],
  [NET_FIELD.txPackets, 40],
];

/** A whole number from 0 to `amplitude` for snapshot i, so that consecutive intervals differ as real ones do. */
function wobble(i: number, amplitude: number): number {
  return (i * 7919) % (Math.floor(amplitude) + 1);
}

function advanceCpu(counters: CpuCounters, i: number, cpus: number): number[] {
  const shift = wobble(i, 5) * cpus;
  return counters.map((value, field) => {
    const advanced = value + (CPU_JIFFIES_PER_S[field] ?? 0) * cpus * i;
    return field === USER ? advanced + shift : field === IDLE ? advanced - shift : advanced;
  });
}

function advanceStat(stat: StatCounters, i: number): StatCounters {
  const cpus: Record<string, CpuCounters> = {};
  for (const [name, counters] of Object.entries(stat.cpus)) cpus[name] = advanceCpu(counters, i, 1);
  return {
    ...stat,
    cpu: advanceCpu(stat.cpu, i, Object.keys(stat.cpus).length || 1),
    cpus,
    ctxt: stat.ctxt + 2000 * i + wobble(i, 300),
    intr: stat.intr + 1500 * i + wobble(i, 200),
    processes: stat.processes + 5 * i,
  };
}

/** Advances the devices that show activity (a never-used loop device stays all zeros, as it would). */
function advanceDevices<T extends readonly number[]>(
  devices: Readonly<Record<string, T>>,
  i: number,
  perSecond: ReadonlyArray<readonly [number, number]>,
): Record<string, number[]> {
  const advanced: Record<string, number[]> = {};
  for (const [name, counters] of Object.entries(devices)) {
    const active = counters.some((value) => value > 0);
    const next = [...counters];
    if (active) {
      for (const [field, rate] of perSecond)
        next[field] = (next[field] ?? 0) + rate * i + wobble(i, rate / 4);
    }
    advanced[name] = next;
  }
  return advanced;
}

/**
 * Snapshot i (0 is the template itself) of a capture taken every second on the machine the template was
 * read from: time and the monotonic clock 1000 ms on, counters advanced at plausible rates with a little
 * variation, memory figures wobbling, everything else as read.
 */
export function syntheticSnapshot(template: RawSnapshot, i: number): RawSnapshot {
  const meminfo = template.meminfo && {
    ...template.meminfo,
    MemFree: (template.meminfo.MemFree ?? 0) - wobble(i, 4096),
    MemAvailable: (template.meminfo.MemAvailable ?? 0) - wobble(i, 2048),
  };
  return {
    ...template,
    time: template.time + 1000 * i,
    ...(template.mono === undefined ? {} : { mono: template.mono + 1000 * i }),
    ...(template.stat && { stat: advanceStat(template.stat, i) }),
    ...(meminfo && { meminfo }),
    ...(template.diskstats && {
      diskstats: advanceDevices<DiskCounters>(template.diskstats, i, DISK_PER_S),
    }),
    ...(template.netdev && { netdev: advanceDevices<NetCounters>(template.netdev, i, NET_PER_S) }),
  };
}

const FLUSH_CHARS = 1 << 20;

/** Writes a capture file: the header, then `count` synthetic snapshots from the template. Returns its size. */
export function writeSyntheticCapture(
  path: string,
  header: CaptureHeader,
  template: RawSnapshot,
  count: number,
): number {
  const fd = openSync(path, 'w');
  let size = 0;
  try {
    let text = `${JSON.stringify(header)}\n`;
    for (let i = 0; i < count; i += 1) {
      text += `${JSON.stringify(syntheticSnapshot(template, i))}\n`;
      if (text.length >= FLUSH_CHARS) {
        size += writeSync(fd, text);
        text = '';
      }
    }
    size += writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return size;
}
