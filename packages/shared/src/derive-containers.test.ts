import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONTAINER_METRICS } from './columns.js';
import { deriveSample } from './derive.js';
import type { ContainerCounters, RawSnapshot } from './snapshot.js';

const MB = 1024 * 1024;
const ID = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

/** net/dev counters: rx bytes, packets, errs, drop, 4 more, tx bytes, packets, errs, drop, 4 more. */
const net = (rx: number, rxp: number, tx: number, txp: number, errs = 0, drops = 0): number[] => [
  rx,
  rxp,
  errs,
  drops,
  0,
  0,
  0,
  0,
  tx,
  txp,
  errs,
  drops,
  0,
  0,
  0,
  0,
];

const web = (over: Partial<ContainerCounters>): ContainerCounters => ({
  name: 'web',
  runtime: 'docker',
  cgroup: `/system.slice/docker-${ID}.scope`,
  ...over,
});

const before: RawSnapshot = {
  time: 1_700_000_000_000,
  mono: 10_000,
  containers: {
    [ID]: web({
      cpu: [1_000_000, 600_000, 400_000],
      memory_current: 300 * MB,
      memory_max: 512 * MB,
      memory_stat: { anon: 200 * MB, file: 90 * MB, inactive_file: 40 * MB },
      io: [10 * MB, 20 * MB, 100, 200],
      pids: 7,
      net: net(5000, 50, 8000, 80),
    }),
  },
};
const after: RawSnapshot = {
  time: 1_700_000_002_000,
  mono: 12_000,
  containers: {
    [ID]: web({
      // 3 s of CPU in 2 s: one and a half cores.
      cpu: [4_000_000, 2_400_000, 1_600_000],
      memory_current: 320 * MB,
      memory_max: 512 * MB,
      memory_stat: { anon: 210 * MB, file: 100 * MB, inactive_file: 60 * MB },
      io: [14 * MB, 22 * MB, 140, 210],
      pids: 9,
      net: net(9000, 90, 10_000, 100, 2, 4),
    }),
    // Not in the earlier snapshot: no rates yet, so not reported.
    [OTHER]: web({ name: 'db', cpu: [0, 0, 0] }),
  },
};

test('container rates over the measured interval, CPU with 100 = one core', () => {
  const s = deriveSample(before, after);
  assert.ok(s);
  assert.deepEqual(s.containers, [
    {
      container_id: ID,
      container_name: 'web',
      cpu_percent: 150,
      mem_usage_mb: 320,
      mem_limit_mb: 512,
      mem_rss_mb: 210,
      mem_cache_mb: 100,
      mem_working_set_mb: 260,
      blk_read_bytes: 2 * MB,
      blk_write_bytes: 1 * MB,
      blk_read_ops: 20,
      blk_write_ops: 5,
      net_rx_bytes: 2000,
      net_tx_bytes: 1000,
      net_rx_packets: 20,
      net_tx_packets: 10,
      net_rx_errors: 1,
      net_tx_errors: 1,
      net_rx_drops: 2,
      net_tx_drops: 2,
      pids: 9,
    },
  ]);
});

test("each container row has containers.csv's columns, in order", () => {
  const row = deriveSample(before, after)?.containers[0];
  assert.deepEqual(Object.keys(row ?? {}), [
    'container_id',
    'container_name',
    ...CONTAINER_METRICS.map((c) => c.name),
  ]);
});

test('EXPECTED C: a working set below zero is clamped at 0; memory.max `max` gives no limit', () => {
  // runc's TestMemoryStats sample: memory.current is 2048 while inactive_file is 20126994432.
  const stat = { anon: 6121017344, file: 26672709632, inactive_file: 20126994432 };
  const a = { time: 0, mono: 0, containers: { [ID]: web({ memory_current: 2048, memory_stat: stat }) } };
  const b = {
    time: 1000,
    mono: 1000,
    containers: { [ID]: web({ memory_current: 2048, memory_max: null, memory_stat: stat }) },
  };
  const row = deriveSample(a, b)?.containers[0];
  assert.equal(row?.mem_working_set_mb, 0);
  assert.equal(row?.mem_usage_mb, 0);
  assert.equal(row?.mem_limit_mb, null);
  assert.equal(row?.mem_rss_mb, 5837.46);
  assert.equal(row?.mem_cache_mb, 25437.08);
});

test('a missing cgroup file gives null metrics, not zeros', () => {
  const a = { time: 0, containers: { [ID]: web({ cpu: [0, 0, 0] }) } };
  const b = { time: 1000, containers: { [ID]: web({ cpu: [500_000, 0, 0] }) } };
  const row = deriveSample(a, b)?.containers[0];
  assert.ok(row);
  assert.equal(row.cpu_percent, 50);
  for (const column of CONTAINER_METRICS) {
    if (column.name !== 'cpu_percent') assert.equal(row[column.name], null, column.name);
  }
});

test('a counter reset (cgroup re-created under the same id) gives 0, never a negative or a wrap', () => {
  const a = { time: 0, containers: { [ID]: web({ cpu: [3_000_000_000, 0, 0], io: [3e9, 0, 3e9, 0] }) } };
  const b = { time: 1000, containers: { [ID]: web({ cpu: [1000, 0, 0], io: [10, 0, 1, 0] }) } };
  const row = deriveSample(a, b)?.containers[0];
  assert.equal(row?.cpu_percent, 0);
  assert.equal(row?.blk_read_bytes, 0);
  assert.equal(row?.blk_read_ops, 0);
});

test('no containers section on either side gives an empty list, and containers come last', () => {
  const s = deriveSample({ time: 0 }, { time: 1000, containers: after.containers ?? {} });
  assert.deepEqual(s?.containers, []);
  assert.equal(Object.keys(s ?? {}).at(-1), 'containers');
});
