import { sleep } from './sleep.js';

/**
 * The next wall-clock tick after `now` for a frequency: ticks are whole multiples of the frequency since
 * the epoch (every second on the second, every 15 s at :00, :15…), so samples of several machines line up.
 */
export function nextTick(now: number, frequencyMs: number): number {
  return (Math.floor(now / frequencyMs) + 1) * frequencyMs;
}

/**
 * Calls `onTick(tickTime)` on wall-clock ticks until `until` (exclusive) or until the signal aborts. Each
 * delay is computed from the clock afresh, so lateness never accumulates (no drift over a 24-hour run); a
 * machine that slept or a clock that jumped skips to the next tick rather than firing a burst.
 */
export async function runOnTicks(
  frequencyMs: number,
  until: number,
  signal: AbortSignal,
  onTick: (tick: number) => void | Promise<void>,
  firstTick: number = nextTick(Date.now(), frequencyMs),
): Promise<void> {
  let tick = firstTick;
  while (!signal.aborted && tick < until) {
    // A timer runs on the monotonic clock and can wake a millisecond before the wall clock reaches the
    // tick: sleep again until it has, so a sample is never stamped before it was taken.
    for (let wait = tick - Date.now(); wait > 0 && !signal.aborted; wait = tick - Date.now()) {
      await sleep(wait, signal);
    }
    if (signal.aborted) return;
    await onTick(tick);
    tick = Math.max(tick + frequencyMs, nextTick(Date.now() - frequencyMs / 2, frequencyMs));
  }
}
