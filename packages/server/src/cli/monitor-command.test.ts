import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { openDatabase } from '@perfanalysis/storage';
import { forEachDatabase, testDatabaseUrl } from '@perfanalysis/storage/test-support/databases';
import { PERFANALYSIS, run, until } from '../e2e/processes.test-support.js';
import { perfanalysis } from './cli.test-support.js';

const monitor = (args: readonly string[]) => perfanalysis(['monitor', ...args]);

/** Rows of a ring in the embedded database at dataDir: per node, container and whether used. */
async function ringRows(dataDir: string, table: string) {
  const db = await openDatabase({ dataDir: join(dataDir, 'pglite') });
  try {
    return await db.query<{ node_flag: boolean; used: boolean; n: number }>(
      `SELECT node_flag, sample_time IS NOT NULL AS used, count(*)::integer AS n
       FROM ${table} GROUP BY 1, 2 ORDER BY 1, 2`,
    );
  } finally {
    await db.close();
  }
}

describe('perfanalysis monitor (embedded database)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'pa-monitor-'));
  const dataDir = join(scratch, 'data');
  after(() => rmSync(scratch, { recursive: true, force: true }));

  test('--samples 2 --interval 0.2 against a fresh database writes 2 node rows', async () => {
    const result = await monitor(['--samples', '2', '--interval', '0.2', '--data-dir', dataDir]);
    assert.equal(result.code, 0, result.err);
    assert.match(
      result.err,
      /into monitor_samples_ring \(10000 slots\) on embedded .*every 0\.2 s, 2 samples/,
    );
    assert.equal(result.out.trim().split('\n').length, 2);
    assert.match(result.out, /node \S+ {2}cpu \d+\.\d% {2}load \d+\.\d\d {2}mem avail \d+ MB/);
    assert.deepEqual(await ringRows(dataDir, 'monitor_samples_ring'), [
      { node_flag: false, used: false, n: 9998 },
      { node_flag: true, used: true, n: 2 },
    ]);
  });

  test("--config: the seed's file format, flags over it", async () => {
    const config = join(scratch, 'config.yaml');
    writeFileSync(
      config,
      `monitoring:
  table_name: performance_metrics
  capacity: 7
  node_name: "{{ ansible_hostname }}"
  master: false
  intervals:
    node_seconds: 60
    container_seconds: 60
logging:
  level: INFO
`,
    );
    const result = await monitor([
      '--config',
      config,
      '--samples',
      '1',
      '--interval',
      '0.1',
      '--master',
      '--node-name',
      'app-01',
      '--data-dir',
      dataDir,
    ]);
    assert.equal(result.code, 0, result.err);
    assert.match(result.err, /Monitoring node app-01 \(master\) into performance_metrics \(7 slots\)/);
    assert.deepEqual(await ringRows(dataDir, 'performance_metrics'), [
      { node_flag: false, used: false, n: 6 },
      { node_flag: true, used: true, n: 1 },
    ]);
    // An explicit capacity resizes the existing ring.
    const resized = await monitor([
      '--config',
      config,
      '--capacity',
      '3',
      '--samples',
      '1',
      '--interval',
      '0.1',
      '--data-dir',
      dataDir,
    ]);
    assert.equal(resized.code, 0, resized.err);
    assert.match(resized.err, /Resized performance_metrics from 7 to 3 slots\./);
  });

  test('bad settings: every problem, exit 2', async () => {
    const config = join(scratch, 'bad.yaml');
    writeFileSync(config, 'monitoring:\n  capacity: lots\n');
    const result = await monitor(['--config', config, '--interval', '0', '--data-dir', dataDir]);
    assert.equal(result.code, 2);
    assert.match(result.err, /monitoring\.capacity: must be an integer.*\n--interval: "0" must be a number/);
    const missing = await monitor(['--config', join(scratch, 'none.yaml')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /--config: cannot read/);
    const flags = await monitor(['--interval', '0', '--samples', '0']);
    assert.equal(flags.code, 2);
    assert.match(
      flags.err,
      /--samples: "0" must be a whole number.*\n--interval: "0" must be a number of seconds above 0/,
    );
  });

  test('without --samples it runs as a service until SIGTERM', async () => {
    const child = run([
      PERFANALYSIS,
      'monitor',
      '--interval',
      '0.1',
      '--table',
      'service_ring',
      '--data-dir',
      dataDir,
    ]);
    try {
      await until('two samples', () => (child.output().match(/ {2}slot \d+/g) ?? []).length >= 2, 60_000);
    } finally {
      assert.equal(await child.stop('SIGTERM'), 0, child.output());
    }
    assert.match(child.output(), /until stopped/);
    assert.match(child.output(), /Stopped: \d+ samples written to service_ring\./);
    const rows = await ringRows(dataDir, 'service_ring');
    assert.ok((rows.find((r) => r.used)?.n ?? 0) >= 2);
  });
});

forEachDatabase('perfanalysis monitor', (ctx) => {
  if (ctx.kind !== 'postgres') {
    test(
      'several processes at once: tested on PostgreSQL (the embedded database is one process’s)',
      { skip: true },
      () => undefined,
    );
    return;
  }

  test('--host --database --user --password: three processes at once into one ring, no sample lost', async () => {
    const db = await ctx.fresh();
    const [row] = await db.query<{ name: string }>('SELECT current_database() AS name');
    const server = new URL(testDatabaseUrl());
    const connection = [
      '--host',
      server.hostname,
      '--port',
      server.port || '5432',
      '--database',
      row?.name ?? '',
      '--user',
      decodeURIComponent(server.username),
    ];
    const env = { POSTGRES_PASSWORD: decodeURIComponent(server.password), DATABASE_URL: '' };
    const children = [1, 2, 3].map((i) =>
      run(
        [
          PERFANALYSIS,
          'monitor',
          ...connection,
          '--node-name',
          `node-${i}`,
          '--capacity',
          '50',
          '--samples',
          '4',
          '--interval',
          '0.1',
        ],
        env,
      ),
    );
    const codes = await Promise.all(
      children.map((c) => new Promise((resolve) => c.child.on('exit', resolve))),
    );
    assert.deepEqual(codes, [0, 0, 0], children.map((c) => c.output()).join('\n'));
    const rows = await db.query<{ node_name: string; n: number; slots: number }>(
      `SELECT node_name, count(*)::integer AS n, count(DISTINCT slot)::integer AS slots
       FROM monitor_samples_ring WHERE sample_time IS NOT NULL GROUP BY node_name ORDER BY node_name`,
    );
    assert.deepEqual(rows, [
      { node_name: 'node-1', n: 4, slots: 4 },
      { node_name: 'node-2', n: 4, slots: 4 },
      { node_name: 'node-3', n: 4, slots: 4 },
    ]);
    const [slots] = await db.query<{ used: number; max: number }>(
      'SELECT count(*)::integer AS used, max(slot) AS max FROM monitor_samples_ring WHERE sample_time IS NOT NULL',
    );
    assert.deepEqual(slots, { used: 12, max: 11 });
  });
});
