const UNITS: Readonly<Record<string, number>> = { '': 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40 };

/** `1G`, `512M`, `64K`, `1GiB` or a number of bytes: binary units. Throws on anything else. */
export function parseByteSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([KMGT]?)(?:i?B)?$/i.exec(text.trim());
  const factor = UNITS[(match?.[2] ?? '').toUpperCase()];
  if (match === null || factor === undefined)
    throw new Error(`"${text}" is not a size (examples: 1G, 512M, 64K)`);
  return Math.round(Number(match[1]) * factor);
}
