import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOST_METRICS } from '@perfanalysis/shared';
import { TENANT_TABLES } from '../tenancy/tenant-handle.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { metricColumns, ROLLUP_COLUMNS } from '../timeseries/rollup-tables.js';
import { DEVICE_TABLES, HOST_INSERT_COLUMNS, SAMPLE_COLUMNS } from '../timeseries/sample-tables.js';

/** The migrations are frozen SQL; these tests catch drift between them and the shared column lists. */
forEachDatabase('tenant schema', (ctx) => {
  const columns = async (table: string) => {
    const db = await ctx.db();
    return db.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'tenant_default' AND table_name = $1 ORDER BY ordinal_position`,
      [table],
    );
  };

  test("the samples table's columns are the key, HOST_METRICS in order, the upload, a json list per device kind", async () => {
    const actual = await columns('samples');
    const devices = DEVICE_TABLES.map((d) => d.field);
    assert.deepEqual(
      actual.map((c) => c.column_name),
      ['collector_id', 'ts', ...HOST_METRICS.map((m) => m.name), 'upload_id', 'device_names', ...devices],
    );
    assert.deepEqual(SAMPLE_COLUMNS, [
      'collector_id',
      'ts',
      ...HOST_METRICS.map((m) => m.name),
      'device_names',
      ...devices,
    ]);
    assert.deepEqual(HOST_INSERT_COLUMNS, [...SAMPLE_COLUMNS, 'upload_id']);
    const types = Object.fromEntries(actual.map((c) => [c.column_name, c.data_type]));
    for (const metric of HOST_METRICS) assert.equal(types[metric.name], 'double precision', metric.name);
    for (const kind of devices) assert.equal(types[kind], 'json', kind);
    assert.equal(types.upload_id, 'uuid');
    assert.equal(types.device_names, 'uuid');
  });

  test("each per-device view's columns are the key, the device's names, its shared metric list, the upload", async () => {
    for (const device of DEVICE_TABLES) {
      const actual = (await columns(device.table)).map((c) => c.column_name);
      assert.deepEqual(actual, [...device.columns, 'upload_id'], device.table);
    }
  });

  test("sample_rollups' columns are its key, n, min/max/sum/count of every host metric in order, and a sketch", async () => {
    const actual = await columns('sample_rollups');
    assert.deepEqual(
      actual.map((c) => c.column_name),
      ROLLUP_COLUMNS,
    );
    const types = Object.fromEntries(actual.map((c) => [c.column_name, c.data_type]));
    for (const metric of HOST_METRICS) {
      const c = metricColumns(metric.name);
      for (const column of [c.min, c.max, c.sum]) assert.equal(types[column], 'double precision', column);
      assert.equal(types[c.count], 'integer', c.count);
    }
    assert.equal(types.sketch, 'bytea');
  });

  test("the primary keys are (collector_id, ts) and the rollups' (collector_id, resolution, bucket_start)", async () => {
    const db = await ctx.db();
    const rows = await db.query<{ table_name: string; columns: string[] }>(
      `SELECT tc.table_name, array_agg(k.column_name::text ORDER BY k.ordinal_position) AS columns
       FROM information_schema.table_constraints tc
       JOIN information_schema.key_column_usage k
         ON k.constraint_name = tc.constraint_name AND k.table_schema = tc.table_schema
       WHERE tc.table_schema = 'tenant_default' AND tc.constraint_type = 'PRIMARY KEY'
         AND tc.table_name LIKE 'sample%'
       GROUP BY tc.table_name ORDER BY tc.table_name`,
    );
    const keys = Object.fromEntries(rows.map((r) => [r.table_name, r.columns]));
    assert.deepEqual(keys.samples, ['collector_id', 'ts']);
    assert.deepEqual(keys.sample_rollups, ['collector_id', 'resolution', 'bucket_start']);
    assert.deepEqual(keys.sample_device_names, ['id']);
    assert.deepEqual(Object.keys(keys).sort(), ['sample_device_names', 'sample_rollups', 'samples']);
  });

  test('TENANT_TABLES lists exactly the tables a tenant schema has', async () => {
    const db = await ctx.db();
    const rows = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'tenant_default' ORDER BY table_name`,
    );
    assert.deepEqual(
      rows.map((r) => r.table_name),
      [...TENANT_TABLES].sort(),
    );
  });
});
