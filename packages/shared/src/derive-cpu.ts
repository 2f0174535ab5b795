import type { CpuMetrics } from './columns.js';
import { counterDelta, round2 } from './counter.js';
import type { CpuCounters } from './snapshot.js';

/** A CPU's time percentages: its metrics but the frequency, which is read, not derived. */
export type CpuPercentages = Omit<CpuMetrics, 'mhz'>;

/**
 * CPU time percentages over an interval. The total is the summed delta of user, nice, system, idle, iowait,
 * irq, softirq and steal; guest and guest_nice are already inside user and nice, so they are subtracted
 * there and reported on their own. A field that went backwards contributes 0.
 */
export function cpuPercentages(previous: CpuCounters, current: CpuCounters): CpuPercentages {
  const user = counterDelta(previous[0] ?? 0, current[0] ?? 0);
  const nice = counterDelta(previous[1] ?? 0, current[1] ?? 0);
  const system = counterDelta(previous[2] ?? 0, current[2] ?? 0);
  const idle = counterDelta(previous[3] ?? 0, current[3] ?? 0);
  const iowait = counterDelta(previous[4] ?? 0, current[4] ?? 0);
  const irq = counterDelta(previous[5] ?? 0, current[5] ?? 0);
  const softirq = counterDelta(previous[6] ?? 0, current[6] ?? 0);
  const steal = counterDelta(previous[7] ?? 0, current[7] ?? 0);
  const guest = counterDelta(previous[8] ?? 0, current[8] ?? 0);
  const guestNice = counterDelta(previous[9] ?? 0, current[9] ?? 0);
  const total = user + nice + system + idle + iowait + irq + softirq + steal;
  const guestUser = Math.min(guest, user);
  const guestNiceUser = Math.min(guestNice, nice);
  return {
    user: percent(user - guestUser, total),
    nice: percent(nice - guestNiceUser, total),
    system: percent(system, total),
    idle: percent(idle, total),
    iowait: percent(iowait, total),
    irq: percent(irq, total),
    softirq: percent(softirq, total),
    steal: percent(steal, total),
    guest: percent(guestUser, total),
    guest_nice: percent(guestNiceUser, total),
  };
}

function percent(value: number, total: number): number {
  return total > 0 ? round2((value / total) * 100) : 0;
}
