import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import type { BenchmarkRun, LoadTestRun } from '@perfanalysis/shared';
import { createTenant, type Database } from '@perfanalysis/storage';
import { forEachDatabase } from '@perfanalysis/storage/test-support/databases';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../app.js';

const PCC = join(
  dirname(createRequire(import.meta.url).resolve('@perfanalysis/pcc/package.json')),
  'bin',
  'pcc.js',
);
const dir = mkdtempSync(join(tmpdir(), 'pa-loadtest-'));
let pccRun: LoadTestRun;

before(() => {
  // A result as pcc writes it: two short levels on one thread.
  const output = join(dir, 'run.json');
  execFileSync(process.execPath, [
    PCC,
    'loadtest',
    '--levels=50,100',
    '--step-duration=1s',
    '--threads=1',
    '--quiet',
    '--output',
    output,
  ]);
  pccRun = JSON.parse(readFileSync(output, 'utf8'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const BENCHMARK: BenchmarkRun = {
  suite: { name: 'pcc-benchmark', version: 1 },
  hostname: 'bench-01',
  cpu_model: 'AMD EPYC',
  cpu_count: 2,
  kernel: '6.1.0',
  started_at: '2026-12-01T10:00:00.000Z',
  ended_at: '2026-12-01T10:01:00.000Z',
  results: [
    { name: 'cpu-single', score: 25000, unit: 'units/s', parameters: { seconds: 5 } },
    { name: 'memory-copy', score: 9.5, unit: 'GB/s', parameters: { block: '64MiB' }, note: 'a note' },
  ],
};

forEachDatabase('load-test and benchmark results', (ctx) => {
  let db: Database;
  let app: FastifyInstance;
  let token = '';
  const call = (options: InjectOptions & { auth?: string }) => {
    const { auth, headers = {}, ...rest } = options;
    return app.inject({
      ...rest,
      headers: { host: 'lt.example.com', ...(auth ? { authorization: auth } : {}), ...headers },
    });
  };
  const collectors: Record<string, { id: string; key: string }> = {};

  before(async () => {
    db = await ctx.db();
    await createTenant(db, { name: 'lt', domains: ['lt.example.com'] });
    app = await buildApp({ db, bodyLimitBytes: 1024 * 1024 }, { role: 'portal' });
    const signup = await call({
      method: 'POST',
      url: '/api/v1/auth/signup/',
      payload: { username: 'ana', password: 'correct horse' },
    });
    token = `Bearer ${signup.json().access}`;
    for (const name of ['box-a', 'box-b']) {
      const created = await call({
        method: 'POST',
        url: '/api/v1/collectors/',
        auth: token,
        payload: { machine_name: name },
      });
      collectors[name] = { id: created.json().id, key: created.json().api_key };
    }
  });
  after(() => app.close());
  const a = () => collectors['box-a'] ?? assert.fail();
  const b = () => collectors['box-b'] ?? assert.fail();

  test("pcc posts its load test with its collector's key, and the run keeps its definition", async () => {
    const started = await app.listen({ port: 0, host: '127.0.0.1' });
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [PCC, 'loadtest', '--levels=100', '--step-duration=1s', '--threads=1', '--server', started, '--quiet'],
      { env: { PATH: process.env.PATH, PCC_APIKEY: a().key }, cwd: dir },
    );
    assert.match(stdout, /result posted to/);
    const runs = await call({
      method: 'GET',
      url: `/api/v1/loadtest/runs/?collector=${a().id}`,
      auth: token,
    });
    assert.equal(runs.statusCode, 200, runs.body);
    const [run] = runs.json().results;
    assert.deepEqual(
      [run.collector_id, run.work_unit, run.threads, run.levels, run.step_duration_s],
      [a().id, { name: 'pcc-cpu-mix', version: 1 }, 1, [100], 1],
    );
    assert.equal(run.steps[0].target_pct, 100);
    const one = await call({ method: 'GET', url: `/api/v1/loadtest/runs/${run.id}/`, auth: token });
    assert.deepEqual(one.json(), run);
  });

  test('a user posts a result file naming the collector; without one, a clear 400', async () => {
    const missing = await call({ method: 'POST', url: '/api/v1/loadtest/', auth: token, payload: pccRun });
    assert.equal(missing.statusCode, 400, missing.body);
    assert.match(missing.json().error.message, /collector_id: required when a user/);
    const posted = await call({
      method: 'POST',
      url: '/api/v1/loadtest/',
      auth: token,
      payload: { ...pccRun, collector_id: b().id },
    });
    assert.equal(posted.statusCode, 201, posted.body);
    const { run, results } = posted.json();
    assert.deepEqual(run.steps, pccRun.steps);
    assert.deepEqual(
      results.map((r: { utilization_pct: number; run_id: number; work_unit_version: number }) => [
        r.utilization_pct,
        r.run_id,
        r.work_unit_version,
      ]),
      [
        [50, run.id, 1],
        [100, run.id, 1],
      ],
    );
  });

  test('the server validates the result: levels, steps, threads, and whose key it is', async () => {
    const post = (payload: object, auth = `ApiKey ${a().key}`) =>
      call({ method: 'POST', url: '/api/v1/loadtest/', auth, payload });
    const cases: [object, RegExp][] = [
      [{ ...pccRun, levels: [50, 150] }, /levels|must be/],
      [{ ...pccRun, levels: [50, 50, 100] }, /levels: each level once/],
      [{ ...pccRun, levels: [100] }, /target_pct 50 is not one of the levels/],
      [{ ...pccRun, threads: 2 }, /level 50 has 1 per-thread figures for 2 threads/],
      [{ ...pccRun, step_duration_s: 0 }, /step_duration_s|must be/],
      [{ ...pccRun, ended_at: '2000-01-01T00:00:00Z' }, /ended_at: before started_at/],
    ];
    for (const [payload, message] of cases) {
      const response = await post(payload);
      assert.equal(response.statusCode, 400, `${JSON.stringify(payload).slice(0, 80)}: ${response.body}`);
      assert.match(response.json().error.message, message);
    }
    const { work_unit: _, ...noUnit } = pccRun;
    assert.equal((await post(noUnit)).statusCode, 400);
    const other = await post({ ...pccRun, collector_id: b().id });
    assert.equal(other.statusCode, 403, other.body);
    assert.match(other.json().error.message, /This API key is collector .*'s, not/);
  });

  test('compare keeps work-unit versions apart and says which runs it used', async () => {
    const post = (collector: { key: string }, run: LoadTestRun) =>
      call({ method: 'POST', url: '/api/v1/loadtest/', auth: `ApiKey ${collector.key}`, payload: run });
    const at = (units: number, version = 1): LoadTestRun => ({
      ...pccRun,
      work_unit: { ...pccRun.work_unit, version },
      levels: [100],
      steps: [{ ...(pccRun.steps[1] ?? assert.fail()), units_per_s: units }],
    });
    const ids: number[] = [];
    for (const [collector, run] of [
      [a(), at(1000)],
      [a(), at(3000)],
      [b(), at(500)],
      [a(), at(99, 2)],
    ] as const) {
      const response = await post(collector, run);
      assert.equal(response.statusCode, 201, response.body);
      ids.push(response.json().run.id);
    }
    const compare = (payload: object) =>
      call({ method: 'POST', url: '/api/v1/loadtest/compare/', auth: token, payload });
    const both = { collector_ids: [a().id, b().id], name: 'pcc-cpu-mix' };
    const refused = await compare(both);
    assert.equal(refused.statusCode, 400, refused.body);
    assert.match(refused.json().error.message, /2 work-unit versions \(v1, v2\).*"work_unit_version"/);
    const v2 = await compare({ ...both, work_unit_version: 2 });
    assert.deepEqual(v2.json().collectors[0].work_units, [99]);
    assert.deepEqual(v2.json().collectors[0].run_ids, [ids[3]]);
    assert.deepEqual(v2.json().collectors[1].run_ids, []);
    const v1 = (await compare({ ...both, work_unit_version: 1 })).json();
    assert.equal(v1.work_unit_version, 1);
    const levelOf100 = v1.levels.indexOf(100);
    // Box a's v1 runs at 100 %: the earlier pcc run, 1000 and 3000; never the v2 run's 99.
    assert.equal(v1.collectors[0].runs[levelOf100], 3);
    assert.ok(v1.collectors[0].run_ids.includes(ids[0]) && v1.collectors[0].run_ids.includes(ids[1]));
    assert.ok(!v1.collectors[0].run_ids.includes(ids[3]));
  });

  test("pcc's benchmark run: a row per result with its unit and parameters, in the stats", async () => {
    const posted = await call({
      method: 'POST',
      url: '/api/v1/benchmarks/',
      auth: `ApiKey ${b().key}`,
      payload: BENCHMARK,
    });
    assert.equal(posted.statusCode, 201, posted.body);
    assert.deepEqual(
      posted
        .json()
        .results.map((r: { name: string; unit: string; collector_id: string }) => [
          r.name,
          r.unit,
          r.collector_id,
        ]),
      [
        ['cpu-single', 'units/s', b().id],
        ['memory-copy', 'GB/s', b().id],
      ],
    );
    assert.deepEqual(posted.json().results[1].details.parameters, { block: '64MiB' });
    const bad = await call({
      method: 'POST',
      url: '/api/v1/benchmarks/',
      auth: `ApiKey ${b().key}`,
      payload: { ...BENCHMARK, results: [{ name: 'x', score: -1, unit: 'u', parameters: {} }] },
    });
    assert.equal(bad.statusCode, 400, bad.body);
    const stats = await call({
      method: 'GET',
      url: '/api/v1/benchmarks/stats/?name=cpu-single',
      auth: token,
    });
    assert.deepEqual(
      stats.json().map((s: { collector_id: string; count: number }) => [s.collector_id, s.count]),
      [[b().id, 1]],
    );
  });
});
