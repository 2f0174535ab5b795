import { cpuPercentages, type StatCounters } from '@perfanalysis/shared';

export interface Utilisation {
  /** Busy: neither idle, iowait nor steal, in % of the host's CPU time. */
  readonly busyPct: number;
  readonly stealPct: number;
  /** Busy % of each CPU, by its /proc/stat name. */
  readonly cpus: Record<string, number>;
}

/** The host's and each CPU's utilisation between two /proc/stat readings. */
export function utilisationBetween(before: StatCounters, after: StatCounters): Utilisation {
  const busy = (p: ReturnType<typeof cpuPercentages>): number =>
    Math.round(Math.max(0, 100 - p.idle - p.iowait - p.steal) * 10) / 10;
  const host = cpuPercentages(before.cpu, after.cpu);
  const cpus: Record<string, number> = {};
  for (const [name, counters] of Object.entries(after.cpus)) {
    const previous = before.cpus[name];
    if (previous !== undefined) cpus[name] = busy(cpuPercentages(previous, counters));
  }
  return { busyPct: busy(host), stealPct: host.steal, cpus };
}
