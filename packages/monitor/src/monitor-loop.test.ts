import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { type Database, openDatabase } from '@perfanalysis/storage';
import { CompleteResourceMonitor } from './complete-resource-monitor.js';
import { runMonitor } from './monitor-loop.js';
import type { RingSample } from './ring-schema.js';
import { FixtureSource, fixtureSnapshots } from './snapshot-fixture.test-support.js';

let db: Database;
after(() => db?.close());

async function database(): Promise<Database> {
  db ??= await openDatabase({ dataDir: 'memory://' });
  return db;
}

test('--samples N: N samples of the node and of each container, each at its own interval', async () => {
  const monitor = new CompleteResourceMonitor(await database(), {
    tableName: 'loop_counted',
    snapshots: new FixtureSource(fixtureSnapshots()),
  });
  const rows: RingSample[] = [];
  const result = await runMonitor(monitor, {
    containers: ['web', 'gone'],
    nodeIntervalSeconds: 0.02,
    containerIntervalSeconds: 0.01,
    samples: 3,
    signal: new AbortController().signal,
    onSample: (row) => rows.push(row),
  });
  await monitor.close();
  assert.deepEqual(result, { written: 6, missed: 3 });
  assert.equal(rows.filter((r) => r.node_flag).length, 3);
  assert.equal(rows.filter((r) => r.container_name === 'web').length, 3);
});

test('until stopped: runs until the signal aborts, then ends at once', async () => {
  const monitor = new CompleteResourceMonitor(await database(), {
    tableName: 'loop_service',
    snapshots: new FixtureSource(fixtureSnapshots()),
  });
  const stop = new AbortController();
  let count = 0;
  const running = runMonitor(monitor, {
    containers: [],
    nodeIntervalSeconds: 0.05,
    containerIntervalSeconds: 0.05,
    signal: stop.signal,
    onSample: () => {
      count += 1;
      if (count === 4) setTimeout(() => stop.abort(), 10);
    },
  });
  const result = await running;
  // Sample 5 may already be taken when the abort comes (a slow write on a loaded machine): none after it.
  assert.ok(count === 4 || count === 5, `${count} samples`);
  assert.equal(result.written, count);
  await monitor.close();
});

test('until stopped, a failed sample is told and the loop goes on; with --samples it ends the run', async () => {
  const database = await openDatabase({ dataDir: 'memory://' });
  const flaky = Object.create(database) as Database;
  let failures = 1;
  flaky.query = (sql, params) => {
    if (sql.includes('WITH next AS') && failures > 0) {
      failures -= 1;
      return Promise.reject(new Error('connection lost'));
    }
    return database.query(sql, params);
  };
  const monitor = new CompleteResourceMonitor(flaky, { snapshots: new FixtureSource(fixtureSnapshots()) });
  const errors: string[] = [];
  const stop = new AbortController();
  const result = await runMonitor(monitor, {
    containers: [],
    nodeIntervalSeconds: 0.01,
    containerIntervalSeconds: 0.01,
    signal: stop.signal,
    onError: (error, target) => errors.push(`${target}: ${error.message}`),
    onSample: () => stop.abort(),
  });
  assert.deepEqual(errors, ['node: connection lost']);
  assert.deepEqual(result, { written: 1, missed: 1 });

  failures = 1;
  await assert.rejects(
    runMonitor(monitor, {
      containers: ['web'],
      nodeIntervalSeconds: 0.01,
      containerIntervalSeconds: 0.01,
      samples: 5,
      signal: new AbortController().signal,
    }),
    /connection lost/,
  );
  await monitor.close();
  await database.close();
});
