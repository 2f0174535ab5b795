import { formatBytes, formatProgress } from '@perfanalysis/shared';

/** A progress bar on standard error, redrawn at most ten times a second; silent when it is not a terminal. */
export function progressBar(label: string): { update(done: number, total: number): void; done(): void } {
  const live = process.stderr.isTTY === true;
  const started = Date.now();
  let drawn = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (!live || now - drawn < 100) return;
      drawn = now;
      const line = formatProgress(
        done,
        total,
        now - started,
        `${label} ${formatBytes(done)} of ${formatBytes(total)}`,
      );
      process.stderr.write(`\r\x1b[K${line.slice(0, (process.stderr.columns || 120) - 1)}`);
    },
    done() {
      if (live && drawn > 0) process.stderr.write('\r\x1b[K');
    },
  };
}
