import { readdirSync, readFileSync } from 'node:fs';
import { arch, hostname, networkInterfaces, release } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DEVICE_FILTERS, type HostInfo } from '@perfanalysis/shared';
import { cpuSummary, parseCpuinfo } from './procfs/cpuinfo.js';
import { parseMeminfo } from './procfs/meminfo.js';
import { parseOsRelease } from './procfs/os-release.js';

const SECTOR_BYTES = 512;

/** What the capture header and the registration say about this machine. Missing pieces are left empty. */
export function readHostInfo(options: {
  procfs: string;
  sysfs: string;
  hostname?: string | undefined;
}): HostInfo {
  const text = (path: string): string => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return '';
    }
  };
  const os = parseOsRelease(text('/etc/os-release') || text('/usr/lib/os-release'));
  const cpu = cpuSummary(parseCpuinfo(text(join(options.procfs, 'cpuinfo'))));
  const memKb = parseMeminfo(text(join(options.procfs, 'meminfo'))).MemTotal ?? 0;
  return {
    hostname: options.hostname ?? hostname(),
    os_name: os.name,
    os_version: os.version,
    kernel: text(join(options.procfs, 'sys', 'kernel', 'osrelease')).trim() || release(),
    arch: arch(),
    cpu_vendor: cpu.vendor,
    cpu_model: cpu.model,
    cpu_count: cpu.count,
    mem_total_mb: Math.round(memKb / 1024),
    ip_addresses: Object.values(networkInterfaces())
      .flatMap((addresses) => addresses ?? [])
      .filter((address) => !address.internal)
      .map((address) => address.address),
    storage_gb: Math.round(diskBytes(options.sysfs, text) / 1e9),
  };
}

/** The size of the whole disks in /sys/block, as the totals count them. */
function diskBytes(sysfs: string, text: (path: string) => string): number {
  let devices: string[];
  try {
    devices = readdirSync(join(sysfs, 'block'));
  } catch {
    return 0;
  }
  const { diskExclude, diskTotalsExclude } = DEFAULT_DEVICE_FILTERS;
  return devices
    .filter((device) => !diskExclude.test(device) && !diskTotalsExclude.test(device))
    .reduce(
      (sum, device) => sum + (Number(text(join(sysfs, 'block', device, 'size'))) || 0) * SECTOR_BYTES,
      0,
    );
}
