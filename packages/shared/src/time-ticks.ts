/**
 * Clock-time axis labels on a 24-hour clock, in the viewer's time zone: seconds when ticks are seconds
 * apart, hours and minutes otherwise with the date under the first tick of each day, and dates alone when
 * ticks are days apart. Pure.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const two = (n: number) => n.toString().padStart(2, '0');

export function clockTicks(splits: readonly number[], increment: number): string[] {
  let previousDay = '';
  return splits.map((seconds) => {
    const d = new Date(seconds * 1000);
    const day = `${MONTHS[d.getMonth()]} ${d.getDate()}`;
    const newDay = day !== previousDay;
    previousDay = day;
    if (increment >= 86_400) return newDay ? day : '';
    const time =
      increment < 60
        ? `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`
        : `${two(d.getHours())}:${two(d.getMinutes())}`;
    return newDay ? `${time}\n${day}` : time;
  });
}
