import { HOST_METRICS } from './columns.js';

/** Where each host metric sits in a host.csv file, from its header line; -1 where the file lacks it. */
export interface HostCsvLayout {
  readonly timestamp: number;
  readonly metrics: readonly number[];
  readonly fieldCount: number;
  /** Header names that are not host metrics: ignored, and worth telling the user about. */
  readonly unknown: readonly string[];
}

export interface HostCsvRow {
  /** Unix milliseconds. */
  readonly timestamp: number;
  /** In HOST_METRICS order; null for an empty field or a column the file lacks. */
  readonly metrics: (number | null)[];
}

/**
 * Reads a host.csv header. Columns may come in any order and may be a subset (the seed's 19, say), but
 * `timestamp` and at least one metric are required; unknown columns are reported, not fatal.
 */
export function hostCsvLayout(headerLine: string): HostCsvLayout {
  const names = splitCsvLine(headerLine.replace(/^\uFEFF/, '')).map((name) => name.trim());
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new Error(`the header names column "${name}" twice`);
    seen.add(name);
  }
  const timestamp = names.indexOf('timestamp');
  if (timestamp === -1) throw new Error('the header has no "timestamp" column: is this a host.csv file?');
  const metrics = HOST_METRICS.map((column) => names.indexOf(column.name));
  if (metrics.every((index) => index === -1))
    throw new Error('the header names none of the host.csv metric columns');
  const known = new Set<string>(['timestamp', ...HOST_METRICS.map((column) => column.name)]);
  return { timestamp, metrics, fieldCount: names.length, unknown: names.filter((name) => !known.has(name)) };
}

/** Parses one data line; throws an Error naming the column and the bad value. */
export function parseHostCsvRow(line: string, layout: HostCsvLayout): HostCsvRow {
  const fields = splitCsvLine(line);
  if (fields.length !== layout.fieldCount) {
    throw new Error(`expected ${layout.fieldCount} fields, found ${fields.length}`);
  }
  const timestamp = parseTimestamp(fields[layout.timestamp] ?? '');
  const metrics = layout.metrics.map((index, i) => {
    if (index === -1) return null;
    const text = fields[index] ?? '';
    if (text === '') return null;
    const value = Number(text);
    if (!Number.isFinite(value)) throw new Error(`${HOST_METRICS[i]?.name}: "${text}" is not a number`);
    return value;
  });
  return { timestamp, metrics };
}

/** ISO 8601 (as host.csv writes it), or unix seconds or milliseconds. */
function parseTimestamp(text: string): number {
  const numeric = Number(text);
  const ms =
    text === ''
      ? Number.NaN
      : Number.isFinite(numeric)
        ? numeric < 1e11
          ? numeric * 1000
          : numeric
        : Date.parse(text);
  if (!Number.isFinite(ms)) throw new Error(`timestamp: "${text}" is not a date and time`);
  return ms;
}

/** Splits one CSV line (RFC 4180 quoting, no line breaks inside fields). */
export function splitCsvLine(line: string): string[] {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (!text.includes('"')) return text.split(',');
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}
