const WRAP_32 = 2 ** 32;

/**
 * How wide a kernel counter is. 32: it wraps at 2³² within a machine's life — diskstats' millisecond fields
 * (printed `%u` on every kernel), and on a 32-bit kernel its `unsigned long` counters (the other diskstats
 * fields; net/dev of drivers without 64-bit statistics). 64: /proc/stat (u64), cgroup files (u64), and
 * everything on a 64-bit kernel; it never wraps in practice.
 */
export type CounterBits = 32 | 64;

/**
 * The increase of a kernel counter between two readings. A counter that went backwards is a reset (device
 * re-added, CPU hot-plugged, cgroup re-created), which contributes 0; only a counter known to be 32 bits
 * wide may have wrapped instead, counted as such when the wrapped delta is plausible (under 2³¹). Never a
 * negative or a spike: a 64-bit interface counter reset from 3,000,100,000 to 1,000 is 0, not 1.29 GB.
 */
export function counterDelta(previous: number, current: number, bits: CounterBits = 64): number {
  if (current >= previous) return current - previous;
  if (bits === 32 && previous < WRAP_32) {
    const wrapped = current + WRAP_32 - previous;
    if (wrapped < WRAP_32 / 2) return wrapped;
  }
  return 0;
}

/** Rounds to two decimals: the precision of every derived figure, so CSV round trips are exact. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A per-second rate of a counter, rounded. */
export function rate(previous: number, current: number, seconds: number): number {
  return round2(counterDelta(previous, current) / seconds);
}
