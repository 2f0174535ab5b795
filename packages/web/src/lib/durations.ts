import { formatZoned } from './time-zone.js';

/** Time spans and instants as the dashboard prints them. Pure. */

/** 3725 → "1h 2m 5s"; 90 → "1m 30s"; 0.5 → "0.5s". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–';
  const sign = seconds < 0 ? '-' : '';
  let rest = Math.abs(seconds);
  if (rest < 1) return `${sign}${Number(rest.toFixed(2))}s`;
  rest = Math.round(rest);
  const days = Math.floor(rest / 86_400);
  const hours = Math.floor((rest % 86_400) / 3600);
  const minutes = Math.floor((rest % 3600) / 60);
  const secs = rest % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days}d`);
  if (hours) parts.push(`${hours}h`);
  if (minutes && !days) parts.push(`${minutes}m`);
  if (secs && !days && !hours) parts.push(`${secs}s`);
  return sign + (parts.join(' ') || '0s');
}

/** An ISO instant (or null) as "2024-01-04 10:30:00 UTC" in the zone chosen (lib/time-zone.ts), or a dash. */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '–';
  const ms = new Date(iso).getTime();
  return Number.isNaN(ms) ? '–' : formatZoned(ms / 1000);
}

/** "3 minutes ago", "2 days ago", "just now"; a dash for null. */
export function formatAgo(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return '–';
  const seconds = (now - new Date(iso).getTime()) / 1000;
  if (!Number.isFinite(seconds)) return '–';
  if (seconds < 10) return 'just now';
  const steps: [number, string][] = [
    [86_400 * 365, 'year'],
    [86_400 * 30, 'month'],
    [86_400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
    [1, 'second'],
  ];
  for (const [size, name] of steps) {
    if (seconds >= size) {
      const n = Math.floor(seconds / size);
      return `${n} ${name}${n === 1 ? '' : 's'} ago`;
    }
  }
  return 'just now';
}

/** A file size: 245678 → "240 KiB". */
export { formatBytes as formatSize } from '@perfanalysis/shared/units';
