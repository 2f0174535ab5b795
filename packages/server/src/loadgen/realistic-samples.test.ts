import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOST_METRICS } from '@perfanalysis/shared';
import { realisticSample, realisticSamples } from './realistic-samples.js';

const T = Date.UTC(2026, 10, 23, 12, 0, 0);

test('a realistic sample has every host metric, as a plausible two-decimal number', () => {
  const sample = realisticSample(T, { seed: 3 }) as unknown as Record<string, unknown>;
  for (const { name } of HOST_METRICS) {
    const value = sample[name];
    assert.equal(typeof value, 'number', name);
    assert.ok(Number.isFinite(value) && (value as number) >= 0, `${name} = ${value}`);
    assert.equal(Math.round((value as number) * 100) / 100, value, name);
  }
  const cpu = ['cpu_user', 'cpu_system', 'cpu_iowait', 'cpu_idle', 'cpu_steal', 'cpu_nice', 'cpu_softirq'];
  const total = cpu.reduce((sum, name) => sum + (sample[name] as number), 0);
  assert.ok(Math.abs(total - 100) < 0.05, `CPU adds up to ${total}`);
  assert.ok((sample.mem_total as number) > (sample.mem_used as number));
});

test('devices as pcc sends them from a small server, or none for a host.csv row', () => {
  const sample = realisticSample(T, { disks: 1 });
  assert.deepEqual(
    [sample.cpus.length, sample.disks.length, sample.nets.length, sample.filesystems.length],
    [2, 1, 2, 3],
  );
  assert.equal(realisticSample(T).disks.length, 2);
  const host = realisticSample(T, { hostOnly: true });
  assert.deepEqual([host.cpus, host.disks, host.nets, host.filesystems], [[], [], [], []]);
});

test('the same seed and time give the same sample; other seeds another machine', () => {
  assert.deepEqual(realisticSample(T, { seed: 1 }), realisticSample(T, { seed: 1 }));
  assert.notEqual(realisticSample(T, { seed: 1 }).cpu_user, realisticSample(T, { seed: 2 }).cpu_user);
  const samples = realisticSamples(T, 3);
  assert.deepEqual(
    samples.map((s) => s.timestamp),
    [T, T + 1000, T + 2000],
  );
});
