import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deriveSample, type RawSnapshot } from '@perfanalysis/shared';
import { syntheticSnapshot } from './synthetic-capture.js';

const TEMPLATE: RawSnapshot = {
  time: 1_700_000_000_000,
  mono: 5_000,
  stat: {
    cpu: [1000, 0, 500, 9000, 10, 0, 5, 0, 0, 0],
    cpus: {
      cpu0: [500, 0, 250, 4500, 5, 0, 3, 0, 0, 0],
      cpu1: [500, 0, 250, 4500, 5, 0, 2, 0, 0, 0],
    },
    ctxt: 100,
    intr: 50,
    processes: 10,
    procs_running: 1,
    procs_blocked: 0,
    btime: 1_699_000_000,
  },
  meminfo: { MemTotal: 8_000_000, MemFree: 4_000_000, MemAvailable: 6_000_000 },
  diskstats: {
    vda: [10, 0, 80, 5, 20, 0, 160, 9, 0, 12, 14],
    loop0: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  },
  netdev: {
    lo: [1000, 10, 0, 0, 0, 0, 0, 0, 1000, 10, 0, 0, 0, 0, 0, 0],
  },
};

test('syntheticSnapshot 0 is the template', () => {
  assert.deepEqual(syntheticSnapshot(TEMPLATE, 0), TEMPLATE);
});

test('consecutive synthetic snapshots derive plausible one-second samples', () => {
  for (let i = 1; i < 50; i += 1) {
    const sample = deriveSample(syntheticSnapshot(TEMPLATE, i - 1), syntheticSnapshot(TEMPLATE, i));
    assert.ok(sample);
    assert.equal(sample.interval, 1);
    const cpuTotal = (sample.cpu_user ?? 0) + (sample.cpu_system ?? 0) + (sample.cpu_idle ?? 0);
    assert.ok(cpuTotal > 95 && cpuTotal <= 100.01, `cpu adds up to ${cpuTotal}`);
    assert.ok((sample.cpu_user ?? 0) >= 7 && (sample.cpu_user ?? 0) <= 17);
    assert.ok((sample.disk_write_bytes ?? 0) >= 1200 * 512 * 0.75);
    assert.ok((sample.net_rx_bytes ?? 0) === 0, 'lo stays out of the totals');
    assert.ok((sample.nets[0]?.rx_bytes ?? 0) >= 45_000);
    assert.deepEqual(
      sample.disks.map((disk) => disk.device),
      ['vda'],
    );
  }
});

test('loop devices that never did I/O stay at zero', () => {
  assert.deepEqual(syntheticSnapshot(TEMPLATE, 1000).diskstats?.loop0, TEMPLATE.diskstats?.loop0);
});
