import { statSync } from 'node:fs';
import { join } from 'node:path';
import { readHostInfo, SnapshotReader } from '@perfanalysis/pcc';
import { processCapture } from '@perfanalysis/pcprocess';
import { CAPTURE_FORMAT, CAPTURE_VERSION, type CaptureHeader } from '@perfanalysis/shared';
import type { Benchmark } from './benchmark.js';
import { row } from './benchmark.js';
import { withTempDir } from './cleanup.js';
import { parseEachLine } from './json-lines-baseline.js';
import { writeSyntheticCapture } from './synthetic-capture.js';

const PROCFS = '/proc';
const SYSFS = '/sys';

/**
 * pcprocess's throughput on a capture shaped like this machine's: one real snapshot as the template, its
 * counters advanced second by second. The baseline is the least any reader must do: JSON.parse each line.
 */
export const pcprocessBenchmark: Benchmark = {
  name: 'pcprocess',
  async run({ quick }) {
    const snapshots = quick ? 20_000 : 200_000;
    return withTempDir('pcprocess', async (dir) => {
      const reader = new SnapshotReader({ procfs: PROCFS, sysfs: SYSFS });
      const template = reader.read();
      reader.close();
      const header: CaptureHeader = {
        format: CAPTURE_FORMAT,
        version: CAPTURE_VERSION,
        agent: 'perfanalysis-bench',
        host: readHostInfo({ procfs: PROCFS, sysfs: SYSFS }),
        start: new Date(template.time).toISOString(),
        frequency: 1,
        duration: snapshots,
      };
      const collection = join(dir, 'capture.json');
      writeSyntheticCapture(collection, header, template, snapshots);
      const bytes = statSync(collection).size;

      let start = performance.now();
      const lines = await parseEachLine(collection);
      const baselinePerS = lines / ((performance.now() - start) / 1000);
      start = performance.now();
      const result = await processCapture({ collection, outdir: join(dir, 'out') });
      const samplesPerS = result.samples / ((performance.now() - start) / 1000);
      if (result.samples !== snapshots - 1) {
        throw new Error(`pcprocess derived ${result.samples} samples from ${snapshots} snapshots`);
      }
      const perSnapshot = bytes / snapshots;
      return [
        row({
          name: `pcprocess: ${snapshots.toLocaleString('en-US')} snapshots of ${Math.round(perSnapshot)} B`,
          value: samplesPerS,
          unit: 'samples/s',
          target: { of: 'value', op: '≥', limit: 100_000 },
        }),
        row({
          name: 'pcprocess vs JSON.parse of each line',
          value: samplesPerS,
          unit: 'samples/s',
          baseline: baselinePerS,
          target: { of: 'ratio', op: '≥', limit: 0.5 },
        }),
      ];
    });
  },
};
