import { forEachLine, readDecimals } from './line-scan.js';

/**
 * Parses /proc/meminfo into its values as written: kB for most, page counts for HugePages_*, keyed as the
 * kernel names them (`Active(anon)`). Lines without a `key: number` shape are ignored.
 */
export function parseMeminfo(text: string): Record<string, number> {
  const values: Record<string, number> = {};
  forEachLine(text, (start, end) => {
    const colon = text.indexOf(':', start);
    if (colon === -1 || colon >= end) return;
    const value = readDecimals(text, colon + 1, end, 1)[0];
    if (value !== undefined && Number.isFinite(value)) values[text.slice(start, colon).trim()] = value;
  });
  return values;
}
