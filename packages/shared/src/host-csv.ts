import { HOST_METRICS } from './columns.js';
import { parseDecimal } from './decimal.js';
import { isPlausible, plausibleRangeText, timeProblem } from './plausible.js';

/** What a field of a host.csv line holds: the index of its metric in HOST_METRICS, or one of these. */
export const TIMESTAMP_FIELD = -1;
export const IGNORED_FIELD = -2;

/** What each field of a host.csv line holds, from the file's header line. */
export interface HostCsvLayout {
  /** Per field: the index of its metric in HOST_METRICS, TIMESTAMP_FIELD or IGNORED_FIELD. */
  readonly fields: readonly number[];
  /** Header names that are not host metrics: ignored, and worth telling the user about. */
  readonly unknown: readonly string[];
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
  if (!seen.has('timestamp'))
    throw new Error('the header has no "timestamp" column: is this a host.csv file?');
  const metricIndex = new Map(HOST_METRICS.map((column, i) => [column.name as string, i]));
  const fields = names.map((name) =>
    name === 'timestamp' ? TIMESTAMP_FIELD : (metricIndex.get(name) ?? IGNORED_FIELD),
  );
  if (fields.every((field) => field < 0))
    throw new Error('the header names none of the host.csv metric columns');
  return { fields, unknown: names.filter((_, i) => fields[i] === IGNORED_FIELD) };
}

/**
 * Parses one data line into `into`: the value of HOST_METRICS[m] at into[offset + m], NaN for an empty field
 * or a column the file lacks; returns the timestamp (unix ms). Throws an Error naming the column and the bad
 * value. Lines without quotes are read in place, field by field, without splitting them.
 */
export function parseHostCsvRow(
  line: string,
  layout: HostCsvLayout,
  into: Float64Array,
  offset: number,
): number {
  into.fill(Number.NaN, offset, offset + HOST_METRICS.length);
  const { fields } = layout;
  let timestamp = Number.NaN;
  const take = (field: number, text: string, start: number, end: number): void => {
    const role = fields[field];
    if (role === TIMESTAMP_FIELD) timestamp = parseTimestamp(text.slice(start, end));
    else if (role !== undefined && role >= 0 && end > start) {
      const value = parseDecimal(text, start, end);
      const column = HOST_METRICS[role];
      if (!Number.isFinite(value))
        throw new Error(`${column?.name}: "${text.slice(start, end)}" is not a number`);
      if (column !== undefined && !isPlausible(column, value))
        throw new Error(`${column.name}: ${text.slice(start, end)} is outside ${plausibleRangeText(column)}`);
      into[offset + role] = value;
    }
  };
  let count = 0;
  if (line.includes('"')) {
    for (const field of splitCsvLine(line)) take(count++, field, 0, field.length);
  } else {
    const end = line.endsWith('\r') ? line.length - 1 : line.length;
    let start = 0;
    for (let i = 0; i <= end; i += 1) {
      if (i < end && line.charCodeAt(i) !== 44 /* , */) continue;
      if (count < fields.length) take(count, line, start, i);
      count += 1;
      start = i + 1;
    }
  }
  if (count !== fields.length) throw new Error(`expected ${fields.length} fields, found ${count}`);
  return timestamp;
}

/** ISO 8601 (as host.csv writes it), or unix seconds or milliseconds, within the times a sample may have. */
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
  const problem = timeProblem(ms);
  if (problem !== undefined) throw new Error(`timestamp: "${text}" ${problem}`);
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
