import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chartLink, chartSlug, readRange, relativeQuery, windowQuery } from './range-url.js';

test('the range in the address: a window wins over a relative range; nonsense reads as ALL', () => {
  assert.deepEqual(readRange(new URLSearchParams('range=90m')), {
    range: '90m',
    zoom: undefined,
    view: undefined,
  });
  assert.deepEqual(readRange(new URLSearchParams('range=6H&from=100&to=200&view=cpu')), {
    range: '6H',
    zoom: { from: 100, to: 200 },
    view: 'cpu',
  });
  assert.deepEqual(readRange(new URLSearchParams('range=2w&from=200&to=100')), {
    range: 'ALL',
    zoom: undefined,
    view: undefined,
  });
  assert.deepEqual(relativeQuery('ALL'), { range: undefined, from: undefined, to: undefined });
  assert.deepEqual(windowQuery({ from: 1, to: 2 }), { from: '1', to: '2' });
});

test('a link to one chart over one window keeps the page’s other parameters', () => {
  assert.equal(chartSlug('Busy per CPU'), 'busy-per-cpu');
  assert.equal(
    chartLink('http://h/collectors/x/dashboard?tab=host&range=1H', 'busy-per-cpu', { from: 10, to: 70 }),
    'http://h/collectors/x/dashboard?tab=host&range=1H&view=busy-per-cpu&from=10&to=70',
  );
});
