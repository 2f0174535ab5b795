import assert from 'node:assert/strict';

/** The value on the one line of a Prometheus exposition that starts with `series ` (name and labels). */
export function sampleValue(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  assert.ok(line, `${series} is missing from:\n${text}`);
  return Number(line.slice(series.length + 1));
}
