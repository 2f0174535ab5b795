const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/y;

/**
 * Parses a duration as Go and the seeds write it (`10m`, `1s`, `1h30m`, `500ms`, `2d`); a bare number is
 * seconds. Returns milliseconds; throws an Error naming the bad text.
 */
export function parseDuration(text: string): number {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  let total = 0;
  let index = 0;
  PART.lastIndex = 0;
  while (index < trimmed.length) {
    PART.lastIndex = index;
    const match = PART.exec(trimmed);
    if (!match) break;
    total += Number(match[1]) * (UNIT_MS[match[2] ?? ''] ?? 0);
    index = PART.lastIndex;
  }
  if (trimmed === '' || index !== trimmed.length) {
    throw new Error(`"${text}" is not a duration (examples: 10m, 1s, 1h30m, 500ms)`);
  }
  return total;
}

/** Formats milliseconds for people: `45s`, `4m05s`, `2h03m`, `3d04h`. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${pad(s % 60)}s`;
  if (s < 86_400) return `${Math.floor(s / 3600)}h${pad(Math.floor((s % 3600) / 60))}m`;
  return `${Math.floor(s / 86_400)}d${pad(Math.floor((s % 86_400) / 3600))}h`;
}
