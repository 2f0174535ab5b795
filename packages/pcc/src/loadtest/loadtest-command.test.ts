import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { LoadTestRun } from '@perfanalysis/shared';
import { pcc } from '../pcc-process.test-support.js';
import { WORK_UNIT } from './work-unit.js';

const dir = mkdtempSync(join(tmpdir(), 'pcc-loadtest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a load test writes a result that records what makes it comparable, and prints its table', async () => {
  const output = join(dir, 'run.json');
  const result = await pcc(
    ['loadtest', '--levels=50,100', '--step-duration=1s', '--threads=2', '--output', output],
    { PCC_HOSTNAME: 'lt-host' },
  );
  assert.equal(result.code, 0, result.stderr);
  const run = JSON.parse(readFileSync(output, 'utf8')) as LoadTestRun;
  assert.deepEqual(run.work_unit, WORK_UNIT);
  assert.deepEqual(run.levels, [50, 100]);
  assert.equal(run.hostname, 'lt-host');
  assert.equal(run.threads, 2);
  assert.equal(run.step_duration_s, 1);
  assert.ok(run.cpu_count >= 1 && run.kernel !== '' && run.cpu_model !== '');
  assert.ok(Date.parse(run.started_at) < Date.parse(run.ended_at));
  assert.deepEqual(
    run.steps.map((s) => s.target_pct),
    [50, 100],
  );
  for (const step of run.steps) {
    assert.equal(step.units_per_s_per_thread.length, 2);
    assert.ok(step.units_per_s > 0, 'work was done');
    assert.ok(step.achieved_pct >= 0 && step.achieved_pct <= 100);
    assert.ok(Object.keys(step.cpu_pct).includes('cpu0'));
  }
  assert.match(result.stdout, /target %\s+host %\s+pcc %\s+steal %\s+units\/s/);
  assert.match(result.stdout, /Work unit pcc-cpu-mix v1, 2 threads/);
  assert.match(result.stdout, new RegExp(`result written to ${output}`));
});

test('Ctrl-C stops the workers and the run, and keeps no half result', async () => {
  const output = join(dir, 'stopped.json');
  const result = await pcc(
    ['loadtest', '--levels', '100', '--step-duration', '10m', '--threads', '2', '--output', output],
    {},
    (child) => {
      // Once it says it runs (its signal handlers are in place), with the workers busy.
      child.stdout?.once('data', () => setTimeout(() => child.kill('SIGINT'), 500));
    },
  );
  assert.equal(result.code, 130, result.stderr);
  assert.match(result.stderr, /stopped; no result kept/);
  assert.equal(existsSync(output), false);
});

test('bad levels are refused before anything runs', async () => {
  const result = await pcc(['loadtest', '--levels', '0,150']);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /"0" is not a level[\s\S]*"150" is not a level/);
});
