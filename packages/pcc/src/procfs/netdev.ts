import type { NetCounters } from '@perfanalysis/shared';
import { forEachLine, readDecimals } from './line-scan.js';

/** Eight receive counters then eight transmit counters (see NetCounters). */
const FIELDS = 16;

/**
 * Parses /proc/net/dev (or /proc/<pid>/net/dev) into the 16 counters of each interface. The name is
 * everything before the last colon, trimmed, so an alias such as `eth0:1` keeps its colon. The two header
 * lines and any line without exactly 16 numbers are ignored.
 */
export function parseNetDev(text: string): Record<string, NetCounters> {
  const interfaces: Record<string, NetCounters> = {};
  forEachLine(text, (start, end) => {
    const colon = text.lastIndexOf(':', end - 1);
    if (colon < start) return;
    const name = text.slice(start, colon).trim();
    const counters = readDecimals(text, colon + 1, end);
    if (name !== '' && counters.length === FIELDS && counters.every(Number.isFinite))
      interfaces[name] = counters;
  });
  return interfaces;
}
