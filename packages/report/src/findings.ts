import { formatNumber, formatValue } from '@perfanalysis/shared/units';
import type { Threshold, ThresholdShare } from '@perfanalysis/storage';
import type { Finding } from './model.js';

interface Rule {
  readonly id: string;
  readonly threshold: Threshold;
  /** The unit of the measure, for its extreme value. */
  readonly unit: string;
  /** What is found, before " for N % of the run". */
  readonly what: string;
  /** The smallest share of the samples (0–1) worth reporting; any sample at all when 0. */
  readonly minShare: number;
}

/** What a report looks for: the examples, each a threshold over every sample of the range. */
export const RULES: readonly Rule[] = [
  {
    id: 'cpu-busy',
    threshold: { measure: { sum: ['cpu_idle'], from: 100 }, beyond: 'above', limit: 90 },
    unit: '%',
    what: 'CPU busy above 90 %',
    minShare: 0.01,
  },
  {
    id: 'cpu-steal',
    threshold: { measure: { sum: ['cpu_steal'] }, beyond: 'above', limit: 5 },
    unit: '%',
    what: 'CPU steal above 5 % (the hypervisor ran something else)',
    minShare: 0.01,
  },
  {
    id: 'cpu-iowait',
    threshold: { measure: { sum: ['cpu_iowait'] }, beyond: 'above', limit: 20 },
    unit: '%',
    what: 'I/O wait above 20 %',
    minShare: 0.05,
  },
  {
    id: 'memory-available',
    threshold: { measure: { sum: ['mem_available'], per: 'mem_total' }, beyond: 'below', limit: 10 },
    unit: '%',
    what: 'memory available under 10 % of the total',
    minShare: 0.01,
  },
  {
    id: 'swap-used',
    threshold: { measure: { sum: ['swap_used'], per: 'swap_total' }, beyond: 'above', limit: 50 },
    unit: '%',
    what: 'swap more than half used',
    minShare: 0.01,
  },
  {
    id: 'disk-busy',
    threshold: { measure: { sum: ['disk_util'] }, beyond: 'above', limit: 90 },
    unit: '%',
    what: 'a disk busy above 90 %',
    minShare: 0.01,
  },
  {
    id: 'net-errors',
    threshold: { measure: { sum: ['net_rx_errors', 'net_tx_errors'] }, beyond: 'above', limit: 0 },
    unit: '/s',
    what: 'errors on a network interface',
    minShare: 0,
  },
  {
    id: 'net-drops',
    threshold: { measure: { sum: ['net_rx_drops', 'net_tx_drops'] }, beyond: 'above', limit: 0 },
    unit: '/s',
    what: 'packets dropped on a network interface',
    minShare: 0,
  },
];

export const THRESHOLDS: readonly Threshold[] = RULES.map((r) => r.threshold);

/** The findings of the rules' shares (in RULES order): those whose share reaches the rule's minimum. */
export function findingsOf(shares: readonly ThresholdShare[]): Finding[] {
  return RULES.flatMap((rule, i) => {
    const share = shares[i];
    if (share === undefined || share.count === 0 || share.hits === 0) return [];
    const fraction = share.hits / share.count;
    if (fraction < rule.minShare) return [];
    const extreme = rule.threshold.beyond === 'above' ? 'highest' : 'lowest';
    return [
      {
        id: rule.id,
        text: `${rule.what} for ${formatNumber(fraction * 100)} % of the run`,
        figure: `${share.hits.toLocaleString('en')} of ${share.count.toLocaleString('en')} samples; ${extreme} ${formatValue(share.extreme, rule.unit)}`,
        share,
      },
    ];
  });
}
