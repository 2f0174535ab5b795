import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareMetric, compareSeries } from './comparison.js';

const points = (values: readonly number[], from = 100): Map<number, number> =>
  new Map(values.map((value, i) => [from + i, value]));

test('compareMetric averages over the intervals both sides have', () => {
  const c = compareMetric('cpu.user', points([10, 20, 30]), points([99, 21, 29], 99));
  assert.equal(c.intervals, 2);
  assert.equal(c.pccMean, 15);
  assert.equal(c.sysstatMean, 25);
});

test('compareMetric holds CPU to 1 percentage point', () => {
  assert.equal(compareMetric('cpu.idle', points([50, 50]), points([50.9, 50.9])).verdict, 'ok');
  const out = compareMetric('cpu.idle', points([50, 50]), points([51.2, 51.2]));
  assert.equal(out.verdict, 'out of tolerance');
  assert.ok(Math.abs((out.difference ?? 0) + 1.2) < 1e-9);
});

test('compareMetric holds rates to 2 % of sysstat, and reports the worst interval', () => {
  const c = compareMetric(
    'disk.vda.read_bytes',
    points([900_000, 1_100_000]),
    points([1_000_000, 1_000_000]),
  );
  assert.equal(c.verdict, 'ok');
  assert.equal(c.difference, 0);
  assert.equal(c.worstInterval, 10);
  assert.equal(compareMetric('net.lo.rx_packets', points([103]), points([100])).verdict, 'out of tolerance');
});

test('compareMetric leaves out rates that are negligible on both sides', () => {
  const c = compareMetric('net.eth0.rx_bytes', points([10, 0]), points([0, 30]));
  assert.equal(c.verdict, 'both ~0');
  assert.equal(c.difference, undefined);
});

test('compareMetric refuses sides without a common interval', () => {
  assert.throws(() => compareMetric('cpu.user', points([1]), points([1], 200)), /no interval common/);
});

test('compareSeries compares the keys both sides hold, in the order asked', () => {
  const pcc = new Map([
    ['cpu.user', points([1])],
    ['cpu.idle', points([99])],
  ]);
  const sysstat = new Map([
    ['cpu.idle', points([99])],
    ['cpu.user', points([1])],
  ]);
  const keys = compareSeries(['cpu.idle', 'cpu.steal', 'cpu.user'], pcc, sysstat).map((c) => c.key);
  assert.deepEqual(keys, ['cpu.idle', 'cpu.user']);
});
