import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { NET_FIELD } from '@perfanalysis/shared';
import { fixturePath } from './fixtures.test-support.js';
import { parseNetDev } from './netdev.js';

function summary(counters: readonly number[] | undefined): number[] {
  const c = counters ?? [];
  return [NET_FIELD.rxBytes, NET_FIELD.rxPackets, NET_FIELD.txBytes, NET_FIELD.txPackets].map(
    (i) => c[i] ?? -1,
  );
}

test('procfs fixture (A5): four interfaces, all error fields 0', () => {
  const net = parseNetDev(readFileSync(fixturePath('procfs', 'proc', 'net', 'dev'), 'utf8'));
  assert.deepEqual(Object.keys(net), ['vethf345468', 'lo', 'docker0', 'eth0']);
  assert.deepEqual(summary(net.vethf345468), [648, 8, 438, 5]);
  assert.deepEqual(summary(net.lo), [1664039048, 1566805, 1664039048, 1566805]);
  assert.deepEqual(summary(net.docker0), [2568, 38, 438, 5]);
  assert.deepEqual(summary(net.eth0), [874354587, 1036395, 563352563, 732147]);
  for (const counters of Object.values(net)) {
    assert.equal(counters.length, 16);
    const others = counters.filter((_, i) => i % 8 > 1);
    assert.deepEqual(others, new Array(12).fill(0));
  }
});

test('per-process view (A6)', () => {
  const net = parseNetDev(readFileSync(fixturePath('procfs', 'proc', '26231', 'net', 'dev'), 'utf8'));
  assert.deepEqual(Object.keys(net), ['lo', 'eth0']);
  assert.deepEqual(net.lo, new Array(16).fill(0));
  assert.deepEqual(summary(net.eth0), [438, 5, 648, 8]);
});

test('the name is everything before the last colon; the 16 numbers map in order', () => {
  const net = parseNetDev(
    '  eth0:1: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\neth1:17 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n',
  );
  assert.deepEqual(net['eth0:1'], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
  assert.equal(net.eth1?.[NET_FIELD.rxBytes], 17);
  const c = net['eth0:1'] ?? [];
  assert.deepEqual(
    [c[NET_FIELD.rxErrors], c[NET_FIELD.rxDrops], c[NET_FIELD.txErrors], c[NET_FIELD.txDrops]],
    [3, 4, 11, 12],
  );
});

test('empty text, headers only, and a truncated line give no interface', () => {
  assert.deepEqual(parseNetDev(''), {});
  assert.deepEqual(
    parseNetDev('Inter-|   Receive\n face |bytes    packets\n  eth0: 874354587 1036395    0'),
    {},
  );
});
