import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The Linux default; `getconf CLK_TCK` says otherwise on the odd kernel. */
const DEFAULT_CLOCK_TICKS = 100;

/** Clock ticks per second, the unit of utime and stime in /proc/<pid>/stat, from `getconf CLK_TCK`. */
export function clockTicksPerSecond(): number {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isInteger(ticks) && ticks > 0 ? ticks : DEFAULT_CLOCK_TICKS;
  } catch {
    return DEFAULT_CLOCK_TICKS;
  }
}

/**
 * utime + stime, in clock ticks, from the text of /proc/<pid>/stat. Fields are counted after the last `)`,
 * since the command name in parentheses may hold spaces and parentheses itself.
 * @throws Error when the text is not a stat line.
 */
export function parseCpuTicks(text: string): number {
  // After ") ": state is field 3 of proc(5), so utime (14) and stime (15) are at indexes 11 and 12.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isInteger(utime) || !Number.isInteger(stime)) throw new Error('not a /proc/<pid>/stat line');
  return utime + stime;
}

/**
 * A value in kB from the text of /proc/<pid>/status (`VmHWM`, `VmRSS`…), in bytes.
 * @throws Error when the field is absent.
 */
export function parseStatusBytes(text: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(text);
  if (!match) throw new Error(`no ${field} in /proc/<pid>/status`);
  return Number(match[1]) * 1024;
}

/** CPU time a running process has used so far, in seconds. */
export function cpuSeconds(pid: number, ticksPerSecond: number): number {
  return parseCpuTicks(readFileSync(`/proc/${pid}/stat`, 'utf8')) / ticksPerSecond;
}

/**
 * A running process's memory, in bytes: its peak resident set (VmHWM), and the anonymous part of its
 * current one (RssAnon: its own heap and stacks, without the file pages of its binary that other processes
 * of the same program share).
 */
export function memory(pid: number): { peak: number; anonymous: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return { peak: parseStatusBytes(status, 'VmHWM'), anonymous: parseStatusBytes(status, 'RssAnon') };
}
