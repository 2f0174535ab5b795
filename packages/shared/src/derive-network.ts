import type { NetMetrics } from './columns.js';
import { counterDelta, round2 } from './counter.js';
import type { DeviceFilters } from './device-filters.js';
import type { NetSample } from './sample.js';
import { NET_FIELD as F, type NetCounters } from './snapshot.js';

export type NetTotals = { [K in keyof NetMetrics as `net_${K}`]: number };

/** Where each per-interface rate comes from in /proc/net/dev. */
const SOURCE: Readonly<Record<keyof NetMetrics, number>> = {
  rx_bytes: F.rxBytes,
  tx_bytes: F.txBytes,
  rx_packets: F.rxPackets,
  tx_packets: F.txPackets,
  rx_errors: F.rxErrors,
  tx_errors: F.txErrors,
  rx_drops: F.rxDrops,
  tx_drops: F.txDrops,
};
const KEYS = Object.keys(SOURCE) as (keyof NetMetrics)[];

/** Per-interface network rates and the host totals, which leave out the interfaces the filters name. */
export function deriveNetwork(
  previous: Readonly<Record<string, NetCounters>>,
  current: Readonly<Record<string, NetCounters>>,
  seconds: number,
  filters: DeviceFilters,
): { nets: NetSample[]; totals: NetTotals } {
  const nets: NetSample[] = [];
  const sums: Record<string, number> = {};
  for (const key of KEYS) sums[key] = 0;
  for (const iface in current) {
    const cur = current[iface];
    const prev = previous[iface];
    if (cur === undefined || prev === undefined) continue;
    const inTotals = !filters.netTotalsExclude.test(iface);
    const net: Record<string, number | string> = { iface };
    for (const key of KEYS) {
      const i = SOURCE[key];
      const value = counterDelta(prev[i] ?? 0, cur[i] ?? 0) / seconds;
      net[key] = round2(value);
      if (inTotals) sums[key] = (sums[key] ?? 0) + value;
    }
    nets.push(net as NetSample);
  }
  const totals: Record<string, number> = {};
  for (const key of KEYS) totals[`net_${key}`] = round2(sums[key] ?? 0);
  return { nets, totals: totals as NetTotals };
}
