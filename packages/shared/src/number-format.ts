/**
 * A number as CSV text, the same as String(value), but several times faster for the two-decimal figures
 * that derivation produces (they are whole hundredths, so only integers need converting).
 */
export function formatNumber(value: number): string {
  const hundredths = Math.round(value * 100);
  if (hundredths / 100 !== value || !Number.isSafeInteger(hundredths)) return String(value);
  const negative = hundredths < 0;
  const magnitude = negative ? -hundredths : hundredths;
  const whole = Math.floor(magnitude / 100);
  const fraction = magnitude - whole * 100;
  const sign = negative ? '-' : '';
  if (fraction === 0) return `${sign}${whole}`;
  if (fraction % 10 === 0) return `${sign}${whole}.${fraction / 10}`;
  return `${sign}${whole}.${fraction < 10 ? '0' : ''}${fraction}`;
}
