import { forEachLine, readDecimals, skipBlanks, wordEnd } from '../procfs/line-scan.js';

/**
 * A cgroup v1 blkio statistic split by operation (`blkio.throttle.io_service_bytes`, `…io_serviced`): lines
 * `8:0 Read 11030528`, `8:0 Write 23`, then Sync, Async and Total for each device, and a last `Total` line.
 * Returns [read, write] summed over the devices; the other lines are ignored. An idle cgroup's file holds
 * only `Total 0`.
 */
export function parseBlkioStat(text: string): [number, number] {
  const totals: [number, number] = [0, 0];
  forEachLine(text, (start, end) => {
    const deviceEnd = wordEnd(text, skipBlanks(text, start, end), end);
    const opStart = skipBlanks(text, deviceEnd, end);
    const opEnd = wordEnd(text, opStart, end);
    const index = ['Read', 'Write'].indexOf(text.slice(opStart, opEnd));
    const [value] = readDecimals(text, opEnd, end, 1);
    if (index !== -1 && value !== undefined && Number.isFinite(value)) {
      totals[index] = (totals[index] ?? 0) + value;
    }
  });
  return totals;
}
