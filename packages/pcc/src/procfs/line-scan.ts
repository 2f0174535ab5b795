/**
 * Allocation-free scanning of /proc text. Several files are read every second and some of their lines are
 * long (the `intr` line of /proc/stat reaches 130 KB), so parsers walk the text by index instead of
 * splitting it.
 */

const SPACE = 0x20;
const TAB = 0x09;
const ZERO = 0x30;
const NINE = 0x39;

/** Calls `visit(start, end)` for each line of `text`, `end` excluding the newline. */
export function forEachLine(text: string, visit: (start: number, end: number) => void): void {
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    visit(start, end);
    start = end + 1;
  }
}

/** Index of the first non-blank character of text[from, end), or `end`. */
export function skipBlanks(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** Index just past the word starting at `from` (the next blank, or `end`). */
export function wordEnd(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && !isBlank(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Reads up to `limit` blank-separated unsigned decimal integers from text[start, end). A word that is not a
 * decimal integer reads as NaN. Exact up to 2^53, like `Number()`.
 */
export function readDecimals(
  text: string,
  start: number,
  end: number,
  limit = Number.POSITIVE_INFINITY,
): number[] {
  const values: number[] = [];
  let i = skipBlanks(text, start, end);
  while (i < end && values.length < limit) {
    let value = 0;
    let valid = true;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (isBlank(c)) break;
      if (c >= ZERO && c <= NINE) value = value * 10 + (c - ZERO);
      else valid = false;
    }
    values.push(valid ? value : Number.NaN);
    i = skipBlanks(text, i, end);
  }
  return values;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}
