/** What a duty-cycle loop needs from its surroundings: a clock, the work, a way to idle, and its orders. */
export interface DutyCycleHost {
  /** Milliseconds, monotonic. */
  now(): number;
  /** Does one unit of work. */
  work(): void;
  /** Idles for up to `ms`, returning early when told to stop. */
  idle(ms: number): void;
  /** The target level, 0–100, read at the start of each period. */
  level(): number;
  stopped(): boolean;
  /** Called after each unit with the count so far. */
  counted(units: number): void;
}

/**
 * Runs units of work for `level` % of each period and idles for the rest, until stopped. A period that
 * overran (the thread was descheduled) is not made up for: the next one starts from now, so a thread never
 * works more than its share to catch up.
 */
export function runDutyCycle(host: DutyCycleHost, periodMs: number): void {
  let units = 0;
  let periodStart = host.now();
  while (!host.stopped()) {
    const busyUntil = periodStart + (periodMs * host.level()) / 100;
    while (host.now() < busyUntil && !host.stopped()) {
      host.work();
      host.counted(++units);
    }
    periodStart += periodMs;
    const rest = periodStart - host.now();
    if (rest > 0) host.idle(rest);
    else periodStart = host.now();
  }
}
