import { SnapshotReader } from '@perfanalysis/pcc';
import { percentileOfSorted } from '@perfanalysis/shared';
import type { Benchmark, Row } from './benchmark.js';
import { row } from './benchmark.js';
import { readFileSnapshot, sensorPaths } from './readfile-snapshot.js';

const PROCFS = '/proc';
const SYSFS = '/sys';

/**
 * Collecting one sample: SnapshotReader.read() on the real /proc and /sys, against the same reading done
 * with readFileSync each time. The two alternate, so both see the same machine; p50 and p99 after warm-up.
 */
export const collectBenchmark: Benchmark = {
  name: 'collect',
  async run({ quick }) {
    const readings = quick ? 500 : 2000;
    const warmUp = quick ? 100 : 200;
    const reader = new SnapshotReader({ procfs: PROCFS, sysfs: SYSFS });
    const sensors = sensorPaths(SYSFS);
    const readerMs: number[] = [];
    const baselineMs: number[] = [];
    let sink = 0;
    try {
      for (let i = 0; i < warmUp + readings; i += 1) {
        let start = performance.now();
        sink += Object.keys(reader.read()).length;
        const readerTime = performance.now() - start;
        start = performance.now();
        sink += readFileSnapshot(PROCFS, sensors);
        const baselineTime = performance.now() - start;
        if (i < warmUp) continue;
        readerMs.push(readerTime);
        baselineMs.push(baselineTime);
      }
    } finally {
      reader.close();
    }
    if (sink === 0) throw new Error('nothing was read');
    readerMs.sort((a, b) => a - b);
    baselineMs.sort((a, b) => a - b);
    const percentile = (p: number): Row =>
      row({
        name: `collect p${p} of ${readings}: SnapshotReader.read() vs readFileSync+parse`,
        value: percentileOfSorted(readerMs, p),
        unit: 'ms',
        baseline: percentileOfSorted(baselineMs, p),
        ...(p === 99 ? { target: { of: 'value', op: '<', limit: 2 } as const } : {}),
      });
    return [percentile(50), percentile(99)];
  },
};
