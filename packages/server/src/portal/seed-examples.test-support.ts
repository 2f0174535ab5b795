import { readFileSync } from 'node:fs';

/** The seeds' API examples, copied verbatim into testdata/seeds/ (a clone tests on its own). */
export const SEED_DIR = new URL('../../testdata/seeds/', import.meta.url);

/** One request a seed prints, as curl (or a browser's `open`) would send it, and the answer it prints. */
export interface SeedExample {
  readonly source: string;
  readonly method: string;
  /** The path and query, as printed (ids and all). */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  /** -F fields: `name=value`, or `name=@file` for a file. */
  readonly form: readonly (readonly [string, string])[];
  /** -d body, as printed. */
  readonly data?: string;
  /** The answer's JSON as printed, when the seed prints one. */
  readonly response?: unknown;
  /** curl -s URL | bash: the answer is a script. */
  readonly script: boolean;
}

/** An endpoint a seed lists: `- \`METHOD /path/\` - what it does`. */
export interface SeedEndpoint {
  readonly source: string;
  readonly method: string;
  readonly path: string;
}

/** A shell line's words, with its quotes taken off. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

function fromCurl(source: string, line: string, response: unknown): SeedExample {
  const [command, ...piped] = line.split(' | ');
  const argv = words(command ?? '').slice(1);
  let method: string | undefined;
  let url = '';
  let data: string | undefined;
  const headers: Record<string, string> = {};
  const form: [string, string][] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = argv[i + 1] ?? '';
    if (arg === '-X') method = value;
    else if (arg === '-H') {
      const colon = value.indexOf(':');
      headers[value.slice(0, colon).trim().toLowerCase()] = value.slice(colon + 1).trim();
    } else if (arg === '-F') {
      const eq = value.indexOf('=');
      form.push([value.slice(0, eq), value.slice(eq + 1)]);
    } else if (arg === '-d') data = value;
    else if (arg.startsWith('-')) continue;
    else {
      url = arg;
      continue;
    }
    i++;
  }
  const { pathname, search } = new URL(url);
  return {
    source,
    method: method ?? (data !== undefined || form.length > 0 ? 'POST' : 'GET'),
    path: pathname + search,
    headers,
    form,
    ...(data === undefined ? {} : { data }),
    ...(response === undefined ? {} : { response }),
    script: piped.some((p) => /\bbash$/.test(p.trim())),
  };
}

/**
 * Every request of a seed's markdown: each `curl` (or `open`) line of its bash blocks, with the answer printed
 * after "Response:" in the same block or in the json block that follows; and every endpoint it lists.
 */
export function seedExamples(file: string): { examples: SeedExample[]; endpoints: SeedEndpoint[] } {
  const text = readFileSync(new URL(file, SEED_DIR), 'utf8');
  const examples: SeedExample[] = [];
  const blocks = [...text.matchAll(/```(\w*)\n([\s\S]*?)```/g)];
  blocks.forEach((block, n) => {
    if (block[1] !== 'bash') return;
    const body = (block[2] ?? '').replace(/\\\n\s*/g, ' ');
    const [request = '', printed] = body.split(/^Response:\s*$/m);
    const next = blocks[n + 1];
    const between = next ? text.slice((block.index ?? 0) + block[0].length, next.index) : '';
    const response =
      printed !== undefined
        ? JSON.parse(printed)
        : next?.[1] === 'json' && /Response/.test(between)
          ? JSON.parse(next[2] ?? '')
          : undefined;
    for (const line of request.split('\n').map((l) => l.trim())) {
      if (line.startsWith('curl ')) examples.push(fromCurl(file, line, response));
      if (line.startsWith('open ')) examples.push(fromCurl(file, `curl ${line.slice(5)}`, undefined));
    }
  });
  const endpoints = [...text.matchAll(/^- `(GET|POST|PUT|PATCH|DELETE) (\/\S+)` - /gm)].map((m) => ({
    source: file,
    method: m[1] ?? '',
    path: m[2] ?? '',
  }));
  return { examples, endpoints };
}

/** A JSON value's kind: null, array, object, string, number or boolean. */
const kind = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/**
 * Fields a seed prints with a value that may be null where what it names is not there: a collector created
 * without a site or platform (XATSimplified's `{"name": …}`), or with no upload yet.
 */
const NULLABLE = new Set(['sitename', 'platform', 'last_upload']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Where an answer differs from the printed one in field names or types (values may differ): every printed
 * field must be there, of the printed kind; an array's every item is compared with the printed first item.
 * One difference is by design: ids are UUID strings where the user guide prints 1 or 567 (see the API docs).
 */
export function shapeDifferences(printed: unknown, answered: unknown, at = ''): string[] {
  if (at.endsWith('.id') && typeof printed === 'number' && typeof answered === 'string')
    return UUID.test(answered) ? [] : [`${at}: ${JSON.stringify(answered)} is not a UUID`];
  if (answered === null && NULLABLE.has(at.slice(at.lastIndexOf('.') + 1))) return [];
  if (kind(printed) !== kind(answered))
    return [`${at || '(answer)'}: printed ${kind(printed)}, answered ${kind(answered)}`];
  if (Array.isArray(printed) && Array.isArray(answered)) {
    if (printed.length > 0 && answered.length === 0) return [`${at}: answered an empty array`];
    return answered.flatMap((item, i) => shapeDifferences(printed[0], item, `${at}[${i}]`));
  }
  if (kind(printed) !== 'object') return [];
  const ours = answered as Record<string, unknown>;
  return Object.entries(printed as Record<string, unknown>).flatMap(([key, value]) =>
    key in ours ? shapeDifferences(value, ours[key], `${at}.${key}`) : [`${at}.${key}: missing`],
  );
}
