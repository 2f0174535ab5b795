import type { DiskCounters } from '@perfanalysis/shared';
import { forEachLine, readDecimals, skipBlanks, wordEnd } from './line-scan.js';

/** Counters before the discard fields (kernel 4.18) and the flush fields (5.5): reads … weighted io ms. */
const MIN_FIELDS = 11;

/**
 * Parses /proc/diskstats into the counters after each device name (see DiskCounters), keyed by that name in
 * file order. Lines of 14, 18 and 20 fields are told apart by their length, not by kernel version; a line
 * with fewer than 11 counters (a truncated line, or the 4-counter partition lines of 2.6.x) is ignored.
 */
export function parseDiskstats(text: string): Record<string, DiskCounters> {
  const disks: Record<string, DiskCounters> = {};
  forEachLine(text, (start, end) => {
    const minor = skipBlanks(text, wordEnd(text, skipBlanks(text, start, end), end), end);
    const nameStart = skipBlanks(text, wordEnd(text, minor, end), end);
    const nameEnd = wordEnd(text, nameStart, end);
    if (nameStart === nameEnd) return;
    const counters = readDecimals(text, nameEnd, end);
    if (counters.length >= MIN_FIELDS && counters.every(Number.isFinite)) {
      disks[text.slice(nameStart, nameEnd)] = counters;
    }
  });
  return disks;
}
