/**
 * The time zone every time on the dashboard is shown in: the browser's own by default, or UTC, remembered in
 * this browser. Formatting and reading back date-time fields in that zone. Pure but for the remembered choice.
 */
export type ZoneChoice = 'local' | 'utc';

const KEY = 'perfanalysis.timezone';

interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const store = (): KeyValueStore | undefined => (globalThis as { localStorage?: KeyValueStore }).localStorage;

let current: ZoneChoice = store()?.getItem(KEY) === 'utc' ? 'utc' : 'local';
const listeners = new Set<(zone: ZoneChoice) => void>();

/** The zone times are shown in now. */
export function timeZone(): ZoneChoice {
  return current;
}

/** Switches every time on the page to `zone` and remembers it (the browser's zone is the default, not stored). */
export function setTimeZone(zone: ZoneChoice): void {
  current = zone;
  if (zone === 'utc') store()?.setItem(KEY, 'utc');
  else store()?.removeItem(KEY);
  for (const listener of listeners) listener(zone);
}

export function onTimeZoneChange(listener: (zone: ZoneChoice) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The zone's short name at `date`: "UTC", or the browser's ("CET", "GMT+5:30"). */
export function zoneName(zone: ZoneChoice = current, date = new Date()): string {
  if (zone === 'utc') return 'UTC';
  const part = new Intl.DateTimeFormat('en-GB', { timeZoneName: 'short' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? 'local';
}

/** The browser's zone by its IANA name ("Asia/Kolkata"), for the switch's label. */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'local';
}

/** The calendar fields of an instant in the zone. */
function fields(seconds: number, zone: ZoneChoice) {
  const d = new Date(seconds * 1000);
  return zone === 'utc'
    ? [
        d.getUTCFullYear(),
        d.getUTCMonth() + 1,
        d.getUTCDate(),
        d.getUTCHours(),
        d.getUTCMinutes(),
        d.getUTCSeconds(),
      ]
    : [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()];
}

const two = (n: number | undefined) => String(n ?? 0).padStart(2, '0');

/** Unix seconds as "2024-01-04 10:30:00" in the zone (without its name). */
export function formatClock(seconds: number, zone: ZoneChoice = current): string {
  const [y, mo, d, h, mi, s] = fields(seconds, zone);
  return `${y}-${two(mo)}-${two(d)} ${two(h)}:${two(mi)}:${two(s)}`;
}

/** Unix seconds as "2024-01-04 10:30:00 UTC": an instant with the zone it is shown in. */
export function formatZoned(seconds: number, zone: ZoneChoice = current): string {
  return `${formatClock(seconds, zone)} ${zoneName(zone, new Date(seconds * 1000))}`;
}

/** Unix seconds as a datetime-local field's value in the zone: "2024-01-04T10:30:00". */
export function toFieldValue(seconds: number, zone: ZoneChoice = current): string {
  return formatClock(Math.floor(seconds), zone).replace(' ', 'T');
}

/** A datetime-local field's value, read in the zone, as unix seconds; undefined when it is not a date. */
export function fromFieldValue(text: string, zone: ZoneChoice = current): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as number[];
  const ms =
    zone === 'utc'
      ? Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, s)
      : new Date(y ?? 0, (mo ?? 1) - 1, d, h, mi, s).getTime();
  return Number.isFinite(ms) ? ms / 1000 : undefined;
}
