import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { migrate } from '../migrate.js';
import { forEachDatabase } from '../test-databases.js';
import { dumpSchema } from './schema-dump.test-support.js';

/** The schema the 21 migrations written before v0.1.0 produced, dumped by dumpSchema before they became the baseline. */
const BASELINE_SCHEMA = new URL('../../src/migrations/baseline-schema.txt', import.meta.url);

forEachDatabase('baseline', (ctx) => {
  test('migrating an empty database gives the control and tenant schemas the old chain gave', async () => {
    const db = await ctx.fresh();
    await migrate(db);
    const dump = `-- control\n${await dumpSchema(db, 'control')}-- tenant\n${await dumpSchema(db, 'tenant_default')}`;
    assert.equal(dump, await readFile(BASELINE_SCHEMA, 'utf8'));
  });
});
