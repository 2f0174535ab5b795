import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { UsageError } from '@perfanalysis/shared/cli-command';
import { poolSizes } from './pool-sizes.js';

afterEach(() => {
  delete process.env.PA_PORTAL_POOL;
  delete process.env.PA_INGEST_POOL;
});

test('each role its own pool, smaller when one process runs both', () => {
  assert.deepEqual(poolSizes({}, ['portal']).portal, 10);
  assert.deepEqual(poolSizes({}, ['ingest']).ingest, 6);
  assert.deepEqual(poolSizes({}, ['portal', 'ingest']), { portal: 8, ingest: 4 });
});

test('the flag comes before the environment, which comes before the default', () => {
  process.env.PA_PORTAL_POOL = '20';
  process.env.PA_INGEST_POOL = '3';
  assert.deepEqual(poolSizes({ 'ingest-pool': '12' }, ['portal', 'ingest']), { portal: 20, ingest: 12 });
});

test('a size that is not a number of connections is a usage error naming the setting', () => {
  assert.throws(() => poolSizes({ 'portal-pool': 'lots' }, ['portal']), UsageError);
  assert.throws(() => poolSizes({ 'ingest-pool': '0' }, ['ingest']), /--ingest-pool: "0"/);
  process.env.PA_INGEST_POOL = '2.5';
  assert.throws(() => poolSizes({}, ['ingest']), /--ingest-pool: "2.5"/);
});
