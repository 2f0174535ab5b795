import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  collectorRepository,
  createTenant,
  migrate,
  openDatabase,
  sampleRepository,
  tenantHandle,
} from '@perfanalysis/storage';
import { testSamples } from '@perfanalysis/storage/test-support/sample-fixture';
import { scheduleRetention } from './retention-schedule.js';

const DAY = 86_400_000;

test('retention runs at start-up, not an hour later: old samples go as soon as the server starts', async () => {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrate(db);
    const t = tenantHandle(db, await createTenant(db, { name: 'brief', retentionDays: 1 }));
    const { collector } = await collectorRepository(t).create({ machineName: 'web-01' });
    // One sample an hour for the last three days: those older than a day go.
    await sampleRepository(t).insertSamples(collector.id, testSamples(Date.now() - 3 * DAY, 72, 3_600_000));
    const errors: Error[] = [];
    const retention = scheduleRetention(db, (error) => errors.push(error));
    await retention.firstPass;
    retention.stop();
    assert.deepEqual(errors, []);
    const { count, first } = await sampleRepository(t).timeBounds(collector.id);
    assert.ok(count <= 24, `${count} samples left, of 72`);
    assert.ok(first && first.getTime() >= Date.now() - DAY - 60_000, 'none older than a day');
  } finally {
    await db.close();
  }
});
