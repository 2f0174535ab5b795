import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextTick, runOnTicks } from './scheduler.js';

test('ticks are whole multiples of the frequency', () => {
  assert.equal(nextTick(1_700_000_000_400, 1000), 1_700_000_001_000);
  assert.equal(nextTick(1_700_000_001_000, 1000), 1_700_000_002_000);
  assert.equal(nextTick(1_700_000_007_000, 15_000), 1_700_000_010_000);
});

test('samples land on the ticks, and stop at the end or on abort', async () => {
  const seen: { tick: number; late: number }[] = [];
  const start = Date.now();
  await runOnTicks(50, start + 400, new AbortController().signal, (tick) => {
    seen.push({ tick, late: Date.now() - tick });
  });
  // At most one per tick; a busy machine may skip ticks, so no lower bound beyond the first.
  assert.ok(seen.length >= 1 && seen.length <= 8, `${seen.length} ticks`);
  for (const [i, { tick, late }] of seen.entries()) {
    assert.equal(tick % 50, 0);
    assert.ok(tick > start && tick <= start + 400, 'within the run');
    assert.ok(i === 0 || tick > (seen[i - 1]?.tick ?? 0), 'each tick once, in order');
    assert.ok(late >= 0, 'never early');
  }
  const controller = new AbortController();
  let count = 0;
  await runOnTicks(20, Date.now() + 10_000, controller.signal, () => {
    count += 1;
    if (count === 3) controller.abort();
  });
  assert.equal(count, 3);
});

test('a tick that ran long skips the ticks it missed instead of bursting', async () => {
  const ticks: number[] = [];
  const start = nextTick(Date.now(), 20);
  // Ends on the second tick, however late a loaded machine fires the timers.
  const second = new AbortController();
  await runOnTicks(
    20,
    start + 10_000,
    second.signal,
    async (tick) => {
      ticks.push(tick);
      if (ticks.length === 1) await new Promise((r) => setTimeout(r, 75));
      else second.abort();
    },
    start,
  );
  assert.ok(
    (ticks[1] ?? 0) - (ticks[0] ?? 0) >= 60,
    `second tick ${(ticks[1] ?? 0) - start} ms after the first`,
  );
});
