import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOST_METRICS } from '@perfanalysis/shared';
import type { LatestSample } from '@perfanalysis/storage';
import { sampleValue } from './exposition.test-support.js';
import { PROMETHEUS_SERIES } from './fleet-metric-names.js';
import { fleetRegistry, STALE_AFTER_MS } from './fleet-metrics.js';

const NOW = Date.UTC(2026, 5, 1, 12);

function latest(
  collectorId: string,
  machineName: string,
  ts: number,
  values: Record<string, number>,
): LatestSample {
  const all: Record<string, number | null> = {};
  for (const column of HOST_METRICS) all[column.name] = values[column.name] ?? null;
  return { collectorId, machineName, site: 'lab "east"', ts: new Date(ts), values: all };
}

test('base units, a mode label for CPU time, no timestamps; a silent collector keeps only its last-sample time', async () => {
  const text = await fleetRegistry(
    [
      latest('1', 'web-01', NOW - 1000, {
        cpu_user: 25,
        cpu_idle: 70,
        mem_used: 2048,
        disk_util: 50,
        load_1m: 1.5,
      }),
      latest('2', 'db-01', NOW - STALE_AFTER_MS, { cpu_user: 90 }),
    ],
    NOW,
  ).metrics();
  const web = 'collector="1",machine="web-01",site="lab \\"east\\""';
  assert.equal(sampleValue(text, `perfanalysis_cpu_ratio{${web},mode="user"}`), 0.25);
  assert.equal(sampleValue(text, `perfanalysis_cpu_ratio{${web},mode="idle"}`), 0.7);
  assert.equal(sampleValue(text, `perfanalysis_memory_used_bytes{${web}}`), 2048 * 1024 * 1024);
  assert.equal(sampleValue(text, `perfanalysis_disk_busy_ratio{${web}}`), 0.5);
  assert.equal(sampleValue(text, `perfanalysis_load1{${web}}`), 1.5);
  assert.equal(
    sampleValue(text, `perfanalysis_collector_last_sample_timestamp_seconds{${web}}`),
    (NOW - 1000) / 1000,
  );
  // Metrics without a value in the sample are not made up.
  assert.doesNotMatch(text, /perfanalysis_memory_total_bytes\{/);
  // db-01 last reported five minutes ago: only when, not what.
  const db = 'collector="2",machine="db-01",site="lab \\"east\\""';
  assert.equal(
    sampleValue(text, `perfanalysis_collector_last_sample_timestamp_seconds{${db}}`),
    (NOW - STALE_AFTER_MS) / 1000,
  );
  assert.doesNotMatch(text, /perfanalysis_cpu_ratio\{collector="2"/);
  // Every sample line is `name{labels} value`: no third field (a timestamp).
  for (const line of text.split('\n').filter((l) => l !== '' && !l.startsWith('#')))
    assert.match(line, /^[a-z_0-9]+(\{.*\})? [^ ]+$/, line);
});

test('each host column has its own series; only CPU modes share a name, told apart by their label', () => {
  const seen = new Set<string>();
  for (const column of HOST_METRICS) {
    const series = PROMETHEUS_SERIES[column.name];
    assert.match(series.name, /^perfanalysis_[a-z0-9_]+$/);
    const identity = `${series.name}${JSON.stringify(series.labels)}`;
    assert.ok(!seen.has(identity), `${column.name} repeats ${identity}`);
    seen.add(identity);
    assert.equal(series.name === 'perfanalysis_cpu_ratio', column.name.startsWith('cpu_'), column.name);
  }
});
