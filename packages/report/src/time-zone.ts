import { ReportError } from './report-error.js';

/**
 * Reports show times in one time zone, as the dashboard shows them in the viewer's: the machine's by default
 * (`--tz` or the portal's viewer otherwise), named beside every time.
 */
export function defaultTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** An IANA time zone (Europe/Berlin, UTC), in its canonical spelling, or a ReportError saying it is not one. */
export function checkTimeZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw new ReportError(`"${zone}" is not a time zone: use an IANA name such as Europe/Berlin, or UTC`);
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(ms: number, zone: string): number[] {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, Number(p.value)]));
  return [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second].map((n) => n ?? 0);
}

/** How far the zone's clock is ahead of UTC at an instant, in ms (DST included). */
export function zoneOffsetMs(ms: number, zone: string): number {
  const [y = 1970, mo = 1, d = 1, h = 0, mi = 0, s = 0] = wallClock(ms, zone);
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(ms / 1000) * 1000;
}

/** "UTC" or "UTC+01:00": the zone's offset at an instant. */
export function offsetText(ms: number, zone: string): string {
  const minutes = Math.round(zoneOffsetMs(ms, zone) / 60_000);
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const two = (n: number) => String(n).padStart(2, '0');
  return `UTC${minutes < 0 ? '−' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** "2026-01-01 09:10:00 UTC+01:00": an instant on the zone's clock, with its offset. */
export function timeText(date: Date, zone: string): string {
  const ms = date.getTime();
  const shifted = new Date(ms + zoneOffsetMs(ms, zone));
  return `${shifted.toISOString().replace('T', ' ').slice(0, 19)} ${offsetText(ms, zone)}`;
}

/** "UTC", or "Europe/Berlin (UTC+01:00)": what a chart's times are in. */
export function zoneLabel(zone: string, at: Date): string {
  return zone === 'UTC' ? 'UTC' : `${zone} (${offsetText(at.getTime(), zone)})`;
}
