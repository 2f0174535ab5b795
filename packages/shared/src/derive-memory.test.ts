import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryFigures } from './derive-memory.js';

test('used is MemTotal − MemAvailable, in MB', () => {
  const m = memoryFigures({
    MemTotal: 16_384_000,
    MemFree: 1_024_000,
    MemAvailable: 8_192_000,
    Buffers: 102_400,
    Cached: 4_096_000,
    SwapTotal: 2_048_000,
    SwapFree: 1_024_000,
  });
  assert.equal(m.mem_total, 16000);
  assert.equal(m.mem_available, 8000);
  assert.equal(m.mem_used, 8000);
  assert.equal(m.mem_free, 1000);
  assert.equal(m.mem_buffers, 100);
  assert.equal(m.mem_cached, 4000);
  assert.equal(m.swap_total, 2000);
  assert.equal(m.swap_used, 1000);
});

test('without MemAvailable, available is free + buffers + cached + SReclaimable − Shmem', () => {
  // procfs fixture values (EXPECTED.md A2): Netdata's formula gives used = 461276 kB.
  const m = memoryFigures({
    MemTotal: 15_666_184,
    MemFree: 440_324,
    Buffers: 1_020_128,
    Cached: 12_007_640,
    SReclaimable: 1_738_124,
    Shmem: 1_308,
  });
  assert.equal(m.mem_used, Math.round((461_276 / 1024) * 100) / 100);
});

test('the estimate never exceeds MemTotal nor goes below 0', () => {
  const m = memoryFigures({ MemTotal: 1000, MemFree: 900, Cached: 900 });
  assert.equal(m.mem_available, m.mem_total);
  assert.equal(m.mem_used, 0);
});
