import { CGROUP_IO_FIELDS } from '@perfanalysis/shared';
import { forEachLine, skipBlanks, wordEnd } from '../procfs/line-scan.js';

/**
 * Parses a cgroup v2 `io.stat` into the CGROUP_IO_FIELDS (rbytes, wbytes, rios, wios) summed over its
 * devices. Each line is a device's `major:minor` then `key=value` pairs; keys not kept (dbytes, dios, the
 * cost.* and latency keys of io controllers) are ignored. A cgroup that has done no I/O has an empty file.
 */
export function parseIoStat(text: string): number[] {
  const totals = CGROUP_IO_FIELDS.map(() => 0);
  forEachLine(text, (start, end) => {
    let i = wordEnd(text, skipBlanks(text, start, end), end); // past major:minor
    for (i = skipBlanks(text, i, end); i < end; i = skipBlanks(text, i, end)) {
      const pairEnd = wordEnd(text, i, end);
      const equals = text.indexOf('=', i);
      if (equals > i && equals < pairEnd) {
        const index = (CGROUP_IO_FIELDS as readonly string[]).indexOf(text.slice(i, equals));
        const value = Number(text.slice(equals + 1, pairEnd));
        if (index !== -1 && Number.isFinite(value)) totals[index] = (totals[index] ?? 0) + value;
      }
      i = pairEnd;
    }
  });
  return totals;
}
