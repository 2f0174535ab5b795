import { HOST_METRICS } from '@perfanalysis/shared';
import type { LatestSample } from '@perfanalysis/storage';
import { Gauge, Registry } from 'prom-client';
import { PROMETHEUS_SERIES } from './fleet-metric-names.js';

/**
 * A collector whose latest sample is older than this has stopped reporting: its values are left out (only
 * its last-sample time stays, for alerts), as Prometheus itself forgets a series after five minutes.
 */
export const STALE_AFTER_MS = 5 * 60_000;

const COLLECTOR_LABELS = ['collector', 'machine', 'site'] as const;

/**
 * The fleet's latest samples as Prometheus gauges, in base units, without sample timestamps (Prometheus
 * stamps a scrape itself); collectors silent for STALE_AFTER_MS or more show only their last-sample time.
 */
export function fleetRegistry(latest: readonly LatestSample[], now: number): Registry {
  const registry = new Registry();
  const lastSample = new Gauge({
    name: 'perfanalysis_collector_last_sample_timestamp_seconds',
    help: "When the collector's latest sample was taken (unix seconds)",
    labelNames: COLLECTOR_LABELS,
    registers: [registry],
  });
  const gauges = new Map<string, Gauge>();
  const gauge = (name: string, help: string, extra: readonly string[]): Gauge => {
    let found = gauges.get(name);
    if (found === undefined) {
      found = new Gauge({ name, help, labelNames: [...COLLECTOR_LABELS, ...extra], registers: [registry] });
      gauges.set(name, found);
    }
    return found;
  };
  for (const sample of latest) {
    const labels = { collector: sample.collectorId, machine: sample.machineName, site: sample.site };
    lastSample.set(labels, sample.ts.getTime() / 1000);
    if (now - sample.ts.getTime() >= STALE_AFTER_MS) continue;
    for (const column of HOST_METRICS) {
      const value = sample.values[column.name];
      if (value === null || value === undefined) continue;
      const series = PROMETHEUS_SERIES[column.name];
      gauge(series.name, series.help, Object.keys(series.labels)).set(
        { ...labels, ...series.labels },
        series.toBase(value),
      );
    }
  }
  return registry;
}
