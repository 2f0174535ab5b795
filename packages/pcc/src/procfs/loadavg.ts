import type { LoadAvg } from '@perfanalysis/shared';

/**
 * Parses /proc/loadavg into the 1, 5 and 15 minute load averages (the running/total and last pid fields are
 * not kept).
 * @throws Error when the text does not start with three numbers.
 */
export function parseLoadavg(text: string): LoadAvg {
  const [one, five, fifteen] = text.trim().split(/\s+/, 3).map(toNumber);
  if (one === undefined || five === undefined || fifteen === undefined) {
    throw new Error(`/proc/loadavg: expected three load averages, got "${text.trim().slice(0, 80)}"`);
  }
  return [one, five, fifteen];
}

function toNumber(word: string): number | undefined {
  const value = Number(word);
  return word !== '' && Number.isFinite(value) ? value : undefined;
}
