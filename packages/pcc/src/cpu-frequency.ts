import { join } from 'node:path';
import { ProcFile } from './proc-file.js';
import { cpuinfoMhz, parseCpuinfo } from './procfs/cpuinfo.js';
import { findCpufreqFiles, parseScalingCurFreq } from './sysfs/cpufreq.js';

/**
 * Each CPU's current clock, read at every snapshot: cpufreq's `scaling_cur_freq` (kept open), else the
 * `cpu MHz` of /proc/cpuinfo, which is read only when some CPU has no cpufreq file (or one fails).
 */
export class CpuFrequencyReader {
  readonly #files: ReadonlyArray<readonly [string, ProcFile]>;
  readonly #cpuinfo: ProcFile;
  /** Whether every CPU sysfs lists has a cpufreq file, so /proc/cpuinfo need not be read. */
  readonly #complete: boolean;

  constructor(paths: { readonly procfs: string; readonly sysfs: string }) {
    const { cpus, files } = findCpufreqFiles(paths.sysfs);
    this.#files = files.map((file) => [file.cpu, new ProcFile(file.path)] as const);
    this.#cpuinfo = new ProcFile(join(paths.procfs, 'cpuinfo'));
    this.#complete = cpus.length > 0 && files.length === cpus.length;
  }

  /** MHz keyed by CPU (`cpu0`); undefined when no CPU's frequency can be read. */
  read(): Record<string, number> | undefined {
    const mhz: Record<string, number> = {};
    let missing = !this.#complete;
    for (const [cpu, file] of this.#files) {
      try {
        const value = parseScalingCurFreq(file.read());
        if (value === null) missing = true;
        else mhz[cpu] = value;
      } catch {
        // A CPU taken offline loses its cpufreq directory until it comes back.
        missing = true;
      }
    }
    if (missing) {
      try {
        const fallback = cpuinfoMhz(parseCpuinfo(this.#cpuinfo.read()));
        for (const cpu in fallback) mhz[cpu] ??= fallback[cpu] as number;
      } catch {
        // No /proc/cpuinfo: the CPUs without cpufreq have no frequency.
      }
    }
    return Object.keys(mhz).length > 0 ? mhz : undefined;
  }

  close(): void {
    for (const [, file] of this.#files) file.close();
    this.#cpuinfo.close();
  }
}
