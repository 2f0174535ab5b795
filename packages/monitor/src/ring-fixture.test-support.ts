import { noMetrics } from './node-row.js';
import type { RingSampleInput } from './ring-schema.js';

/** A node's sample with every metric set, stamped `ageSeconds` ago; overrides replace any column. */
export function nodeInput(overrides: Partial<RingSampleInput> = {}, ageSeconds = 0): RingSampleInput {
  const metrics = noMetrics();
  let i = 1;
  for (const key of Object.keys(metrics) as (keyof typeof metrics)[]) {
    if (!key.startsWith('c_')) metrics[key] = i;
    i += 1;
  }
  return {
    ...metrics,
    cpu_idle_pct: 60,
    cpu_total_pct: 40,
    sample_time: Math.floor(Date.now() / 1000) - ageSeconds,
    master_flag: false,
    node_flag: true,
    node_name: 'server-01',
    container_name: null,
    source: 'test',
    interval_seconds: 1,
    ...overrides,
  };
}

/** A container's sample: container columns set, node-only ones null. */
export function containerInput(
  container: string,
  overrides: Partial<RingSampleInput> = {},
  ageSeconds = 0,
): RingSampleInput {
  return nodeInput(
    {
      ...noMetrics(),
      node_flag: false,
      container_name: container,
      cpu_total_pct: 12.5,
      c_rss_mb: 256,
      c_vsz_mb: 1024,
      c_shared_mb: 8,
      net_rx_mb_s: 1.5,
      net_tx_mb_s: 0.5,
      ...overrides,
    },
    ageSeconds,
  );
}
