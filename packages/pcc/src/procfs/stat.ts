import { CPU_FIELDS, type CpuCounters, type StatCounters } from '@perfanalysis/shared';
import { forEachLine, readDecimals, wordEnd } from './line-scan.js';

const SCALARS = ['ctxt', 'intr', 'processes', 'procs_running', 'procs_blocked', 'btime'] as const;
type Scalar = (typeof SCALARS)[number];
const SCALAR_NAMES: ReadonlySet<string> = new Set(SCALARS);

/** The oldest kernels print user, nice, system and idle only; later fields were added one by one. */
const MIN_CPU_FIELDS = 4;

/**
 * Parses /proc/stat: the aggregate `cpu` line, the `cpuN` lines (jiffies in CPU_FIELDS order; fields an old
 * kernel does not print are 0) and the scalar counters. Of the `intr` line only the first number, the total,
 * is read. A cpu line with fewer than 4 numbers is ignored; a scalar the text lacks is 0.
 * @throws Error when the text has no aggregate `cpu` line.
 */
export function parseStat(text: string): StatCounters {
  let cpu: CpuCounters | undefined;
  const cpus: Record<string, CpuCounters> = {};
  const scalars: Record<Scalar, number> = {
    ctxt: 0,
    intr: 0,
    processes: 0,
    procs_running: 0,
    procs_blocked: 0,
    btime: 0,
  };
  forEachLine(text, (start, end) => {
    const keyEnd = wordEnd(text, start, end);
    const key = text.slice(start, keyEnd);
    if (key.startsWith('cpu')) {
      const counters = cpuCounters(readDecimals(text, keyEnd, end, CPU_FIELDS.length));
      if (counters === undefined) return;
      if (key === 'cpu') cpu = counters;
      else cpus[key] = counters;
    } else if (isScalar(key)) {
      const value = readDecimals(text, keyEnd, end, 1)[0];
      if (value !== undefined && Number.isFinite(value)) scalars[key] = value;
    }
  });
  if (cpu === undefined) throw new Error('/proc/stat: no aggregate cpu line');
  return { cpu, cpus, ...scalars };
}

function cpuCounters(values: number[]): CpuCounters | undefined {
  if (values.length < MIN_CPU_FIELDS || !values.every(Number.isFinite)) return undefined;
  while (values.length < CPU_FIELDS.length) values.push(0);
  return values;
}

function isScalar(key: string): key is Scalar {
  return SCALAR_NAMES.has(key);
}
