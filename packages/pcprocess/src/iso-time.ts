const DAY_MS = 86_400_000;
/** 10000-01-01T00:00:00Z: beyond, toISOString writes six-digit years. */
const YEAR_10000 = 253_402_300_800_000;

/**
 * `new Date(ms).toISOString()`, several times faster for whole milliseconds from 1970 to 9999 (capture
 * times are): the date part is formatted once a day, the time of day with integer arithmetic. Other times
 * go through toISOString.
 */
export class IsoTimestamps {
  #day = Number.NaN;
  /** `YYYY-MM-DDT` of #day. */
  #date = '';

  format(ms: number): string {
    if (!(Number.isInteger(ms) && ms >= 0 && ms < YEAR_10000)) return new Date(ms).toISOString();
    const day = Math.floor(ms / DAY_MS);
    if (day !== this.#day) {
      this.#day = day;
      this.#date = new Date(day * DAY_MS).toISOString().slice(0, 11);
    }
    let rest = ms - day * DAY_MS;
    const hours = Math.floor(rest / 3_600_000);
    rest -= hours * 3_600_000;
    const minutes = Math.floor(rest / 60_000);
    rest -= minutes * 60_000;
    const seconds = Math.floor(rest / 1000);
    const milliseconds = rest - seconds * 1000;
    return `${this.#date}${two(hours)}:${two(minutes)}:${two(seconds)}.${three(milliseconds)}Z`;
  }
}

const two = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const three = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);
