import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import type { RawSnapshot } from '@perfanalysis/shared';
import { forEachDatabase } from '@perfanalysis/storage/test-support/databases';
import { CompleteResourceMonitor } from './complete-resource-monitor.js';
import { METRIC_COLUMN_NAMES, type MetricColumn, type RingSample } from './ring-schema.js';
import { Collector, FixtureSource, fixtureSnapshots, T0 } from './snapshot-fixture.test-support.js';

const NODE_EXPECTED: Partial<Record<MetricColumn, number>> = {
  cpu_user_pct: 20,
  cpu_nice_pct: 1,
  cpu_system_pct: 5,
  cpu_idle_pct: 70,
  cpu_iowait_pct: 1,
  cpu_irq_pct: 1,
  cpu_softirq_pct: 2,
  cpu_steal_pct: 0,
  cpu_guest_pct: 0,
  cpu_guest_nice_pct: 0,
  cpu_total_pct: 30,
  load_1m: 0.5,
  load_5m: 0.25,
  load_15m: 0.1,
  ctx_switches_s: 1000,
  interrupts_s: 500,
  procs_running: 3,
  procs_blocked: 1,
  mem_total_mb: 7813, // 7812.5 MiB
  mem_free_mb: 977,
  mem_available_mb: 3906,
  mem_buffers_mb: 98,
  mem_cached_mb: 1953,
  swap_total_mb: 2048,
  swap_free_mb: 1024,
  swap_used_mb: 1024,
  disk_read_mb_s: 2,
  disk_write_mb_s: 1,
  disk_read_iops: 100,
  disk_write_iops: 50,
  disk_util_pct: 50,
  net_rx_mb_s: 2,
  net_tx_mb_s: 0.5,
  net_rx_pkts_s: 1000,
  net_tx_pkts_s: 500,
  net_rx_errs_s: 2,
  net_tx_errs_s: 0,
  net_rx_drops_s: 1,
  net_tx_drops_s: 0,
  temperature_c: 45.5,
};

const metricsOf = (row: RingSample) =>
  Object.fromEntries(METRIC_COLUMN_NAMES.map((c) => [c, row[c]])) as Record<MetricColumn, number | null>;

/** A snapshot pair without the sections a small VM or container may lack. */
function bareSnapshots(): [RawSnapshot, RawSnapshot] {
  const strip = ({ diskstats: _d, temperatures: _t, containers: _c, ...rest }: RawSnapshot): RawSnapshot =>
    rest;
  const [a, b] = fixtureSnapshots();
  return [strip(a), strip(b)];
}

forEachDatabase('CompleteResourceMonitor', (ctx) => {
  test('sampleNode: every column of the seed from two snapshots, in its units', async () => {
    const db = await ctx.fresh();
    const source = new FixtureSource(fixtureSnapshots());
    const monitor = new CompleteResourceMonitor(db, {
      nodeName: 'server-01',
      master: true,
      capacity: 10,
      snapshots: source,
    });
    const row = await monitor.sampleNode(0.01);
    assert.deepEqual(metricsOf(row), {
      ...Object.fromEntries(METRIC_COLUMN_NAMES.map((c) => [c, null])),
      ...NODE_EXPECTED,
    });
    assert.equal(row.sample_time, (T0 + 2000) / 1000);
    assert.equal(row.interval_seconds, 2);
    assert.equal(row.node_flag, true);
    assert.equal(row.master_flag, true);
    assert.equal(row.node_name, 'server-01');
    assert.equal(row.container_name, null);
    assert.equal(row.source, 'pcc');
    assert.equal(row.slot, 0);
    const [stored] = await monitor.getRecentSamples(1);
    assert.deepEqual(stored, row);
    await monitor.close();
    assert.ok(source.closed);
  });

  test('what the machine lacks is NULL, or 0 with useNullForEmpty=false', async () => {
    const db = await ctx.fresh();
    const lacking = [
      'disk_read_mb_s',
      'disk_write_mb_s',
      'disk_read_iops',
      'disk_write_iops',
      'disk_util_pct',
    ];
    const withNulls = new CompleteResourceMonitor(db, {
      tableName: 'with_nulls',
      snapshots: new FixtureSource(bareSnapshots()),
    });
    const a = metricsOf(await withNulls.sampleNode(0.01, 'psutil'));
    for (const column of [...lacking, 'temperature_c', 'c_rss_mb', 'c_vsz_mb', 'c_shared_mb']) {
      assert.equal(a[column as MetricColumn], null, column);
    }
    assert.equal(a.cpu_total_pct, 30);

    const withZeros = new CompleteResourceMonitor(db, {
      tableName: 'with_zeros',
      useNullForEmpty: false,
      snapshots: new FixtureSource(bareSnapshots()),
    });
    const b = metricsOf(await withZeros.sampleNode(0.01));
    for (const column of [...lacking, 'temperature_c', 'c_rss_mb'])
      assert.equal(b[column as MetricColumn], 0, column);
    assert.equal(b.net_rx_mb_s, 2);
  });

  test('sampleNode waits for its interval: a baseline first, then only what is left of it', async () => {
    const db = await ctx.fresh();
    const [a, b] = fixtureSnapshots();
    const idle = (cpu: readonly number[]) => cpu.map((v, i) => (i === 3 ? v + 1000 : v));
    const c: RawSnapshot = {
      ...b,
      time: b.time + 2000,
      mono: (b.mono ?? 0) + 2000,
      ...(b.stat ? { stat: { ...b.stat, cpu: idle(b.stat.cpu) } } : {}),
    };
    const source = new FixtureSource([a, b, c]);
    const monitor = new CompleteResourceMonitor(db, { snapshots: source });
    await monitor.init();
    // 1 s intervals: the baseline stays fresh (two intervals) however long a loaded machine takes to store.
    await monitor.sampleNode(1);
    assert.equal(source.reads, 2);
    const second = await monitor.sampleNode(1);
    assert.equal(source.reads, 3, 'and takes no new baseline');
    // Lower bounds only: a busy machine makes waits longer, never shorter. Storing the first sample takes
    // part of the second interval, so the second read comes an interval after the first one, not after the call.
    const [baselineAt = 0, firstAt = 0, secondAt = 0] = source.readAt;
    assert.ok(firstAt - baselineAt >= 995, 'the first sample waits a whole interval after its baseline');
    assert.ok(secondAt - firstAt >= 995, 'the second waits for the rest of the interval after the first');
    assert.equal(second.cpu_total_pct, 0, 'the interval between snapshots b and c: all idle');
    await monitor.close();
    await assert.rejects(monitor.sampleNode(0.2), /closed/);
  });

  test('close() ends a wait in progress', async () => {
    const db = await ctx.fresh();
    const monitor = new CompleteResourceMonitor(db, { snapshots: new FixtureSource(fixtureSnapshots()) });
    await monitor.init();
    const sampling = monitor.sampleNode(60);
    setTimeout(() => void monitor.close(), 50);
    await assert.rejects(sampling, { name: 'AbortError' });
  });

  test('sampleContainer: by name, id or id prefix, under its own name or the one given', async () => {
    const db = await ctx.fresh();
    const warnings: string[] = [];
    const monitor = new CompleteResourceMonitor(db, {
      nodeName: 'server-01',
      snapshots: new FixtureSource(fixtureSnapshots()),
      onWarning: (message) => warnings.push(message),
    });
    const row = await monitor.sampleContainer('web', undefined, 0.01);
    assert.ok(row);
    assert.equal(row.node_flag, false);
    assert.equal(row.node_name, 'server-01');
    assert.equal(row.container_name, 'web');
    assert.equal(row.source, 'cgroup');
    assert.deepEqual(Object.fromEntries(Object.entries(metricsOf(row)).filter(([, v]) => v !== null)), {
      cpu_total_pct: 50,
      c_rss_mb: 256,
      c_vsz_mb: 1024,
      c_shared_mb: 8,
      disk_read_mb_s: 1,
      disk_write_mb_s: 0,
      disk_read_iops: 256,
      disk_write_iops: 0,
      net_rx_mb_s: 1,
      net_tx_mb_s: 0,
      net_rx_pkts_s: 1000,
      net_tx_pkts_s: 0,
      net_rx_errs_s: 0,
      net_tx_errs_s: 0,
      net_rx_drops_s: 0,
      net_tx_drops_s: 0,
    });
    // A second monitor for the same container by its short id, named as the seed's caller names it.
    const byId = new CompleteResourceMonitor(db, { snapshots: new FixtureSource(fixtureSnapshots()) });
    assert.equal((await byId.sampleContainer('abc123', 'web-server', 0.01))?.container_name, 'web-server');
    assert.equal(await monitor.sampleContainer('nginx', undefined, 0.01), null);
    assert.match(
      warnings.join('\n'),
      /container "nginx" not sampled: not found among this machine's 1 cgroup/,
    );
    assert.deepEqual(
      (await monitor.getRecentSamples(10, undefined, 'web-server')).map((r) => r.container_name),
      ['web-server'],
    );
  });

  test('printSampleSummary and debugTableState write for people; setCapacity and cleanupOldSamples', async () => {
    const db = await ctx.fresh();
    const out = new Collector();
    const monitor = new CompleteResourceMonitor(db, {
      nodeName: 'server-01',
      master: true,
      capacity: 3,
      snapshots: new FixtureSource(fixtureSnapshots()),
      out,
    });
    const node = await monitor.sampleNode(0.01);
    const container = await monitor.sampleContainer('web', 'web-server', 0.01);
    assert.ok(container);
    monitor.printSampleSummary(await monitor.getRecentSamples());
    assert.match(out.text, /time \(UTC\)\s+node\s+container\s+cpu %/);
    assert.match(
      out.text,
      /2023-11-14T22:13:22Z\s+server-01 \*\s+-\s+30\.0\s+0\.50\s+3906\s+2\.00\/1\.00\s+2\.00\/0\.50\s+45\.5/,
    );
    // The container's interval follows the node's in the fixture, with the same counters: all rates 0.
    assert.match(out.text, /server-01 \*\s+web-server\s+0\.0\s+-\s+256\s+0\.00\/0\.00\s+0\.00\/0\.00\s+-/);
    assert.match(out.text, /2 samples from 1 node and 1 container/);

    out.text = '';
    const state = await monitor.debugTableState();
    assert.deepEqual([state.capacity, state.used, state.empty, state.nextSlot], [3, 2, 1, 2]);
    assert.match(out.text, /Ring table monitor_samples_ring/);
    assert.match(out.text, /capacity\s+3 slots/);
    assert.match(out.text, /used\s+2 \(1 empty\)/);
    assert.match(out.text, /server-01\s+-\s+node\s+1/);
    assert.match(out.text, /server-01\s+web-server\s+container\s+1/);

    assert.equal(await monitor.setCapacity(1), 1);
    assert.equal(monitor.capacity, 1);
    assert.deepEqual(
      (await monitor.getRecentSamples()).map((r) => r.id),
      [container.id],
    );
    assert.notEqual(node.id, container.id);
    // The fixture's samples are from 2023: older than a day.
    assert.equal(await monitor.cleanupOldSamples(), 1);
    assert.deepEqual(await monitor.getRecentSamples(), []);
    out.text = '';
    monitor.printSampleSummary([]);
    assert.equal(out.text, 'No samples.\n');
  });

  test('on this machine: every field it has is filled', async () => {
    const db = await ctx.fresh();
    const monitor = new CompleteResourceMonitor(db, { nodeName: 'live', tableName: 'live_ring' });
    await monitor.sampleNode(0.2);
    const row = await monitor.sampleNode(0.2);
    await monitor.close();
    const m = metricsOf(row);
    const filled = [
      'cpu_user_pct',
      'cpu_nice_pct',
      'cpu_system_pct',
      'cpu_idle_pct',
      'cpu_iowait_pct',
      'cpu_irq_pct',
      'cpu_softirq_pct',
      'cpu_steal_pct',
      'cpu_guest_pct',
      'cpu_guest_nice_pct',
      'cpu_total_pct',
      'load_1m',
      'load_5m',
      'load_15m',
      'ctx_switches_s',
      'interrupts_s',
      'procs_running',
      'procs_blocked',
      'mem_total_mb',
      'mem_free_mb',
      'mem_available_mb',
      'mem_buffers_mb',
      'mem_cached_mb',
      'swap_total_mb',
      'swap_free_mb',
      'swap_used_mb',
    ];
    if (existsSync('/proc/diskstats')) {
      filled.push('disk_read_mb_s', 'disk_write_mb_s', 'disk_read_iops', 'disk_write_iops', 'disk_util_pct');
    }
    if (existsSync('/proc/net/dev')) {
      filled.push(
        'net_rx_mb_s',
        'net_tx_mb_s',
        'net_rx_pkts_s',
        'net_tx_pkts_s',
        'net_rx_errs_s',
        'net_tx_errs_s',
        'net_rx_drops_s',
        'net_tx_drops_s',
      );
    }
    for (const column of filled) assert.equal(typeof m[column as MetricColumn], 'number', column);
    for (const column of ['c_rss_mb', 'c_vsz_mb', 'c_shared_mb'])
      assert.equal(m[column as MetricColumn], null);
    assert.ok((m.mem_total_mb ?? 0) > 0);
    assert.ok((m.cpu_total_pct ?? -1) >= 0 && (m.cpu_total_pct ?? 101) <= 100);
    assert.ok(Math.abs((row.sample_time ?? 0) - Date.now() / 1000) < 5);
    // Temperature where the machine has a sensor, NULL where it has none (many VMs and containers).
    assert.ok(row.temperature_c === null || typeof row.temperature_c === 'number');
  });
});
