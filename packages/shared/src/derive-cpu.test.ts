import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpuPercentages } from './derive-cpu.js';

// user nice system idle iowait irq softirq steal guest guest_nice
const before = [1000, 100, 500, 8000, 50, 10, 20, 30, 200, 40];

test('percentages of the summed delta of the eight time fields', () => {
  const after = [1100, 100, 650, 8650, 50, 10, 20, 30, 200, 40];
  const p = cpuPercentages(before, after);
  assert.equal(p.user, 11.11);
  assert.equal(p.system, 16.67);
  assert.equal(p.idle, 72.22);
  assert.equal(p.guest, 0);
});

test('guest time is taken out of user and nice and reported on its own', () => {
  // 100 jiffies of user of which 60 are guest; 20 nice of which 20 guest_nice; 80 idle: total 200.
  const after = [1100, 120, 500, 8080, 50, 10, 20, 30, 260, 60];
  const p = cpuPercentages(before, after);
  assert.equal(p.user, 20);
  assert.equal(p.guest, 30);
  assert.equal(p.nice, 0);
  assert.equal(p.guest_nice, 10);
  assert.equal(p.idle, 40);
  const sum =
    p.user + p.nice + p.system + p.idle + p.iowait + p.irq + p.softirq + p.steal + p.guest + p.guest_nice;
  assert.equal(Math.round(sum), 100);
});

test('a counter that goes backwards contributes 0, never a negative or a spike', () => {
  const after = [999, 100, 600, 8100, 49, 10, 20, 30, 200, 40];
  const p = cpuPercentages(before, after);
  assert.equal(p.user, 0);
  assert.equal(p.iowait, 0);
  assert.equal(p.system, 50);
  assert.equal(p.idle, 50);
  for (const value of Object.values(p)) assert.ok(value >= 0 && value <= 100);
});

test('no elapsed jiffies gives zeros rather than NaN', () => {
  const p = cpuPercentages(before, before);
  assert.deepEqual(Object.values(p), [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
});

test('an old kernel with fewer fields counts the missing ones as 0', () => {
  const p = cpuPercentages([10, 0, 10, 80], [20, 0, 20, 140]);
  assert.equal(p.user, 12.5);
  assert.equal(p.idle, 75);
  assert.equal(p.steal, 0);
});
