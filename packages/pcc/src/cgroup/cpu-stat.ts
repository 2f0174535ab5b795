import { CGROUP_CPU_FIELDS } from '@perfanalysis/shared';
import { forEachLine, readDecimals, skipBlanks, wordEnd } from '../procfs/line-scan.js';

/**
 * Parses a cgroup v2 `cpu.stat` (`usage_usec 2345678` a line) into the CGROUP_CPU_FIELDS, in order, in
 * microseconds. A field the file lacks reads 0; the other lines (throttling, bursts) are ignored.
 */
export function parseCpuStat(text: string): number[] {
  const values = CGROUP_CPU_FIELDS.map(() => 0);
  forEachLine(text, (start, end) => {
    const keyStart = skipBlanks(text, start, end);
    const keyEnd = wordEnd(text, keyStart, end);
    const index = (CGROUP_CPU_FIELDS as readonly string[]).indexOf(text.slice(keyStart, keyEnd));
    if (index === -1) return;
    const [value] = readDecimals(text, keyEnd, end, 1);
    if (value !== undefined && Number.isFinite(value)) values[index] = value;
  });
  return values;
}
