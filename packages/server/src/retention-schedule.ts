import { applyRetention, type Database } from '@perfanalysis/storage';

const RETENTION_EVERY_MS = 3600_000;

export interface RetentionSchedule {
  /** The pass run at start-up, settled (a failure is reported to onError, not thrown). */
  readonly firstPass: Promise<void>;
  stop(): void;
}

/** Applies the tenants' retention now, then every hour: a server restarted often still deletes old samples. */
export function scheduleRetention(db: Database, onError: (error: Error) => void): RetentionSchedule {
  const pass = (): Promise<void> =>
    applyRetention(db).then(
      () => undefined,
      (error: Error) => onError(error),
    );
  const firstPass = pass();
  const timer = setInterval(pass, RETENTION_EVERY_MS);
  return { firstPass, stop: () => clearInterval(timer) };
}
