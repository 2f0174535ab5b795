/**
 * Parses /etc/os-release (or /usr/lib/os-release): the name (NAME, else PRETTY_NAME, else `Linux` as
 * os-release(5) says) and the version (VERSION_ID, else ''), with shell quoting removed.
 */
export function parseOsRelease(text: string): { name: string; version: string } {
  const values = new Map<string, string>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    const equals = trimmed.indexOf('=');
    if (trimmed.startsWith('#') || equals <= 0) continue;
    values.set(trimmed.slice(0, equals), unquote(trimmed.slice(equals + 1)));
  }
  return {
    name: values.get('NAME') || values.get('PRETTY_NAME') || 'Linux',
    version: values.get('VERSION_ID') ?? '',
  };
}

function unquote(value: string): string {
  const quote = value[0];
  if (value.length < 2 || (quote !== '"' && quote !== "'") || !value.endsWith(quote)) return value;
  const inner = value.slice(1, -1);
  return quote === '"' ? inner.replace(/\\(["\\$`])/g, '$1') : inner;
}
