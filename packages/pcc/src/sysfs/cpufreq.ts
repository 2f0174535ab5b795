import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listDirectory } from './sysfs-files.js';

/** A CPU's cpufreq `scaling_cur_freq`, named as /proc/stat names the CPU (`cpu0`). */
export interface CpufreqFile {
  readonly cpu: string;
  readonly path: string;
}

/**
 * The CPUs under `<sysfs>/devices/system/cpu` (`cpu0`, `cpu1`…, natural order) and, for those that have one,
 * their `cpufreq/scaling_cur_freq` (a link to the CPU's policy directory on current kernels). A CPU without
 * cpufreq (most virtual machines, a driver not loaded) has none.
 */
export function findCpufreqFiles(sysfs: string): { cpus: string[]; files: CpufreqFile[] } {
  const dir = join(sysfs, 'devices', 'system', 'cpu');
  const cpus = listDirectory(dir).filter((name) => /^cpu\d+$/.test(name));
  const files: CpufreqFile[] = [];
  for (const cpu of cpus) {
    const path = join(dir, cpu, 'cpufreq', 'scaling_cur_freq');
    if (existsSync(path)) files.push({ cpu, path });
  }
  return { cpus, files };
}

/** cpufreq's `scaling_cur_freq` (kHz) in MHz; null when it holds no number (`<unknown>` on some drivers). */
export function parseScalingCurFreq(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) / 1000 : null;
}
