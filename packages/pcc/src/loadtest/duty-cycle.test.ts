import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runDutyCycle } from './duty-cycle.js';

/** The duty cycle on a simulated clock: work costs `unitMs`, idling passes the time asked, `preempt` steals time. */
function simulate(
  level: number,
  options: { unitMs: number; periods: number; preempt?: (t: number) => number },
) {
  const periodMs = 100;
  let now = 0;
  let busy = 0;
  let units = 0;
  runDutyCycle(
    {
      now: () => now,
      work: () => {
        now += options.unitMs;
        busy += options.unitMs;
        now += options.preempt?.(now) ?? 0;
      },
      idle: (ms) => {
        now += ms;
      },
      level: () => level,
      stopped: () => now >= options.periods * periodMs,
      counted: (n) => {
        units = n;
      },
    },
    periodMs,
  );
  return { busyPct: (busy / now) * 100, units };
}

test('each level from 1 % to 100 % keeps a thread busy for that share of the time, within half a point', () => {
  for (const level of [1, 10, 25, 50, 75, 90, 100]) {
    const { busyPct, units } = simulate(level, { unitMs: 0.03, periods: 200 });
    assert.ok(Math.abs(busyPct - level) < 0.5, `level ${level}: busy ${busyPct.toFixed(2)} %`);
    const expected = (level / 0.03) * 200;
    assert.ok(Math.abs(units - expected) <= 200, `level ${level}: ${units} units, not about ${expected}`);
  }
});

test('a period overrun by preemption is not made up for: the thread does not work more to catch up', () => {
  // Every 10th period the thread loses 300 ms inside a unit of work.
  const preempt = (t: number) => (Math.floor(t / 100) % 10 === 0 && t % 100 < 0.03 ? 300 : 0);
  const { busyPct } = simulate(50, { unitMs: 0.03, periods: 400, preempt });
  assert.ok(busyPct <= 50, `busy ${busyPct.toFixed(2)} %`);
});

test('a level changed between periods takes hold at the next period', () => {
  let now = 0;
  const busyByPeriod = new Map<number, number>();
  runDutyCycle(
    {
      now: () => now,
      work: () => {
        const period = Math.floor(now / 100);
        busyByPeriod.set(period, (busyByPeriod.get(period) ?? 0) + 1);
        now += 1;
      },
      idle: (ms) => {
        now += ms;
      },
      level: () => (now < 100 ? 100 : 20),
      stopped: () => now >= 300,
      counted: () => {},
    },
    100,
  );
  assert.deepEqual([...busyByPeriod.values()], [100, 20, 20]);
});
