import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { parseStat, utilisationBetween } from '@perfanalysis/pcc';
import type { LoadTestRun } from '@perfanalysis/shared';
import type { Benchmark, Row } from './benchmark.js';
import { row } from './benchmark.js';
import { startChild, withTempDir } from './cleanup.js';
import { PCC_BIN, startPcc } from './pcc-cli.js';

const LEVELS = [25, 50, 75, 100] as const;

/**
 * `pcc loadtest` held to its promises on this machine: every level reached within 3 points of its target
 * (host utilisation from /proc/stat), and two runs agreeing within 5 % in work units per second at 100 %.
 * Beside it, the same measure of stress-ng's `--cpu-load` (where installed), and how much pcc collecting at 1 s
 * takes from the work done at 100 %. Meaningful only on an otherwise idle machine: others' work counts in the
 * host's utilisation.
 */
export const loadtestBenchmark: Benchmark = {
  name: 'loadtest',
  async run({ quick }) {
    const stepSeconds = quick ? 5 : 15;
    return withTempDir('loadtest', async (dir) => {
      const first = await loadtest(dir, 'first', LEVELS, stepSeconds);
      const second = await loadtest(dir, 'second', LEVELS, stepSeconds);
      const collecting = await whileCollecting(dir, () => loadtest(dir, 'collecting', [100], stepSeconds));
      const rows: Row[] = [
        row({
          name: `loadtest: largest distance of a level from its target (levels ${LEVELS.join(',')}, ${stepSeconds} s each, worst of two runs)`,
          value: Math.max(largestMiss(first), largestMiss(second)),
          unit: 'pts',
          target: { of: 'value', op: '≤', limit: 3 },
        }),
        row({
          name: 'loadtest: work units/s at 100 %, how far the second run is from the first',
          value: Math.abs(unitsAtFull(second) / unitsAtFull(first) - 1) * 100,
          unit: '%',
          target: { of: 'value', op: '≤', limit: 5 },
        }),
        row({
          name: 'loadtest: work units/s at 100 % while pcc collects at 1 s, vs the first run',
          value: unitsAtFull(collecting),
          unit: 'units/s',
          baseline: unitsAtFull(first),
        }),
      ];
      rows.push(...(await stressNgRows(dir, stepSeconds)));
      return rows;
    });
  },
};

async function loadtest(
  dir: string,
  name: string,
  levels: readonly number[],
  stepSeconds: number,
): Promise<LoadTestRun> {
  const output = join(dir, `${name}.json`);
  const child = startChild(process.execPath, [
    PCC_BIN,
    'loadtest',
    '--quiet',
    '--levels',
    levels.join(','),
    '--step-duration',
    `${stepSeconds}s`,
    '--output',
    output,
  ]);
  const status = await child.exited;
  if (status.code !== 0)
    throw new Error(`pcc loadtest failed (${status.code ?? status.signal}): ${child.stderr()}`);
  return JSON.parse(readFileSync(output, 'utf8')) as LoadTestRun;
}

async function whileCollecting<T>(dir: string, body: () => Promise<T>): Promise<T> {
  const pcc = startPcc({ collection: join(dir, 'collecting.json'), frequency: '1s', duration: '1h' });
  try {
    return await body();
  } finally {
    await pcc.stop();
  }
}

function largestMiss(run: LoadTestRun): number {
  return Math.max(...run.steps.map((step) => Math.abs(step.achieved_pct - step.target_pct)));
}

function unitsAtFull(run: LoadTestRun): number {
  const full = run.steps.find((step) => step.target_pct === 100);
  if (!full) throw new Error('the load test has no 100 % level');
  return full.units_per_s;
}

/**
 * stress-ng beside pcc: `--cpu 0 --cpu-load L` for each level, measured as pcc's levels are (after a second to
 * settle); and two runs of `--cpu 0 --cpu-method int32` at 100 %, how far apart their bogo ops/s are — the
 * machine's own run-to-run spread, against which pcc's is read.
 */
async function stressNgRows(dir: string, stepSeconds: number): Promise<Row[]> {
  const levelsName = 'stress-ng --cpu-load: largest distance of a level from its target (the same levels)';
  const spreadName =
    'stress-ng --cpu-method int32 at 100 %: bogo ops/s, how far the second run is from the first';
  if (spawnSync('stress-ng', ['--version']).status !== 0) {
    const why = 'stress-ng is not installed';
    return [row({ name: levelsName, value: why, unit: '' }), row({ name: spreadName, value: why, unit: '' })];
  }
  let worst = 0;
  for (const level of LEVELS) {
    const child = startChild('stress-ng', [
      '--cpu',
      '0',
      '--cpu-load',
      String(level),
      '--timeout',
      `${stepSeconds + 1}s`,
    ]);
    await delay(1000);
    const before = parseStat(readFileSync('/proc/stat', 'utf8'));
    await delay(stepSeconds * 1000 - 500);
    const reached = utilisationBetween(before, parseStat(readFileSync('/proc/stat', 'utf8'))).busyPct;
    await child.stop();
    worst = Math.max(worst, Math.abs(reached - level));
  }
  const first = await stressNgOpsPerSecond(join(dir, 'stress-ng-first.yaml'), stepSeconds);
  const second = await stressNgOpsPerSecond(join(dir, 'stress-ng-second.yaml'), stepSeconds);
  return [
    row({ name: levelsName, value: worst, unit: 'pts' }),
    row({ name: spreadName, value: Math.abs(second / first - 1) * 100, unit: '%' }),
  ];
}

/** Bogo ops per second of wall time of `stress-ng --cpu 0 --cpu-method int32`, from its YAML metrics. */
async function stressNgOpsPerSecond(yaml: string, seconds: number): Promise<number> {
  const args = [
    '--cpu',
    '0',
    '--cpu-method',
    'int32',
    '--timeout',
    `${seconds}s`,
    '--metrics',
    '--yaml',
    yaml,
  ];
  const child = startChild('stress-ng', args);
  const status = await child.exited;
  if (status.code !== 0)
    throw new Error(`stress-ng failed (${status.code ?? status.signal}): ${child.stderr()}`);
  const found = /bogo-ops-per-second-real-time:\s*([\d.]+)/.exec(readFileSync(yaml, 'utf8'));
  if (!found?.[1]) throw new Error(`stress-ng wrote no bogo ops per second to ${yaml}`);
  return Number(found[1]);
}
