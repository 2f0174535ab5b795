import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { collectorRepository, type Database, tenantByName, tenantHandle } from '@perfanalysis/storage';
import { forEachDatabase } from '@perfanalysis/storage/test-support/databases';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { qualifiedKey } from '../credentials.js';
import { sampleValue } from './exposition.test-support.js';
import { serverMetrics } from './server-metrics.js';

const T0 = Date.UTC(2026, 0, 1);

forEachDatabase('server metrics', (ctx) => {
  let db: Database;
  let app: FastifyInstance;
  const keys: string[] = [];

  before(async () => {
    db = await ctx.db();
    app = await buildApp({ db, bodyLimitBytes: 1024 * 1024 }, { role: 'ingest' });
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    for (const machineName of ['metrics-a', 'metrics-b']) {
      const created = await collectorRepository(tenantHandle(db, tenant)).create({ machineName });
      keys.push(qualifiedKey('default', created.apiKey));
    }
  });
  after(() => app.close());

  const postBatch = (key: string | undefined, timestamps: number[]) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/metrics/',
      headers: { authorization: `ApiKey ${key}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ samples: timestamps.map((timestamp) => ({ timestamp, cpu_user: 5 })) }),
    });

  test('batches and samples from two agents, request durations by route, connection waits', async () => {
    const before = await serverMetrics(db).registry.metrics();
    assert.equal(sampleValue(before, 'perfanalysis_ingest_batches_total'), 0);
    // Agent A sends a batch twice (the second time every sample is a duplicate); agent B sends one.
    for (const [key, timestamps] of [
      [keys[0], [T0, T0 + 1000]],
      [keys[0], [T0, T0 + 1000]],
      [keys[1], [T0, T0 + 1000, T0 + 2000]],
    ] as const) {
      const response = await postBatch(key, [...timestamps]);
      assert.equal(response.statusCode, 200, response.body);
    }
    assert.equal((await app.inject({ method: 'GET', url: '/no/such/route' })).statusCode, 404);

    const text = await serverMetrics(db).registry.metrics();
    assert.equal(sampleValue(text, 'perfanalysis_ingest_batches_total'), 3);
    assert.equal(sampleValue(text, 'perfanalysis_ingest_samples_total{result="stored"}'), 5);
    assert.equal(sampleValue(text, 'perfanalysis_ingest_samples_total{result="duplicate"}'), 2);
    const route = (method: string, pattern: string, status: number) =>
      `perfanalysis_http_request_duration_seconds_count{method="${method}",route="${pattern}",status_code="${status}"}`;
    assert.equal(sampleValue(text, route('POST', '/api/v1/metrics/', 200)), 3);
    assert.equal(sampleValue(text, route('GET', 'unmatched', 404)), 1);
    assert.match(text, /# TYPE perfanalysis_http_request_duration_seconds histogram/);
    assert.ok(sampleValue(text, 'perfanalysis_db_connection_waits_total') > 0);
    assert.equal(sampleValue(text, 'perfanalysis_db_connection_waiting'), 0);
    assert.ok(sampleValue(text, 'perfanalysis_db_connection_wait_seconds_total') >= 0);
  });
});
