import { formatClock, type ZoneChoice, zoneName } from './time-zone.js';

/**
 * A chart's data as CSV, exactly what it shows: the points inside its window, the series not hidden, the
 * time in the zone the page shows and as unix seconds. Pure.
 */
export function chartCsv(
  time: readonly number[],
  series: readonly { readonly label: string; readonly values: readonly (number | null)[] }[],
  window: readonly [number, number],
  zone: ZoneChoice,
  /** The x column: clock time, or the name of a plain number column ("seconds_from_start", "utilisation_pct"). */
  x = 'clock',
): string {
  const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const head = x === 'clock' ? [`time (${zoneName(zone)})`, 'unix_seconds'] : [x];
  const lines = [[...head, ...series.map((s) => s.label)].map(quote).join(',')];
  for (let i = 0; i < time.length; i++) {
    const t = time[i] ?? Number.NaN;
    if (t < window[0] || t > window[1]) continue;
    const at = x === 'clock' ? [formatClock(t, zone), String(t)] : [String(t)];
    lines.push([...at, ...series.map((s) => (s.values[i] ?? '').toString())].join(','));
  }
  return `${lines.join('\n')}\n`;
}
