import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyView, type ListedCollector, viewFrom } from './collector-list.js';

const collector = (machine_name: string, more: Partial<ListedCollector> = {}): ListedCollector => ({
  machine_name,
  site_name: null,
  platform: null,
  last_upload: null,
  files_count: 0,
  status: 'live',
  ...more,
});
const ALL = [
  collector('web-10', { site_name: 'Paris', files_count: 2, last_upload: '2026-12-01T10:00:00Z' }),
  collector('web-9', { site_name: 'Berlin', status: 'idle', files_count: 10 }),
  collector('db-01', { site_name: 'Paris', status: 'uploaded', last_upload: '2026-12-02T10:00:00Z' }),
  collector('cache', { files_count: 1 }),
];
const names = (query: string) =>
  applyView(ALL, viewFrom(new URLSearchParams(query))).map((c) => c.machine_name);

test('by machine name at first, numbers in names in their order', () => {
  assert.deepEqual(names(''), ['cache', 'db-01', 'web-9', 'web-10']);
  assert.deepEqual(names('sort=-machine'), ['web-10', 'web-9', 'db-01', 'cache']);
});

test('any column sorts either way; collectors without a value come last both ways', () => {
  assert.deepEqual(names('sort=files'), ['db-01', 'cache', 'web-10', 'web-9']);
  assert.deepEqual(names('sort=-files'), ['web-9', 'web-10', 'cache', 'db-01']);
  assert.deepEqual(names('sort=upload'), ['web-10', 'db-01', 'cache', 'web-9']);
  assert.deepEqual(names('sort=-upload'), ['db-01', 'web-10', 'cache', 'web-9']);
  assert.deepEqual(names('sort=site'), ['web-9', 'db-01', 'web-10', 'cache']);
  assert.deepEqual(names('sort=nonsense'), names(''));
});

test('search, site (also "no site") and status narrow the list together', () => {
  assert.deepEqual(names('q=WEB'), ['web-9', 'web-10']);
  assert.deepEqual(names('site=Paris'), ['db-01', 'web-10']);
  assert.deepEqual(names('site=(none)'), ['cache']);
  assert.deepEqual(names('site='), names(''));
  assert.deepEqual(names('site=Paris&status=live'), ['web-10']);
  assert.deepEqual(names('q=web&status=idle'), ['web-9']);
  assert.deepEqual(names('q=nothing'), []);
});
