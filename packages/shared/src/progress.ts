import { formatDuration } from './duration.js';

/** A one-line progress bar for a terminal: `[#####-----]  50%  5m00s elapsed  5m00s left  300 samples`. */
export function formatProgress(
  done: number,
  total: number,
  elapsedMs: number,
  detail: string,
  width = 30,
): string {
  const fraction = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const filled = Math.round(fraction * width);
  const remaining = fraction > 0 ? (elapsedMs / fraction) * (1 - fraction) : Number.NaN;
  const left = Number.isFinite(remaining) ? `${formatDuration(remaining)} left` : '';
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  return [bar, percent, `${formatDuration(elapsedMs)} elapsed`, left, detail].filter(Boolean).join('  ');
}
