import { forEachLine, readDecimals, skipBlanks, wordEnd } from '../procfs/line-scan.js';
import { parseCgroupNumber } from './memory.js';

/** The cgroup v1 `memory.stat` keys that hold what the v2 keys (CGROUP_MEMORY_STAT_KEYS) name. */
const V1_KEYS: Readonly<Record<string, string>> = {
  rss: 'anon',
  cache: 'file',
  shmem: 'shmem',
  mapped_file: 'file_mapped',
  active_file: 'active_file',
  inactive_file: 'inactive_file',
};

/**
 * Parses a cgroup v1 `memory.stat` (`cache 512` a line, bytes) into the v2 keys: rss is anon, cache is file,
 * mapped_file is file_mapped. The hierarchical `total_…` value (the cgroup and its children, what docker and
 * cAdvisor read) is taken over the cgroup's own when the file has both. v1 has no `kernel` line.
 */
export function parseMemoryStatV1(text: string): Record<string, number> {
  const own: Record<string, number> = {};
  const total: Record<string, number> = {};
  forEachLine(text, (start, end) => {
    const keyStart = skipBlanks(text, start, end);
    const keyEnd = wordEnd(text, keyStart, end);
    const key = text.slice(keyStart, keyEnd);
    const hierarchical = key.startsWith('total_');
    const name = V1_KEYS[hierarchical ? key.slice('total_'.length) : key];
    if (name === undefined) return;
    const [value] = readDecimals(text, keyEnd, end, 1);
    if (value !== undefined && Number.isFinite(value)) (hierarchical ? total : own)[name] = value;
  });
  return { ...own, ...total };
}

/**
 * The largest `memory.limit_in_bytes` that is a real limit. Without one the kernel writes its page counter's
 * maximum rounded to pages (9223372036854771712 with 4 KiB pages, a little less than 2⁶³ with any page size).
 */
const NO_LIMIT_FROM = 2 ** 62;

/** cgroup v1 `memory.limit_in_bytes`: bytes, or null when it is the kernel's "no limit". */
export function parseMemoryLimitV1(text: string): number | null {
  const bytes = parseCgroupNumber(text);
  return bytes >= NO_LIMIT_FROM ? null : bytes;
}
