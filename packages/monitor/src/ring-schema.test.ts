import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Database } from '@perfanalysis/storage';
import { forEachDatabase } from '@perfanalysis/storage/test-support/databases';
import { containerInput, nodeInput } from './ring-fixture.test-support.js';
import { ringNames } from './ring-schema.js';
import { RingTable } from './ring-table.js';

/** The seed's CREATE TABLE and CREATE INDEX statements, verbatim. */
const SEED_DDL = `
CREATE TABLE monitor_samples_ring (
  id                    BIGSERIAL PRIMARY KEY,
  slot                  INTEGER UNIQUE NOT NULL,        -- Circular buffer slot
  sample_time           BIGINT,                          -- UTC epoch timestamp

  -- Identity
  master_flag           BOOLEAN NOT NULL DEFAULT FALSE,
  node_flag             BOOLEAN NOT NULL,                -- true=node, false=container
  node_name             TEXT NOT NULL,
  container_name        TEXT,

  -- CPU metrics (percentages 0-100)
  cpu_user_pct          REAL,
  cpu_nice_pct          REAL,
  cpu_system_pct        REAL,
  cpu_idle_pct          REAL,
  cpu_iowait_pct        REAL,
  cpu_irq_pct           REAL,
  cpu_softirq_pct       REAL,
  cpu_steal_pct         REAL,
  cpu_guest_pct         REAL,
  cpu_guest_nice_pct    REAL,
  cpu_total_pct         REAL,

  -- Load and system rates
  load_1m               REAL,
  load_5m               REAL,
  load_15m              REAL,
  ctx_switches_s        REAL,
  interrupts_s          REAL,
  procs_running         INTEGER,
  procs_blocked         INTEGER,

  -- Node memory (MiB)
  mem_total_mb          INTEGER,
  mem_free_mb           INTEGER,
  mem_available_mb      INTEGER,
  mem_buffers_mb        INTEGER,
  mem_cached_mb         INTEGER,
  swap_total_mb         INTEGER,
  swap_free_mb          INTEGER,
  swap_used_mb          INTEGER,

  -- Container memory (MiB)
  c_rss_mb              INTEGER,                          -- Resident set size
  c_vsz_mb              INTEGER,                          -- Virtual memory
  c_shared_mb           INTEGER,                          -- Shared memory

  -- Disk I/O
  disk_read_mb_s        REAL,
  disk_write_mb_s       REAL,
  disk_read_iops        REAL,
  disk_write_iops       REAL,
  disk_util_pct         REAL,

  -- Network I/O
  net_rx_mb_s           REAL,
  net_tx_mb_s           REAL,
  net_rx_pkts_s         REAL,
  net_tx_pkts_s         REAL,
  net_rx_errs_s         REAL,
  net_tx_errs_s         REAL,
  net_rx_drops_s        REAL,
  net_tx_drops_s        REAL,

  -- Temperature
  temperature_c         REAL,

  -- Metadata
  source                TEXT NOT NULL DEFAULT 'psutil',
  interval_seconds      INTEGER
);

-- Composite index for time-based queries
CREATE INDEX monitor_samples_ring_composite_idx
  ON monitor_samples_ring (master_flag, node_flag, node_name, container_name, sample_time DESC);

-- Time-slot index for circular buffer management
CREATE INDEX monitor_samples_ring_time_slot_idx
  ON monitor_samples_ring (sample_time NULLS FIRST, slot ASC);

-- Partial indexes for common queries
CREATE INDEX monitor_samples_ring_master_nodes_idx
  ON monitor_samples_ring (sample_time DESC)
  WHERE master_flag = TRUE AND node_flag = TRUE;

CREATE INDEX monitor_samples_ring_containers_idx
  ON monitor_samples_ring (node_name, container_name, sample_time DESC)
  WHERE node_flag = FALSE;
`;

/** The seed's four example queries, verbatim. */
const SEED_QUERIES = {
  recentSystemMetrics: `
-- Last hour of node metrics
SELECT sample_time, cpu_total_pct, mem_available_mb, temperature_c
FROM monitor_samples_ring
WHERE node_flag = TRUE
  AND sample_time > (EXTRACT(epoch FROM NOW()) - 3600)
ORDER BY sample_time DESC;`,
  containerPerformance: `
-- Container memory usage over time
SELECT
  sample_time,
  container_name,
  c_rss_mb as memory_mb,
  cpu_total_pct,
  net_rx_mb_s + net_tx_mb_s as network_mb_s
FROM monitor_samples_ring
WHERE node_flag = FALSE
  AND container_name = 'web-server'
ORDER BY sample_time DESC
LIMIT 100;`,
  systemOverview: `
-- Latest metrics from all nodes
SELECT DISTINCT ON (node_name, container_name)
  node_name,
  container_name,
  cpu_total_pct,
  CASE
    WHEN node_flag THEN mem_available_mb
    ELSE c_rss_mb
  END as memory_mb,
  temperature_c
FROM monitor_samples_ring
WHERE sample_time IS NOT NULL
ORDER BY node_name, container_name, sample_time DESC;`,
  timeRangeAnalysis: `
-- Average CPU usage in the last 6 hours
SELECT
  node_name,
  AVG(cpu_total_pct) as avg_cpu,
  MAX(cpu_total_pct) as max_cpu,
  COUNT(*) as samples
FROM monitor_samples_ring
WHERE node_flag = TRUE
  AND sample_time > (EXTRACT(epoch FROM NOW()) - 21600)
GROUP BY node_name;`,
};

interface ColumnRow {
  column_name: string;
  data_type: string;
  is_nullable: string;
  column_default: string | null;
}

async function describeTable(db: Database, schema: string, table: string) {
  const columns = await db.query<ColumnRow>(
    `SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns
     WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position`,
    [schema, table],
  );
  const indexes = await db.query<{ indexdef: string }>(
    'SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename = $2 ORDER BY indexname',
    [schema, table],
  );
  // Schemas differ between the two copies; everything else must not.
  const neutral = (text: string | null) => text?.replaceAll(`${schema}.`, '') ?? null;
  return {
    columns: columns.map((c) => ({ ...c, column_default: neutral(c.column_default) })),
    indexes: indexes.map((i) => neutral(i.indexdef)),
  };
}

/** Two nodes (one master) and two containers, one sample stale by seven hours. */
async function fill(ring: RingTable): Promise<void> {
  await ring.write(nodeInput({ node_name: 'server-01', master_flag: true, cpu_total_pct: 30 }, 60));
  await ring.write(nodeInput({ node_name: 'server-01', master_flag: true, cpu_total_pct: 50 }, 30));
  await ring.write(nodeInput({ node_name: 'server-02', cpu_total_pct: 10, temperature_c: null }, 20));
  await ring.write(nodeInput({ node_name: 'server-02', cpu_total_pct: 99 }, 7 * 3600));
  await ring.write(containerInput('web-server', { c_rss_mb: 200 }, 50));
  await ring.write(containerInput('web-server', { c_rss_mb: 300 }, 10));
  await ring.write(containerInput('database', { c_rss_mb: 900 }, 10));
}

async function checkSeedQueries(db: Database, table: string): Promise<void> {
  const run = <R>(sql: string) => db.query<R>(sql.replaceAll('monitor_samples_ring', table));

  const recent = await run<{ sample_time: number; cpu_total_pct: number }>(SEED_QUERIES.recentSystemMetrics);
  assert.deepEqual(
    recent.map((r) => r.cpu_total_pct),
    [10, 50, 30],
  );

  const web = await run<{ container_name: string; memory_mb: number; network_mb_s: number }>(
    SEED_QUERIES.containerPerformance,
  );
  assert.deepEqual(
    web.map((r) => [r.container_name, r.memory_mb, r.network_mb_s]),
    [
      ['web-server', 300, 2],
      ['web-server', 200, 2],
    ],
  );

  const overview = await run<{ node_name: string; container_name: string | null; memory_mb: number }>(
    SEED_QUERIES.systemOverview,
  );
  assert.deepEqual(
    overview.map((r) => [r.node_name, r.container_name, r.memory_mb]),
    [
      ['server-01', 'database', 900],
      ['server-01', 'web-server', 300],
      ['server-01', null, 21],
      ['server-02', null, 21],
    ],
  );

  const averages = await run<{ node_name: string; avg_cpu: number; max_cpu: number; samples: number }>(
    `${SEED_QUERIES.timeRangeAnalysis.replace(/;\s*$/, '')} ORDER BY node_name`,
  );
  assert.deepEqual(
    averages.map((r) => [r.node_name, Number(r.avg_cpu), Number(r.max_cpu), Number(r.samples)]),
    [
      ['server-01', 40, 50, 2],
      ['server-02', 10, 10, 1],
    ],
  );
}

forEachDatabase('ring table schema', (ctx) => {
  test("the table, its columns, types, defaults and indexes are the seed's, exactly", async () => {
    const db = await ctx.fresh();
    await new RingTable(db, { capacity: 10 }).ensure();
    await db.exec('CREATE SCHEMA seed');
    await db.transaction((tx) => tx.exec(`SET LOCAL search_path = seed; ${SEED_DDL}`));
    const ours = await describeTable(db, 'public', 'monitor_samples_ring');
    const seed = await describeTable(db, 'seed', 'monitor_samples_ring');
    assert.equal(ours.columns.length, 52);
    assert.deepEqual(ours.columns, seed.columns);
    assert.deepEqual(ours.indexes, seed.indexes);
    assert.equal(ours.indexes.length, 6); // the primary key, the slot's unique key and the seed's four
  });

  test('another table name: the same schema, its indexes named after it', async () => {
    const db = await ctx.fresh();
    await new RingTable(db, { name: 'performance_metrics', capacity: 10 }).ensure();
    const indexes = await db.query<{ indexname: string }>(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'performance_metrics' ORDER BY indexname`,
    );
    assert.deepEqual(
      indexes.map((i) => i.indexname),
      [
        'performance_metrics_composite_idx',
        'performance_metrics_containers_idx',
        'performance_metrics_master_nodes_idx',
        'performance_metrics_pkey',
        'performance_metrics_slot_key',
        'performance_metrics_time_slot_idx',
      ],
    );
  });

  test("the seed's four example queries run unchanged on the default table", async () => {
    const db = await ctx.fresh();
    const ring = new RingTable(db, { capacity: 100 });
    await fill(ring);
    await checkSeedQueries(db, 'monitor_samples_ring');
  });

  test('and on a ring with another name (only the name substituted), quoted where it must be', async () => {
    const db = await ctx.fresh();
    for (const name of ['performance_metrics', 'Perf "Metrics"']) {
      const ring = new RingTable(db, { name, capacity: 100 });
      await fill(ring);
      await checkSeedQueries(db, ring.names.table);
    }
  });
});

test('table names: quoted, and rejected when they or their index names cannot be kept whole', () => {
  assert.equal(ringNames('perf').table, '"perf"');
  assert.equal(ringNames('a"b').compositeIdx, '"a""b_composite_idx"');
  assert.throws(() => ringNames(''), { code: 'INVALID_NAME' });
  assert.throws(() => ringNames('x'.repeat(47)), { code: 'INVALID_NAME', message: /at most 46 bytes/ });
  assert.doesNotThrow(() => ringNames('x'.repeat(46)));
  assert.throws(() => ringNames('monitor_ring_state'), { code: 'INVALID_NAME' });
  assert.throws(() => ringNames('a\0b'), { code: 'INVALID_NAME' });
});
