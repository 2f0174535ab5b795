const WRAP_32 = 2 ** 32;

/**
 * The increase of a kernel counter between two readings. A counter that went backwards is either a 32-bit
 * wrap (diskstats' millisecond fields, some network drivers), counted as such when the wrapped delta is
 * plausible, or a reset (device re-added, CPU hot-plugged), which contributes 0: never a negative or a spike.
 */
export function counterDelta(previous: number, current: number): number {
  if (current >= previous) return current - previous;
  if (previous < WRAP_32) {
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

/**
 * The increase of a 64-bit kernel counter (the cgroup files' bytes, operations and microseconds), which never
 * wraps in practice: a decrease is a reset (a cgroup re-created under the same name) and contributes 0.
 */
export function counter64Delta(previous: number, current: number): number {
  return current >= previous ? current - previous : 0;
}
