/**
 * Clock-time axis labels on a 24-hour clock, in the viewer's time zone (or UTC): seconds when ticks are seconds
 * apart, hours and minutes otherwise with the date under the first tick of each day, and dates alone when
 * ticks are days apart. Pure.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const two = (n: number) => n.toString().padStart(2, '0');

export function clockTicks(splits: readonly number[], increment: number, utc = false): string[] {
  let previousDay = '';
  return splits.map((seconds) => {
    const d = new Date(seconds * 1000);
    const [month, date, hours, minutes, secs] = utc
      ? [d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()]
      : [d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()];
    const day = `${MONTHS[month]} ${date}`;
    const newDay = day !== previousDay;
    previousDay = day;
    if (increment >= 86_400) return newDay ? day : '';
    const time =
      increment < 60 ? `${two(hours)}:${two(minutes)}:${two(secs)}` : `${two(hours)}:${two(minutes)}`;
    return newDay ? `${time}\n${day}` : time;
  });
}

/** Increments of an axis of seconds since a run's start: round clock spans. */
export const ELAPSED_INCREMENTS = [
  1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800,
];

/** Seconds since a run's start as an axis tick: "+0:00", "+5:30", "+1:02:00", "+2d 3h". */
export function formatElapsed(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const total = Math.round(Math.abs(seconds));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = total % 60;
  if (days > 0) return `${sign}${days}d ${hours}h`;
  if (hours > 0) return `${sign}${hours}:${two(minutes)}:${two(secs)}`;
  return `${sign}${minutes}:${two(secs)}`;
}
