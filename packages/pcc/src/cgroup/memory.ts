import { CGROUP_MEMORY_STAT_KEYS } from '@perfanalysis/shared';
import { forEachLine, readDecimals, skipBlanks, wordEnd } from '../procfs/line-scan.js';

/**
 * Parses a cgroup v2 `memory.stat` (`anon 6121017344` a line, bytes) into the CGROUP_MEMORY_STAT_KEYS it
 * has; the many event counters and other sizes are left out.
 */
export function parseMemoryStat(text: string): Record<string, number> {
  const kept: Record<string, number> = {};
  forEachLine(text, (start, end) => {
    const keyStart = skipBlanks(text, start, end);
    const keyEnd = wordEnd(text, keyStart, end);
    const key = text.slice(keyStart, keyEnd);
    if (!(CGROUP_MEMORY_STAT_KEYS as readonly string[]).includes(key)) return;
    const [value] = readDecimals(text, keyEnd, end, 1);
    if (value !== undefined && Number.isFinite(value)) kept[key] = value;
  });
  return kept;
}

/** A cgroup file holding one number (`memory.current`, `pids.current`); throws when it holds none. */
export function parseCgroupNumber(text: string): number {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value)) {
    throw new Error(`not a number: ${JSON.stringify(text.slice(0, 40))}`);
  }
  return value;
}

/** `memory.max`: bytes, or null for the literal `max` (no limit). */
export function parseMemoryMax(text: string): number | null {
  return text.trim() === 'max' ? null : parseCgroupNumber(text);
}
