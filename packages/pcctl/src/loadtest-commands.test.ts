import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildApp } from '@perfanalysis/server';
import type { BenchmarkRun, LoadTestRun } from '@perfanalysis/shared';
import { type Database, migrate, openDatabase } from '@perfanalysis/storage';
import type { FastifyInstance } from 'fastify';
import { type PcctlIo, runPcctl } from './main.js';

const scratch = mkdtempSync(join(tmpdir(), 'pcctl-loadtest-'));
let db: Database;
let app: FastifyInstance;
let server = '';

async function pcctl(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: PcctlIo = {
    out: (text) => {
      out += `${text}\n`;
    },
    err: (text) => {
      err += `${text}\n`;
    },
    env: { HOME: scratch, PCCTL_SERVER: server },
    askPassword: async () => 'correct horse',
  };
  return { code: await runPcctl(args, io), out, err };
}

const run = (hostname: string, units: number): LoadTestRun => ({
  name: 'pcc-cpu-mix',
  hostname,
  cpu_model: 'AMD EPYC',
  cpu_count: 2,
  kernel: '6.1.0',
  work_unit: { name: 'pcc-cpu-mix', version: 1 },
  threads: 2,
  levels: [50, 100],
  step_duration_s: 30,
  period_ms: 100,
  started_at: '2026-12-01T10:00:00.000Z',
  ended_at: '2026-12-01T10:01:00.000Z',
  steps: [50, 100].map((target) => ({
    target_pct: target,
    achieved_pct: target,
    steal_pct: 0,
    own_pct: target,
    units_per_s: (units * target) / 100,
    units_per_s_per_thread: [(units * target) / 200, (units * target) / 200],
    cpu_pct: { cpu0: target, cpu1: target },
  })),
});

before(async () => {
  db = await openDatabase({ dataDir: 'memory://' });
  await migrate(db);
  app = await buildApp({ db, bodyLimitBytes: 1024 * 1024 }, { role: 'portal' });
  server = await app.listen({ host: '127.0.0.1', port: 0 });
  await fetch(`${server}/api/v1/auth/signup/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'alice', password: 'correct horse' }),
  });
  assert.equal((await pcctl(['login', '--username', 'alice'])).code, 0);
  for (const name of ['web-01', 'web-02'])
    assert.equal((await pcctl(['collectors', 'create', '--machine-name', name])).code, 0);
});
after(async () => {
  await app.close();
  rmSync(scratch, { recursive: true, force: true });
});

test('loadtest upload, list, show and compare: the file goes to the collector of its host name', async () => {
  for (const [host, units] of [
    ['web-01', 20000],
    ['web-02', 10000],
  ] as const) {
    const file = join(scratch, `${host}.json`);
    writeFileSync(file, JSON.stringify(run(host, units)));
    const uploaded = await pcctl(['loadtest', 'upload', file]);
    assert.equal(uploaded.code, 0, uploaded.err);
    assert.match(uploaded.out, /^Uploaded load test \d+ \(pcc-cpu-mix, 2 levels\) to collector /);
  }
  const list = await pcctl(['loadtest', 'list']);
  assert.match(list.out, /web-02\s+pcc-cpu-mix\s+pcc-cpu-mix v1\s+2\s+50,100\s+10,000 at 100 %/);
  const listed = JSON.parse((await pcctl(['loadtest', 'list', '--json', '--collector', 'web-01'])).out);
  assert.deepEqual(
    listed.results.map((r: LoadTestRun) => r.hostname),
    ['web-01'],
  );
  const show = await pcctl(['loadtest', 'show', String(listed.results[0].id)]);
  assert.match(show.out, /work unit {2}pcc-cpu-mix v1; 2 threads; 30 s per level/);
  assert.match(show.out, /100\s+100\.0\s+100\.0\s+0\.0\s+20,000\s+10,000/);
  const compare = await pcctl(['loadtest', 'compare', '--collectors', 'web-01,web-02']);
  assert.equal(compare.code, 0, compare.err);
  assert.match(compare.out, /Test pcc-cpu-mix \(v1\)/);
  assert.match(compare.out, /web-01\s+10,000\s+20,000/);
  assert.match(compare.out, /web-02\s+5,000\s+10,000/);
  assert.equal((await pcctl(['loadtest', 'show', 'x'])).code, 2);
});

test('benchmark upload and stats; a file that is not a result is refused by name', async () => {
  const bench: BenchmarkRun = {
    suite: { name: 'pcc-benchmark', version: 1 },
    hostname: 'web-01',
    cpu_model: 'AMD EPYC',
    cpu_count: 2,
    kernel: '6.1.0',
    started_at: '2026-12-01T10:00:00.000Z',
    ended_at: '2026-12-01T10:01:00.000Z',
    results: [{ name: 'memory-copy', score: 9.5, unit: 'GB/s', parameters: { seconds: 5 } }],
  };
  const file = join(scratch, 'bench.json');
  for (const score of [9.5, 10.5]) {
    writeFileSync(file, JSON.stringify({ ...bench, results: [{ ...bench.results[0], score }] }));
    assert.equal((await pcctl(['benchmark', 'upload', file, '--collector', 'web-01'])).code, 0);
  }
  const stats = await pcctl(['benchmark', 'stats']);
  assert.match(stats.out, /memory-copy\s+web-01\s+2\s+10\s+9\.5\s+10\.5\s+0\.71/);
  const list = JSON.parse((await pcctl(['benchmark', 'list', '--json', '--name', 'memory-copy'])).out);
  assert.equal(list.count, 2);
  writeFileSync(file, '{"hello": 1}');
  const refused = await pcctl(['benchmark', 'upload', file]);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /not a result that pcc wrote \(no "results"\)/);
});
