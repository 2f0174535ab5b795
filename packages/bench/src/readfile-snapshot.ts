import { readFileSync, statfsSync } from 'node:fs';
import { join } from 'node:path';
// pcc exports SnapshotReader but not its parsers; the baseline must parse exactly as it does, so it takes
// them from pcc's build output (a sibling package in this repository, built first by `tsc -b`).
import { parseDiskstats } from '../../pcc/dist/procfs/diskstats.js';
import { parseLoadavg } from '../../pcc/dist/procfs/loadavg.js';
import { parseMeminfo } from '../../pcc/dist/procfs/meminfo.js';
import { parseMountinfo, realFilesystems } from '../../pcc/dist/procfs/mountinfo.js';
import { parseNetDev } from '../../pcc/dist/procfs/netdev.js';
import { parseStat } from '../../pcc/dist/procfs/stat.js';
import { findHwmonSensors } from '../../pcc/dist/sysfs/hwmon.js';
import { findThermalSensors, parseMilliCelsius } from '../../pcc/dist/sysfs/thermal.js';

/**
 * The baseline of the collection benchmark: what SnapshotReader.read() does — the same files, the same
 * parsers, the same statfs calls and sensors — but with a plain readFileSync (open, read, close) each time
 * instead of SnapshotReader's kept-open files. Returns the number of sections read, so the work is used.
 */
export function readFileSnapshot(procfs: string, sensorPaths: readonly string[]): number {
  const text = (file: string): string => readFileSync(join(procfs, file), 'utf8');
  const sections = [
    parseStat(text('stat')),
    parseMeminfo(text('meminfo')),
    parseLoadavg(text('loadavg')),
    parseDiskstats(text('diskstats')),
    parseNetDev(text('net/dev')),
  ];
  let filesystems = 0;
  for (const mount of realFilesystems(parseMountinfo(text('self/mountinfo')))) {
    if (statfsSync(mount.mountPoint).blocks > 0) filesystems += 1;
  }
  let temperatures = 0;
  for (const path of sensorPaths) {
    if (parseMilliCelsius(readFileSync(path, 'utf8')) !== null) temperatures += 1;
  }
  return sections.length + filesystems + temperatures;
}

/** The sensor files SnapshotReader finds and re-reads, found the same way once. */
export function sensorPaths(sysfs: string): string[] {
  return [...findThermalSensors(sysfs), ...findHwmonSensors(sysfs)].map((sensor) => sensor.path);
}
