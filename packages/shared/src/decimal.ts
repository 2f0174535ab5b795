/** Powers of ten that are exact doubles. */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** Digits whose value stays an exact integer in a double (10^15 < 2^53). */
const MAX_DIGITS = 15;

/**
 * The number a slice of text holds, as Number(text.slice(start, end)) gives it. A plain decimal (an optional
 * sign, digits, an optional fraction) of at most 15 digits takes the fast path: its digits as an exact integer
 * divided by an exact power of ten, which IEEE division rounds correctly (Clinger, 1990). Anything else goes
 * to Number. No slice is made on the fast path, which is what a million rows of forty numbers need.
 */
export function parseDecimal(text: string, start: number, end: number): number {
  let i = start;
  let negative = false;
  const sign = text.charCodeAt(i);
  if (sign === 45 /* - */ || sign === 43 /* + */) {
    negative = sign === 45;
    i += 1;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits += 1;
    } else if (c === 46 /* . */ && fraction === -1) {
      fraction = digits;
    } else break;
  }
  if (i !== end || digits === 0 || digits > MAX_DIGITS) return Number(text.slice(start, end));
  const value = fraction === -1 ? mantissa : mantissa / (EXACT_POWERS[digits - fraction] as number);
  return negative ? -value : value;
}
