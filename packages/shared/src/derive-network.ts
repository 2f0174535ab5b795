import { type CounterBits, counterDelta, round2 } from './counter.js';
import type { DeviceFilters } from './device-filters.js';
import type { NetSample } from './sample.js';
import { NET_FIELD as F, type NetCounters } from './snapshot.js';

export interface NetTotals {
  net_rx_bytes: number;
  net_tx_bytes: number;
  net_rx_packets: number;
  net_tx_packets: number;
  net_rx_errors: number;
  net_tx_errors: number;
  net_rx_drops: number;
  net_tx_drops: number;
}

/**
 * Per-interface network rates and the host totals, which leave out the interfaces the filters name. The
 * counters are as wide as the kernel's word: 64-bit kernels print u64; on 32-bit ones, drivers without
 * 64-bit statistics keep `unsigned long`.
 */
export function deriveNetwork(
  previous: Readonly<Record<string, NetCounters>>,
  current: Readonly<Record<string, NetCounters>>,
  seconds: number,
  filters: DeviceFilters,
  word: CounterBits,
): { nets: NetSample[]; totals: NetTotals } {
  const nets: NetSample[] = [];
  const t: NetTotals = {
    net_rx_bytes: 0,
    net_tx_bytes: 0,
    net_rx_packets: 0,
    net_tx_packets: 0,
    net_rx_errors: 0,
    net_tx_errors: 0,
    net_rx_drops: 0,
    net_tx_drops: 0,
  };
  for (const iface in current) {
    const cur = current[iface];
    const prev = previous[iface];
    if (cur === undefined || prev === undefined) continue;
    const rxBytes = counterDelta(prev[F.rxBytes] ?? 0, cur[F.rxBytes] ?? 0, word) / seconds;
    const txBytes = counterDelta(prev[F.txBytes] ?? 0, cur[F.txBytes] ?? 0, word) / seconds;
    const rxPackets = counterDelta(prev[F.rxPackets] ?? 0, cur[F.rxPackets] ?? 0, word) / seconds;
    const txPackets = counterDelta(prev[F.txPackets] ?? 0, cur[F.txPackets] ?? 0, word) / seconds;
    const rxErrors = counterDelta(prev[F.rxErrors] ?? 0, cur[F.rxErrors] ?? 0, word) / seconds;
    const txErrors = counterDelta(prev[F.txErrors] ?? 0, cur[F.txErrors] ?? 0, word) / seconds;
    const rxDrops = counterDelta(prev[F.rxDrops] ?? 0, cur[F.rxDrops] ?? 0, word) / seconds;
    const txDrops = counterDelta(prev[F.txDrops] ?? 0, cur[F.txDrops] ?? 0, word) / seconds;
    nets.push({
      iface,
      rx_bytes: round2(rxBytes),
      tx_bytes: round2(txBytes),
      rx_packets: round2(rxPackets),
      tx_packets: round2(txPackets),
      rx_errors: round2(rxErrors),
      tx_errors: round2(txErrors),
      rx_drops: round2(rxDrops),
      tx_drops: round2(txDrops),
    });
    if (filters.netTotalsExclude.test(iface)) continue;
    t.net_rx_bytes += rxBytes;
    t.net_tx_bytes += txBytes;
    t.net_rx_packets += rxPackets;
    t.net_tx_packets += txPackets;
    t.net_rx_errors += rxErrors;
    t.net_tx_errors += txErrors;
    t.net_rx_drops += rxDrops;
    t.net_tx_drops += txDrops;
  }
  const totals: NetTotals = {
    net_rx_bytes: round2(t.net_rx_bytes),
    net_tx_bytes: round2(t.net_tx_bytes),
    net_rx_packets: round2(t.net_rx_packets),
    net_tx_packets: round2(t.net_tx_packets),
    net_rx_errors: round2(t.net_rx_errors),
    net_tx_errors: round2(t.net_tx_errors),
    net_rx_drops: round2(t.net_rx_drops),
    net_tx_drops: round2(t.net_tx_drops),
  };
  return { nets, totals };
}
