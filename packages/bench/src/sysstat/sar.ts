import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { type Child, startChild } from '../cleanup.js';

/** Said when sar or sadf is missing. */
export const SYSSTAT_MISSING = `sar and sadf (from sysstat) are needed to compare with sysstat. Install them with
  apt-get install sysstat        (Debian, Ubuntu)
  dnf install sysstat            (Fedora, RHEL, Rocky, Alma)
  zypper install sysstat         (openSUSE, SLES)
No sysstat service needs to run: this program starts sar itself.`;

/** The activities recorded and read back: all CPU fields, disk totals, block devices, network interfaces. */
const ACTIVITIES = ['-u', 'ALL', '-b', '-d', '-n', 'DEV'];
/** C locale: a decimal point, and no localised dates. */
const ENV = { ...process.env, LC_ALL: 'C' };

/** The path of an executable on PATH, or undefined. */
export function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const path = join(dir, command);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // Not in this directory.
    }
  }
  return undefined;
}

/**
 * Starts `sar -o FILE … 1 N`: a reading now, then one a second for N intervals, saved to a binary file
 * (what it prints is discarded). Each record is stamped with the whole second of its reading.
 */
export function recordSar(sar: string, file: string, intervals: number): Child {
  return startChild(sar, ['-o', file, ...ACTIVITIES, '1', String(intervals)], { env: ENV });
}

/** The recorded intervals as `sadf -d` prints them: `;`-separated, unix-second timestamps, real device names. */
export function exportSar(sadf: string, file: string): string {
  return execFileSync(sadf, ['-d', '-U', '--', ...ACTIVITIES, '-p', file], {
    encoding: 'utf8',
    env: ENV,
    maxBuffer: 64 * 1024 * 1024,
  });
}
