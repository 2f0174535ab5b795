/**
 * The unit of CPU work a load test counts. It is fixed: a change to what it does is a new version, and
 * results of different versions are never compared. Version 1: 4,096 rounds of xorshift32 integer mixing and
 * a floating-point square root, about 10–30 µs on a current core, small enough for a 100 ms duty cycle at 1 %.
 */
export const WORK_UNIT = { name: 'pcc-cpu-mix', version: 1 } as const;

const ROUNDS = 4096;

/** Runs one unit of work from a seed; the checksum returned keeps the compiler from dropping the work. */
export function workUnit(seed: number): number {
  let x = seed | 1;
  let sum = 0;
  for (let i = 0; i < ROUNDS; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    sum += Math.sqrt(x & 0xffff);
  }
  return (sum | 0) ^ x;
}
