import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CPU_METRICS, type DeviceKind } from '@perfanalysis/shared';
import { collectorRepository } from '../repositories/collector-repository.js';
import { type TenantHandle, tenantHandle } from '../tenancy/tenant-handle.js';
import { tenantByName } from '../tenancy/tenants.js';
import { forEachDatabase } from '../test-support/databases.test-support.js';
import { testSamples } from '../test-support/sample-fixture.test-support.js';
import { deviceSeries } from './device-series.js';
import { hostSeries } from './host-series.js';
import { sampleRepository } from './sample-repository.js';

const START = Date.UTC(2026, 2, 5, 10, 0, 0);
const COUNT = 1800;
const range = { from: new Date(START), to: new Date(START + COUNT * 2000) };

forEachDatabase('deviceSeries', (ctx) => {
  let t: TenantHandle;
  let id: string;

  test('set-up', async () => {
    const db = await ctx.db();
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    t = tenantHandle(db, tenant);
    id = (await collectorRepository(t).create({ machineName: 'devices' })).collector.id;
    const samples = testSamples(START, COUNT, 2000, {
      cpus: 2,
      disks: 2,
      nets: 1,
      filesystems: 2,
      temperatures: 1,
      containers: 1,
    });
    await sampleRepository(t).insertSamples(id, samples);
  });

  test('each device, each metric: columns on the same buckets as the host series', async () => {
    const cpus = await deviceSeries(t, id, 'cpus', { ...range, points: 100 });
    const host = await hostSeries(t, id, { ...range, points: 100, metrics: ['cpu_user'] });
    assert.deepEqual(cpus.time, host.time);
    assert.equal(cpus.bucketSeconds, host.bucketSeconds);
    assert.deepEqual(Object.keys(cpus.devices).sort(), ['cpu0', 'cpu1']);
    const cpu0 = cpus.devices.cpu0;
    assert.ok(cpu0);
    assert.deepEqual(Object.keys(cpu0).sort(), CPU_METRICS.map((m) => m.name).sort());
    const mhz = cpu0.mhz?.mean.filter((mean) => mean !== null) ?? [];
    assert.ok(mhz.length > 0 && mhz.every((m) => m >= 800 && m <= 3800), 'each CPU frequency is stored');
    for (const series of Object.values(cpu0)) {
      assert.equal(series.mean.length, cpus.time.length);
      series.mean.forEach((mean, i) => {
        if (mean === null) return;
        assert.ok((series.min[i] as number) <= mean && mean <= (series.max[i] as number));
      });
    }
  });

  test('every kind, named by its device column; metrics narrowed on request', async () => {
    const names: Record<DeviceKind, string[]> = {
      cpus: ['cpu0', 'cpu1'],
      disks: ['sda', 'sdb'],
      nets: ['eth0'],
      filesystems: ['/', '/mnt/data 1'],
      temperatures: ['coretemp/Core 0'],
      containers: ['0'.padStart(64, 'c')],
    };
    for (const [kind, expected] of Object.entries(names)) {
      const s = await deviceSeries(t, id, kind as DeviceKind, { ...range, points: 20 });
      assert.deepEqual(Object.keys(s.devices).sort(), expected.sort(), kind);
    }
    const util = await deviceSeries(t, id, 'disks', { ...range, points: 20, metrics: ['util'] });
    assert.deepEqual(Object.keys(util.devices.sda ?? {}), ['util']);
  });

  test('unknown kinds and metrics are refused', async () => {
    await assert.rejects(deviceSeries(t, id, 'gpus' as DeviceKind, { ...range, points: 20 }), TypeError);
    await assert.rejects(
      deviceSeries(t, id, 'disks', { ...range, points: 20, metrics: ['user'] }),
      TypeError,
    );
  });
});
