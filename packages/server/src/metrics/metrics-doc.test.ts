import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { openDatabase } from '@perfanalysis/storage';
import { PROMETHEUS_SERIES } from './fleet-metric-names.js';
import { ServerMetrics } from './server-metrics.js';

const DOC = readFileSync(new URL('../../../../docs/metrics.md', import.meta.url), 'utf8');

test('docs/metrics.md names every series /metrics can show', async () => {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    const names = [
      ...Object.values(PROMETHEUS_SERIES).map((series) => series.name),
      'perfanalysis_collector_last_sample_timestamp_seconds',
      ...(await new ServerMetrics(db).registry.getMetricsAsJSON()).map((metric) => metric.name),
    ];
    assert.ok(names.includes('perfanalysis_http_request_duration_seconds'));
    assert.deepEqual(
      // A table's first cell (Biome pads the cells to the column's width).
      names.filter((name) => !new RegExp(`^\\| \`${name}\` +\\|`, 'm').test(DOC)),
      [],
    );
  } finally {
    await db.close();
  }
});
