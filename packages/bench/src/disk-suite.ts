import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchmarkResult } from '@perfanalysis/shared';
import type { Benchmark, Row } from './benchmark.js';
import { row } from './benchmark.js';
import { startChild, withTempDir } from './cleanup.js';
import { PCC_BIN } from './pcc-cli.js';

/** fio jobs doing what each of pcc's disk benchmarks does: 1 MiB direct sequential, 4 KiB direct random reads. */
const FIO_JOBS: Readonly<
  Record<string, { readonly args: string[]; readonly figure: (job: FioJob) => number }>
> = {
  'disk-seq-write': {
    // A new file, written and synced as pcc writes it: fio's default preallocation would measure a
    // different thing (overwriting unwritten extents).
    args: ['--rw=write', '--bs=1M', '--fallocate=none', '--end_fsync=1'],
    figure: (job) => job.write.bw_bytes / 1e6,
  },
  'disk-seq-read': { args: ['--rw=read', '--bs=1M'], figure: (job) => job.read.bw_bytes / 1e6 },
  'disk-rand-read': {
    args: ['--rw=randread', '--bs=4k', '--iodepth=1', '--time_based'],
    figure: (job) => job.read.iops,
  },
};

interface FioJob {
  readonly read: { readonly bw_bytes: number; readonly iops: number };
  readonly write: { readonly bw_bytes: number; readonly iops: number };
}

/**
 * `pcc benchmark --only disk` beside fio doing the same I/O on the same filesystem, one after the other: each
 * pcc figure with fio's as its baseline. A ratio near 1 says pcc measures the disk, not itself.
 */
export const diskSuiteBenchmark: Benchmark = {
  name: 'disk',
  async run({ quick }) {
    const size = quick ? '256M' : '1G';
    const seconds = quick ? 2 : 5;
    return withTempDir('disk', async (dir) => {
      const output = join(dir, 'pcc-benchmark.json');
      const pcc = startChild(process.execPath, [
        PCC_BIN,
        'benchmark',
        '--quiet',
        '--only',
        'disk',
        '--disk-path',
        dir,
        '--size',
        size,
        '--seconds',
        String(seconds),
        '--output',
        output,
      ]);
      const status = await pcc.exited;
      if (status.code !== 0)
        throw new Error(`pcc benchmark failed (${status.code ?? status.signal}): ${pcc.stderr()}`);
      const results = (JSON.parse(readFileSync(output, 'utf8')) as { results: BenchmarkResult[] }).results;
      const hasFio = spawnSync('fio', ['--version']).status === 0;
      const rows: Row[] = [];
      for (const result of results) {
        const job = FIO_JOBS[result.name];
        if (!job) continue;
        const name = `pcc benchmark ${result.name} (${size}), against fio doing the same I/O`;
        const baseline = hasFio ? fio(dir, size, seconds, job.args, job.figure) : undefined;
        rows.push(
          row({
            name: baseline === undefined ? `${name}: fio is not installed` : name,
            value: result.score,
            unit: result.unit,
            ...(baseline === undefined ? {} : { baseline }),
          }),
        );
      }
      return rows;
    });
  },
};

function fio(
  dir: string,
  size: string,
  seconds: number,
  args: readonly string[],
  figure: (job: FioJob) => number,
): number {
  const file = join(dir, 'fio.dat');
  const run = spawnSync(
    'fio',
    [
      '--name=pcc-alike',
      `--filename=${file}`,
      `--size=${size}`,
      `--runtime=${seconds}`,
      '--direct=1',
      '--ioengine=psync',
      '--output-format=json',
      ...args,
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`fio failed: ${run.stderr}`);
  const job = (JSON.parse(run.stdout) as { jobs: FioJob[] }).jobs[0];
  if (!job) throw new Error('fio reported no job');
  return Math.round(figure(job));
}
