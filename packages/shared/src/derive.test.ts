import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOST_METRICS } from './columns.js';
import { deriveSample } from './derive.js';
import { deviceFilters } from './device-filters.js';
import type { RawSnapshot } from './snapshot.js';

/** diskstats fields: reads, merged, sectors read, read ms, writes, merged, sectors written, write ms, in flight, io ms, weighted. */
const disk = (
  reads: number,
  sectorsRead: number,
  writes: number,
  sectorsWritten: number,
  ioMs: number,
  ms = 0,
) => [reads, 0, sectorsRead, ms, writes, 0, sectorsWritten, ms, 0, ioMs, 0];
/** net/dev fields: rx bytes, packets, errs, drop, 4 more, tx bytes, packets, errs, drop, 4 more. */
const net = (rx: number, rxp: number, tx: number, txp: number, errs = 0, drops = 0) => [
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

const first: RawSnapshot = {
  time: 1_700_000_000_000,
  mono: 5_000,
  stat: {
    cpu: [100, 0, 100, 800, 0, 0, 0, 0, 0, 0],
    cpus: { cpu0: [50, 0, 50, 400, 0, 0, 0, 0, 0, 0], cpu1: [50, 0, 50, 400, 0, 0, 0, 0, 0, 0] },
    ctxt: 1000,
    intr: 5000,
    processes: 10,
    procs_running: 1,
    procs_blocked: 0,
    btime: 1_600_000_000,
  },
  diskstats: {
    sda: disk(100, 1000, 100, 2000, 10_000),
    sda1: disk(100, 1000, 100, 2000, 10_000),
    nvme0n1: disk(0, 0, 0, 0, 0),
    'dm-0': disk(100, 1000, 100, 2000, 10_000),
    loop0: disk(0, 0, 0, 0, 0),
  },
  netdev: { lo: net(0, 0, 0, 0), eth0: net(1000, 10, 2000, 20), eth1: net(0, 0, 0, 0) },
};
const second: RawSnapshot = {
  time: 1_700_000_002_000,
  mono: 7_000,
  stat: {
    cpu: [200, 0, 150, 1050, 0, 0, 0, 0, 0, 0],
    cpus: { cpu0: [150, 0, 50, 550, 0, 0, 0, 0, 0, 0], cpu1: [50, 0, 50, 500, 0, 0, 0, 0, 0, 0] },
    ctxt: 3000,
    intr: 9000,
    processes: 12,
    procs_running: 3,
    procs_blocked: 1,
    btime: 1_600_000_000,
  },
  meminfo: { MemTotal: 2_048_000, MemFree: 512_000, MemAvailable: 1_024_000, Buffers: 0, Cached: 0 },
  loadavg: [0.5, 0.25, 0.1],
  diskstats: {
    sda: disk(300, 5000, 150, 4000, 11_000, 100),
    sda1: disk(300, 5000, 150, 4000, 11_000),
    nvme0n1: disk(10, 80, 0, 0, 2500),
    'dm-0': disk(300, 5000, 150, 4000, 11_000),
    loop0: disk(10, 10, 0, 0, 10),
  },
  netdev: { lo: net(9999, 99, 9999, 99), eth0: net(3000, 30, 6000, 60, 2, 4), eth1: net(1000, 10, 0, 0) },
  temperatures: { 'coretemp/Core 0': 55, 'thermal_zone1/acpitz': -44 },
};

test('derives host totals and per-device rates over the measured interval', () => {
  const s = deriveSample(first, second);
  assert.ok(s);
  assert.equal(s.timestamp, second.time);
  assert.equal(s.interval, 2);
  assert.equal(s.cpu_user, 25);
  assert.equal(s.cpu_system, 12.5);
  assert.equal(s.cpu_idle, 62.5);
  assert.deepEqual(
    s.cpus.map((c) => [c.cpu, c.user, c.idle]),
    [
      ['cpu0', 40, 60],
      ['cpu1', 0, 100],
    ],
  );
  assert.equal(s.ctx_switches, 1000);
  assert.equal(s.interrupts, 2000);
  assert.equal(s.procs_running, 3);
  assert.equal(s.procs_blocked, 1);
  assert.equal(s.mem_used, 1000);
  assert.deepEqual([s.load_1m, s.load_5m, s.load_15m], [0.5, 0.25, 0.1]);
  assert.equal(s.temperature, 55);
});

test("each CPU's frequency is the current snapshot's, rounded; a CPU the machine gives none for is null", () => {
  const s = deriveSample(
    { ...first, cpu_mhz: { cpu0: 800, cpu1: 800 } },
    { ...second, cpu_mhz: { cpu0: 1219.917 } },
  );
  assert.deepEqual(
    s?.cpus.map((c) => [c.cpu, c.mhz]),
    [
      ['cpu0', 1219.92],
      ['cpu1', null],
    ],
  );
  assert.deepEqual(
    deriveSample(first, second)?.cpus.map((c) => c.mhz),
    [null, null],
  );
});

test('disk totals count whole disks only; partitions, loop and ram are not reported, dm is not totalled', () => {
  const s = deriveSample(first, second);
  assert.ok(s);
  assert.deepEqual(s.disks.map((d) => d.device).sort(), ['dm-0', 'nvme0n1', 'sda']);
  const sda = s.disks.find((d) => d.device === 'sda');
  assert.deepEqual(sda, {
    device: 'sda',
    read_bytes: (4000 * 512) / 2,
    write_bytes: (2000 * 512) / 2,
    read_ops: 100,
    write_ops: 25,
    util: 50,
    await_ms: 0.8,
  });
  assert.equal(s.disk_read_bytes, (4000 * 512 + 80 * 512) / 2);
  assert.equal(s.disk_read_ops, 105);
  assert.equal(s.disk_write_bytes, (2000 * 512) / 2);
  // nvme0n1 claims 2.5 s of I/O in a 2 s interval: util is capped at 100.
  assert.equal(s.disks.find((d) => d.device === 'nvme0n1')?.util, 100);
  assert.equal(s.disk_util, 100);
});

test('network totals leave out lo by default, and the pattern is configurable', () => {
  const s = deriveSample(first, second);
  assert.ok(s);
  assert.equal(s.net_rx_bytes, 1500);
  assert.equal(s.net_tx_bytes, 2000);
  assert.equal(s.net_rx_packets, 15);
  assert.equal(s.net_rx_errors, 1);
  assert.equal(s.net_tx_drops, 2);
  assert.equal(s.nets.find((n) => n.iface === 'lo')?.rx_bytes, 4999.5);
  const withLo = deriveSample(first, second, deviceFilters({ netTotalsExclude: '^$' }));
  assert.equal(withLo?.net_rx_bytes, 1500 + 4999.5);
  const onlyEth0 = deriveSample(first, second, deviceFilters({ netTotalsExclude: '^(lo|eth1)$' }));
  assert.equal(onlyEth0?.net_rx_bytes, 1000);
});

test('a 32-bit wrap of the diskstats time field does not produce an absurd utilisation', () => {
  const wrapBefore = { ...first, diskstats: { sda: disk(0, 0, 0, 0, 2 ** 32 - 500) } };
  const wrapAfter = { ...second, diskstats: { sda: disk(0, 0, 0, 0, 500) } };
  const s = deriveSample(wrapBefore, wrapAfter);
  assert.equal(s?.disks[0]?.util, 50);
});

test('a counter reset (device re-added) gives 0, not a spike', () => {
  const resetAfter = { ...second, diskstats: { sda: disk(5, 40, 0, 0, 3) } };
  const s = deriveSample(
    { ...first, diskstats: { sda: disk(1_000_000, 9_000_000, 0, 0, 10_000_000) } },
    resetAfter,
  );
  assert.equal(s?.disk_read_bytes, 0);
  assert.equal(s?.disk_util, 0);
});

test('an interface reset from 3,000,100,000 bytes is a reset on a 64-bit kernel, and may be a wrap on a 32-bit one', () => {
  const before = { ...first, netdev: { eth0: net(3_000_100_000, 10, 2000, 20) } };
  const after = { ...second, netdev: { eth0: net(1_000, 1, 2000, 20) } };
  const reset = deriveSample(before, after);
  assert.equal(reset?.net_rx_bytes, 0, 'not 1.29 GB over the interval');
  assert.equal(reset?.nets[0]?.rx_bytes, 0);
  const wrapped = deriveSample({ ...before, kernel_bits: 32 }, { ...after, kernel_bits: 32 });
  assert.equal(wrapped?.net_rx_bytes, 1_294_868_296 / 2);
});

test('disk counters reset on a 64-bit kernel are 0; the millisecond fields wrap at 2³² on every kernel', () => {
  const before = { ...first, diskstats: { sda: disk(3_000_000_000, 3_500_000_000, 0, 0, 2 ** 32 - 500) } };
  const after = { ...second, diskstats: { sda: disk(10, 100, 0, 0, 500) } };
  const s = deriveSample(before, after);
  assert.equal(s?.disk_read_ops, 0);
  assert.equal(s?.disk_read_bytes, 0);
  assert.equal(s?.disk_util, 50);
});

test('rates use the monotonic clock, not the wall clock that may have jumped', () => {
  const jumped = { ...second, time: second.time + 3_600_000 };
  const s = deriveSample(first, jumped);
  assert.equal(s?.interval, 2);
  assert.equal(s?.ctx_switches, 1000);
});

test('metrics a machine does not provide are null, and no time elapsed gives no sample', () => {
  const bare = deriveSample({ time: 1000 }, { time: 2000 });
  assert.ok(bare);
  for (const column of HOST_METRICS) assert.equal(bare[column.name], null, column.name);
  assert.equal(deriveSample(second, second), null);
});

test('filesystems report size and use in MB, used % as df', () => {
  const MB = 1024 * 1024;
  const s = deriveSample(first, {
    ...second,
    filesystems: [
      {
        mount: '/',
        fstype: 'ext4',
        source: '/dev/sda1',
        size: 100 * MB,
        free: 40 * MB,
        avail: 30 * MB,
        files: 1000,
        files_free: 400,
      },
    ],
  });
  assert.deepEqual(s?.filesystems[0], {
    mount: '/',
    fstype: 'ext4',
    source: '/dev/sda1',
    size_mb: 100,
    used_mb: 60,
    avail_mb: 30,
    used_pct: 66.67,
    inodes_total: 1000,
    inodes_used: 600,
  });
});

test('every sample has the same keys, in host.csv order', () => {
  const full = deriveSample(first, second);
  const bare = deriveSample({ time: 1000 }, { time: 2000 });
  const expected = ['timestamp', 'interval', ...HOST_METRICS.map((c) => c.name)];
  assert.deepEqual(Object.keys(full ?? {}).slice(0, expected.length), expected);
  assert.deepEqual(Object.keys(bare ?? {}), Object.keys(full ?? {}));
});
