import { forEachLine, readDecimals, skipBlanks, wordEnd } from '../procfs/line-scan.js';
import { parseCgroupNumber } from './memory.js';

/** USER_HZ: the unit of `cpuacct.stat`, fixed at 100 ticks a second for user space on every architecture. */
const USER_HZ = 100;

/** cgroup v1 `cpuacct.usage`: the CPU time of the cgroup's tasks, nanoseconds, turned into whole microseconds. */
export function parseCpuacctUsage(text: string): number {
  return Math.floor(parseCgroupNumber(text) / 1000);
}

/**
 * cgroup v1 `cpuacct.stat` (`user 452278264` and `system 291429664`, in USER_HZ ticks) as
 * [user, system] microseconds; a line the file lacks reads 0.
 */
export function parseCpuacctStat(text: string): [number, number] {
  const times: [number, number] = [0, 0];
  forEachLine(text, (start, end) => {
    const keyStart = skipBlanks(text, start, end);
    const keyEnd = wordEnd(text, keyStart, end);
    const index = ['user', 'system'].indexOf(text.slice(keyStart, keyEnd));
    const [ticks] = readDecimals(text, keyEnd, end, 1);
    if (index !== -1 && ticks !== undefined && Number.isFinite(ticks)) {
      times[index] = (ticks * 1e6) / USER_HZ;
    }
  });
  return times;
}
