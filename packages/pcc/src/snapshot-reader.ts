import { statfsSync } from 'node:fs';
import { machine } from 'node:os';
import { join } from 'node:path';
import { type DiskCounters, type FsStat, MEMINFO_KEYS, type RawSnapshot } from '@perfanalysis/shared';
import { ContainerCollector, type ContainerOptions } from './cgroup/container-collector.js';
import { CpuFrequencyReader } from './cpu-frequency.js';
import { ProcFile } from './proc-file.js';
import { parseDiskstats } from './procfs/diskstats.js';
import { parseLoadavg } from './procfs/loadavg.js';
import { parseMeminfo } from './procfs/meminfo.js';
import { parseMountinfo, realFilesystems } from './procfs/mountinfo.js';
import { parseNetDev } from './procfs/netdev.js';
import { parseStat } from './procfs/stat.js';
import { findHwmonSensors } from './sysfs/hwmon.js';
import { findThermalSensors, parseMilliCelsius } from './sysfs/thermal.js';

export interface ReaderOptions {
  readonly procfs: string;
  readonly sysfs: string;
  /** Told once per metric a kernel lacks (or stops providing); collection goes on without it. */
  readonly onWarning?: (message: string) => void;
  /** How containers are found and named (cgroup v2 or v1 under the sysfs root); false collects none. */
  readonly containers?: ContainerOptions | false;
}

type Section = 'stat' | 'meminfo' | 'loadavg' | 'diskstats' | 'netdev';
const SECTIONS: ReadonlyArray<readonly [Section, string, (text: string) => unknown]> = [
  ['stat', 'stat', parseStat],
  ['meminfo', 'meminfo', (text) => keptMeminfo(parseMeminfo(text))],
  ['loadavg', 'loadavg', parseLoadavg],
  ['diskstats', 'diskstats', (text) => busyDisks(parseDiskstats(text))],
  ['netdev', 'net/dev', parseNetDev],
];

/**
 * A 32-bit kernel, by `uname -m`: its `unsigned long` counters wrap at 2³². Anything else is taken as 64-bit,
 * armv8l (a 32-bit personality on a 64-bit kernel) included.
 */
const ON_32_BIT_KERNEL =
  /^(i[3-6]86|armv[4-7]\w*|mips(el)?|ppc|powerpc|s390|riscv32|sh\w*|m68k|sparc|parisc)$/.test(machine());

/** Reads raw snapshots from a procfs and sysfs root, keeping the files open between readings. */
export class SnapshotReader {
  readonly #files: ReadonlyArray<readonly [Section, ProcFile, (text: string) => unknown]>;
  readonly #mountinfo: ProcFile;
  readonly #sensors: ReadonlyArray<readonly [string, ProcFile]>;
  readonly #warned = new Set<string>();
  readonly #onWarning: (message: string) => void;
  readonly #containers: ContainerCollector | undefined;
  readonly #frequency: CpuFrequencyReader;

  constructor(options: ReaderOptions) {
    this.#onWarning = options.onWarning ?? (() => {});
    this.#containers =
      options.containers === false
        ? undefined
        : new ContainerCollector(options, options.containers, (message) => this.#onWarning(message));
    this.#files = SECTIONS.map(([section, file, parse]) => [
      section,
      new ProcFile(join(options.procfs, file)),
      parse,
    ]);
    this.#mountinfo = new ProcFile(join(options.procfs, 'self', 'mountinfo'));
    this.#frequency = new CpuFrequencyReader(options);
    this.#sensors = [...findThermalSensors(options.sysfs), ...findHwmonSensors(options.sysfs)].map(
      (sensor) => [sensor.name, new ProcFile(sensor.path)] as const,
    );
  }

  /** Reads a snapshot stamped with `time` (the wall-clock tick it belongs to); rates use the monotonic clock. */
  read(time: number = Date.now()): RawSnapshot {
    const snapshot: Record<string, unknown> = { time, mono: Number(process.hrtime.bigint() / 1000n) / 1000 };
    if (ON_32_BIT_KERNEL) snapshot.kernel_bits = 32;
    for (const [section, file, parse] of this.#files) {
      const value = this.#attempt(section, file.path, () => parse(file.read()));
      if (value !== undefined) snapshot[section] = value;
    }
    const filesystems = this.#attempt('filesystems', this.#mountinfo.path, () => this.#filesystems());
    if (filesystems !== undefined) snapshot.filesystems = filesystems;
    if (this.#sensors.length > 0) snapshot.temperatures = this.#temperatures();
    const mhz = this.#frequency.read();
    if (mhz !== undefined) snapshot.cpu_mhz = mhz;
    const containers = this.#containers?.read();
    if (containers !== undefined) snapshot.containers = containers;
    return snapshot as unknown as RawSnapshot;
  }

  /**
   * Resolves once the containers are found and named, or after `timeoutMs`: call it before the first
   * snapshot, so that the first sample has them. Reading never waits for it.
   */
  async ready(timeoutMs?: number): Promise<void> {
    await this.#containers?.ready(timeoutMs);
  }

  /** Looks for containers now instead of at the next periodic scan (tests), and waits as `ready` does. */
  async rescanContainers(timeoutMs?: number): Promise<void> {
    await this.#containers?.rescan(timeoutMs);
  }

  close(): void {
    this.#containers?.close();
    for (const [, file] of this.#files) file.close();
    this.#mountinfo.close();
    this.#frequency.close();
    for (const [, file] of this.#sensors) file.close();
  }

  #attempt<T>(name: string, path: string, read: () => T): T | undefined {
    try {
      const value = read();
      this.#warned.delete(name);
      return value;
    } catch (error) {
      if (!this.#warned.has(name)) {
        this.#warned.add(name);
        this.#onWarning(`${name} not collected: cannot read ${path}: ${(error as Error).message}`);
      }
      return undefined;
    }
  }

  #filesystems(): FsStat[] {
    const result: FsStat[] = [];
    for (const mount of realFilesystems(parseMountinfo(this.#mountinfo.read()))) {
      try {
        const s = statfsSync(mount.mountPoint);
        if (s.blocks === 0) continue;
        result.push({
          mount: mount.mountPoint,
          fstype: mount.fstype,
          source: mount.source,
          size: s.blocks * s.bsize,
          free: s.bfree * s.bsize,
          avail: s.bavail * s.bsize,
          files: s.files,
          files_free: s.ffree,
        });
      } catch {
        // A mount point we may not stat (permissions, a stale network mount) is left out of this snapshot.
      }
    }
    return result;
  }

  #temperatures(): Record<string, number> {
    const temperatures: Record<string, number> = {};
    for (const [name, file] of this.#sensors) {
      try {
        const celsius = parseMilliCelsius(file.read());
        if (celsius !== null) temperatures[name] = celsius;
      } catch {
        // A sensor that cannot be read right now (some report EAGAIN or ENODATA) is skipped this time.
      }
    }
    return temperatures;
  }
}

function keptMeminfo(all: Record<string, number>): Record<string, number> {
  const kept: Record<string, number> = {};
  for (const key of MEMINFO_KEYS) {
    const value = all[key];
    if (value !== undefined) kept[key] = value;
  }
  return kept;
}

/** Unused loop and ram devices are many and all zeros: leave them out of every snapshot. */
function busyDisks(all: Record<string, DiskCounters>): Record<string, DiskCounters> {
  const busy: Record<string, DiskCounters> = {};
  for (const device in all) {
    const counters = all[device];
    if (counters?.some((value) => value !== 0)) busy[device] = counters;
  }
  return busy;
}
