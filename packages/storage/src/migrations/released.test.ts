import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { MIGRATIONS, type Migration } from './index.js';
import { frozenViolations, type ReleasedMigrations, sqlChecksum, withAllReleased } from './released.js';

/** Kept in the sources (npm run migrations:freeze writes it at a release); the tests run from dist. */
const RELEASED = new URL('../../src/migrations/released.json', import.meta.url);

const a: Migration = { name: '2099-01-01-01-a', target: 'tenant', sql: 'CREATE TABLE a (id int);' };
const b: Migration = { name: '2099-01-01-02-b', target: 'tenant', sql: 'CREATE TABLE b (id int);' };

test('released migrations are frozen: each one released.json lists is here with the SQL it was released with', async () => {
  const released = JSON.parse(await readFile(RELEASED, 'utf8')) as ReleasedMigrations;
  assert.deepEqual(frozenViolations(released, MIGRATIONS), []);
  assert.ok(Object.keys(released).length > 0);
});

test('a released migration edited or removed is named, with what to do', () => {
  const released = withAllReleased({}, [a, b]);
  assert.deepEqual(frozenViolations(released, [a, b]), []);
  assert.deepEqual(frozenViolations(released, [{ ...a, sql: `${a.sql} -- tidied` }]), [
    "released migration 2099-01-01-01-a's SQL changed: released migrations are frozen, add a new migration",
    'released migration 2099-01-01-02-b is gone: put it back',
  ]);
});

test('freezing adds the migrations not yet released and keeps what was released', () => {
  const released = { [a.name]: 'as released' };
  assert.deepEqual(withAllReleased(released, [a, b]), {
    [a.name]: 'as released',
    [b.name]: sqlChecksum(b.sql),
  });
  assert.equal(sqlChecksum(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
});
