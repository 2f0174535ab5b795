import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ContainerNames } from './container-names.js';
import type { NameLookup } from './docker-names.js';

/** A lookup answering from a map that the test changes, counting its calls. */
function fakeLookup(names: ReadonlyMap<string, string>): { calls: number; lookup: NameLookup } {
  const fake = {
    calls: 0,
    lookup: async () => {
      fake.calls += 1;
      return new Map(names);
    },
  };
  return fake;
}

const failing =
  (reason: string): NameLookup =>
  async () => {
    throw new Error(reason);
  };

test('a lookup starts when an unknown id appears, and sampling reads the cache meanwhile', async () => {
  const known = new Map([['a', 'web']]);
  const fake = fakeLookup(known);
  const names = new ContainerNames({ lookups: [fake.lookup] });
  assert.equal(names.get('a'), undefined);
  names.notice(['a']);
  assert.equal(names.get('a'), undefined, 'nothing waits for the lookup');
  await names.settled();
  assert.equal(names.get('a'), 'web');
  names.notice(['a']);
  await names.settled();
  assert.equal(fake.calls, 1, 'a known id causes no lookup');
});

test('at most one lookup per interval, and an id nobody knows stops causing lookups', async () => {
  let now = 0;
  const known = new Map<string, string>();
  const fake = fakeLookup(known);
  const names = new ContainerNames({
    lookups: [fake.lookup],
    minIntervalMs: 10_000,
    maxAttempts: 2,
    now: () => now,
  });
  names.notice(['x']);
  await names.settled();
  now = 5_000;
  names.notice(['x']);
  await names.settled();
  assert.equal(fake.calls, 1, 'too soon');
  now = 10_000;
  names.notice(['x']);
  await names.settled();
  assert.equal(fake.calls, 2);
  now = 30_000;
  names.notice(['x']);
  await names.settled();
  assert.equal(fake.calls, 2, 'x had its two attempts');
  known.set('y', 'db');
  names.notice(['x', 'y']);
  await names.settled();
  assert.equal(fake.calls, 3, 'a new id does cause one');
  assert.equal(names.get('y'), 'db');
  assert.equal(names.get('x'), undefined);
});

test('the API first, then the command; all failing warns once and names nothing', async () => {
  const command = fakeLookup(new Map([['a', 'web']])).lookup;
  const names = new ContainerNames({ lookups: [failing('unix:///var/run/docker.sock: ENOENT'), command] });
  names.notice(['a']);
  await names.settled();
  assert.equal(names.get('a'), 'web');

  const warnings: string[] = [];
  let now = 0;
  const none = new ContainerNames({
    lookups: [failing('unix:///var/run/docker.sock: ENOENT'), failing('docker ps: spawn docker ENOENT')],
    onWarning: (message) => warnings.push(message),
    now: () => now,
  });
  none.notice(['a']);
  await none.settled();
  now = 20_000;
  none.notice(['a']);
  await none.settled();
  assert.equal(none.get('a'), undefined);
  assert.deepEqual(warnings, [
    'container names not found (unix:///var/run/docker.sock: ENOENT; docker ps: spawn docker ENOENT): ' +
      'containers are named after their cgroups',
  ]);
});

test('names of containers that are gone are forgotten at the next lookup', async () => {
  const known = new Map([
    ['a', 'web'],
    ['b', 'db'],
  ]);
  const names = new ContainerNames({ lookups: [fakeLookup(known).lookup], minIntervalMs: 0 });
  names.notice(['a', 'b']);
  await names.settled();
  known.delete('a');
  known.set('c', 'cache');
  names.notice(['b', 'c']);
  await names.settled();
  assert.equal(names.get('a'), undefined);
  assert.equal(names.get('b'), 'db');
  assert.equal(names.get('c'), 'cache');
});
