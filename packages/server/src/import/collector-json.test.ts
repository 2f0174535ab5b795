import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { HOST_METRICS, type HostMetricName } from '@perfanalysis/shared';
import { collectorJsonHostRows, collectorRecords, isCollectorJson } from './collector-json.js';

const EXAMPLE = JSON.parse(
  readFileSync(new URL('../../testdata/collector-json/user-guide-example.json', import.meta.url), 'utf8'),
);
const value = (values: Float64Array, row: number, name: HostMetricName) =>
  values[row * HOST_METRICS.length + HOST_METRICS.findIndex((c) => c.name === name)];

test("the user guide's example record: CPU and memory as host metrics, no rates from one record", () => {
  assert.ok(isCollectorJson(EXAMPLE));
  const { times, values } = collectorJsonHostRows(collectorRecords(EXAMPLE));
  assert.deepEqual([...times], [1704398400_000]);
  assert.equal(value(values, 0, 'cpu_user'), 25.5);
  assert.equal(value(values, 0, 'cpu_system'), 10.2);
  assert.equal(value(values, 0, 'cpu_idle'), 64.3);
  assert.equal(value(values, 0, 'cpu_iowait'), 0);
  assert.equal(value(values, 0, 'mem_total'), 16384);
  assert.equal(value(values, 0, 'mem_used'), 8192);
  assert.equal(value(values, 0, 'mem_available'), 8192);
  assert.equal(value(values, 0, 'mem_free'), 8192);
  assert.equal(value(values, 0, 'mem_cached'), 4096);
  assert.ok(Number.isNaN(value(values, 0, 'disk_read_bytes')));
  assert.ok(Number.isNaN(value(values, 0, 'cpu_steal')), 'what the collector did not say is missing');
});

test('disk and network bytes are counters: rates between records, summed over devices, lo left out', () => {
  const next = {
    ...EXAMPLE,
    timestamp: EXAMPLE.timestamp + 10,
    disks: [
      { device: 'sda', read_bytes: 1048576 + 10240, write_bytes: 2097152 },
      { device: 'sdb', read_bytes: 5, write_bytes: 5 },
    ],
    network: [
      { interface: 'eth0', rx_bytes: 4194304 + 1000, tx_bytes: 2097152 + 500 },
      { interface: 'lo', rx_bytes: 1e9, tx_bytes: 1e9 },
    ],
  };
  const rebooted = {
    ...next,
    timestamp: next.timestamp + 10,
    disks: [{ device: 'sda', read_bytes: 1, write_bytes: 1 }],
  };
  const { values } = collectorJsonHostRows([EXAMPLE, next, rebooted]);
  assert.equal(value(values, 1, 'disk_read_bytes'), 1024, 'sdb is in one record only');
  assert.equal(value(values, 1, 'disk_write_bytes'), 0);
  assert.equal(value(values, 1, 'net_rx_bytes'), 100);
  assert.equal(value(values, 1, 'net_tx_bytes'), 50);
  assert.ok(Number.isNaN(value(values, 2, 'disk_read_bytes')), 'a counter that went back gives no rate');
  assert.equal(value(values, 2, 'net_rx_bytes'), 0);
});

test('records of the wrong shape are refused, naming the record and the field', () => {
  const cases: [unknown[], RegExp][] = [
    [[], /no records/],
    [[42], /record 1: not an object/],
    [[{ ...EXAMPLE, timestamp: '2024-01-04' }], /record 1: "timestamp" is not a time in unix seconds/],
    [[EXAMPLE, EXAMPLE], /record 2: "timestamp" 1704398400 is not after the record before/],
    [[{ ...EXAMPLE, cpu: [1, 2] }], /record 1: "cpu" is not an object/],
    [[{ ...EXAMPLE, memory: { total_kb: 'lots' } }], /record 1: "memory.total_kb" is not a number/],
    [[{ ...EXAMPLE, disks: {} }], /record 1: "disks" is not an array/],
    [
      [{ ...EXAMPLE, disks: [{ read_bytes: 1, write_bytes: 1 }] }],
      /record 1: "disks\[0\].device" is not a name/,
    ],
    [
      [{ ...EXAMPLE, network: [{ interface: 'eth0', rx_bytes: -1, tx_bytes: 0 }] }],
      /"network\[0\]" needs rx_bytes and tx_bytes/,
    ],
  ];
  for (const [records, message] of cases) assert.throws(() => collectorJsonHostRows(records), message);
});

test('a pcc capture header is not the collector JSON', () => {
  assert.equal(isCollectorJson({ format: 'perfanalysis-capture', timestamp: 1 }), false);
  assert.equal(isCollectorJson([{ time: 1 }]), false);
  assert.equal(isCollectorJson([EXAMPLE]), true);
});
