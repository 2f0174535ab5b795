import type { CpuMetrics } from './columns.js';
import { counterDelta, round2 } from './counter.js';
import type { CpuCounters } from './snapshot.js';

/**
 * CPU time percentages over an interval. The total is the summed delta of user, nice, system, idle, iowait,
 * irq, softirq and steal; guest and guest_nice are already inside user and nice, so they are subtracted
 * there and reported on their own. A field that went backwards contributes 0.
 */
export function cpuPercentages(previous: CpuCounters, current: CpuCounters): CpuMetrics {
  const d = (i: number): number => counterDelta(previous[i] ?? 0, current[i] ?? 0);
  const [user, nice, system, idle, iowait, irq, softirq, steal, guest, guestNice] = [
    d(0),
    d(1),
    d(2),
    d(3),
    d(4),
    d(5),
    d(6),
    d(7),
    d(8),
    d(9),
  ] as const;
  const total = user + nice + system + idle + iowait + irq + softirq + steal;
  const pct = (v: number): number => (total > 0 ? round2((v / total) * 100) : 0);
  const guestUser = Math.min(guest, user);
  const guestNiceUser = Math.min(guestNice, nice);
  return {
    user: pct(user - guestUser),
    nice: pct(nice - guestNiceUser),
    system: pct(system),
    idle: pct(idle),
    iowait: pct(iowait),
    irq: pct(irq),
    softirq: pct(softirq),
    steal: pct(steal),
    guest: pct(guestUser),
    guest_nice: pct(guestNiceUser),
  };
}
