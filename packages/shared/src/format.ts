const BINARY_PREFIXES = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi'];

/** Bytes for people, with binary prefixes: `512 B`, `1.5 KiB`, `12.3 MiB`. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let prefix = 0;
  while (Math.abs(value) >= 1024 && prefix < BINARY_PREFIXES.length - 1) {
    value /= 1024;
    prefix += 1;
  }
  const digits = prefix === 0 || Math.abs(value) >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${BINARY_PREFIXES[prefix]}B`;
}
