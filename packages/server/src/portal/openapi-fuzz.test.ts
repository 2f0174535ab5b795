import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { collectorRepository, tenantByName, tenantHandle } from '@perfanalysis/storage';
import { forEachDatabase } from '@perfanalysis/storage/test-support/databases';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { qualifiedKey } from '../credentials.js';

/**
 * Walks every route of the app's own OpenAPI document and sends, for every parameter (path, query, and each
 * field of a JSON body, nested ones too), a fixed list of malformed values: wrong types, NUL, lone
 * surrogates, huge and overflowing numbers, ids that only look numeric, very long strings, deep nesting,
 * arrays for objects. Nothing may answer 5xx or hang. The values and their order are fixed: a failure names
 * the request, and replays exactly. Multipart upload bodies are another test's business: those routes get
 * JSON and nothing, and must refuse both with a 4xx.
 */

interface Schema {
  type?: string | string[];
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  minLength?: number;
  pattern?: string;
}
interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  security?: Record<string, unknown>[];
}

const deep = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i += 1) value = i % 2 === 0 ? [value] : { a: value };
  return value;
};

/** Malformed values for a JSON field. */
const FIELD_VALUES: readonly unknown[] = [
  null,
  true,
  12,
  -1,
  0,
  68.9,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  2 ** 63,
  1e16,
  'text',
  '',
  'a\u0000b',
  'x\uD800',
  '\uDC00',
  '68.9',
  '0x44',
  '+68',
  '-1',
  '9223372036854775808',
  '1e308',
  'NaN',
  '2026-13-45T99:99:99Z',
  'x'.repeat(100_000),
  [],
  [1, 'two', null],
  {},
  { nested: { deeper: ['x\u0000'] } },
  deep(40),
];

/** For fields nested deeper than two levels (a sample's metrics, a device's): fewer, to keep the test short. */
const NESTED_FIELD_VALUES: readonly unknown[] = [
  null,
  'text',
  -1,
  1e308,
  Number.MAX_VALUE,
  'a\u0000b',
  'x\uD800',
  {},
  [],
];

/** Malformed values for a path or query parameter, as sent (URL-encoded where needed). */
const PARAMETER_VALUES: readonly string[] = [
  '',
  '68.9',
  '0x44',
  '+68',
  '-1',
  '0',
  '1e308',
  '9223372036854775808',
  '99999999999999999999999999',
  'NaN',
  'a%00b',
  '%ED%A0%80',
  '%F0%9F',
  '%',
  '..',
  'x'.repeat(5000),
  '2026-13-45T99:99:99Z',
  'null',
];

/** Whole JSON bodies that are malformed whatever the route. */
const BODIES: readonly (string | undefined)[] = [
  undefined,
  '',
  'null',
  '[]',
  '[{}]',
  '"\\u0000"',
  '{"a":"\\ud800"}',
  '{"\\u0000":1}',
  `${'[{"a":'.repeat(50_000)}1${'}]'.repeat(50_000)}`,
  '{"a":',
  '1e400',
];

/** A value the schema accepts, to hold the other fields steady while one is made malformed. */
function plausible(schema: Schema | undefined, known: { collectorId: string }): unknown {
  if (schema === undefined) return 'x';
  if (schema.const !== undefined) return schema.const;
  if (schema.enum !== undefined) return schema.enum[0];
  if (schema.anyOf !== undefined) return plausible(schema.anyOf[0], known);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        out[name] = plausible(property, known);
      }
      return out;
    }
    case 'array':
      return [plausible(schema.items, known)];
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      if (schema.format === 'uuid') return known.collectorId;
      if (schema.format === 'date-time') return '2026-03-01T10:00:00.000Z';
      return 'x'.repeat(Math.max(schema.minLength ?? 1, 8));
  }
}

/** Every path to a leaf or a container in a JSON value, outermost first (an array's first item only). */
function fieldPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths: (string | number)[][] = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value) && value.length > 0) paths.push(...fieldPaths(value[0], [...prefix, 0]));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) paths.push(...fieldPaths(item, [...prefix, key]));
  }
  return paths;
}

function withField(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1) as string | number] = replacement;
  return copy;
}

const HANG_MS = 20_000;

forEachDatabase('every route of the OpenAPI document, fed malformed values', (ctx) => {
  let app: FastifyInstance;
  let token: string;
  let collectorKey: string;
  let collectorId: string;
  const failures: string[] = [];
  let requests = 0;

  before(async () => {
    const db = await ctx.db();
    app = await buildApp({ db, bodyLimitBytes: 1024 * 1024 }, { role: 'portal' });
    const signup = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup/',
      payload: { username: 'fuzz-admin', password: 'correct horse battery' },
    });
    assert.equal(signup.statusCode, 201, signup.body);
    token = signup.json().access;
    const tenant = await tenantByName(db, 'default');
    assert.ok(tenant);
    const created = await collectorRepository(tenantHandle(db, tenant)).create({ machineName: 'fuzzed' });
    collectorId = created.collector.id;
    collectorKey = qualifiedKey('default', created.apiKey);
  });
  after(() => app.close());

  /** Sends one request; a 5xx, a non-JSON error or no answer within HANG_MS is recorded as a failure. */
  async function send(what: string, options: InjectOptions): Promise<void> {
    requests += 1;
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<'hang'>((resolve) => {
      timer = setTimeout(() => resolve('hang'), HANG_MS);
    });
    const response: LightMyRequestResponse | 'hang' = await Promise.race([app.inject(options), hang]);
    clearTimeout(timer);
    if (response === 'hang') failures.push(`${what}: no answer within ${HANG_MS / 1000} s`);
    else if (response.statusCode >= 500) {
      failures.push(`${what}: ${response.statusCode} ${response.body.slice(0, 300)}`);
    }
  }

  test('no malformed value gets a 5xx or hangs', async (t) => {
    const document = await app.inject({ method: 'GET', url: '/docs/json' });
    assert.equal(document.statusCode, 200);
    const paths = document.json().paths as Record<string, Record<string, Operation>>;
    const known = { collectorId };
    let routes = 0;
    for (const [path, methods] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        routes += 1;
        const parameters = operation.parameters ?? [];
        const pathValues: Record<string, string> = {};
        for (const p of parameters.filter((p) => p.in === 'path')) {
          pathValues[p.name] =
            p.name === 'kind'
              ? 'disks'
              : p.name === 'id' && path.includes('/collectors/')
                ? collectorId
                : '1';
        }
        const urlOf = (values: Record<string, string>, query = ''): string =>
          path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '1') + query;
        const security = operation.security ?? [];
        const collectorOnly = security.length > 0 && security.every((s) => 'apiKey' in s && !('bearer' in s));
        const headers = {
          authorization:
            collectorOnly && path.startsWith('/api/v1/') ? `ApiKey ${collectorKey}` : `Bearer ${token}`,
        };
        const content = operation.requestBody?.content ?? {};
        const jsonSchema = content['application/json']?.schema;
        const multipart = content['multipart/form-data'] !== undefined;
        const baseline = jsonSchema === undefined ? undefined : plausible(jsonSchema, known);
        const request = (url: string, payload?: unknown): InjectOptions => ({
          method: method.toUpperCase() as 'GET',
          url,
          headers: payload === undefined ? headers : { ...headers, 'content-type': 'application/json' },
          ...(payload === undefined
            ? {}
            : { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
        });
        const route = `${method.toUpperCase()} ${path}`;

        for (const p of parameters.filter((p) => p.in === 'path')) {
          for (const value of PARAMETER_VALUES) {
            await send(
              `${route} path ${p.name}=${value.slice(0, 40)}`,
              request(urlOf({ ...pathValues, [p.name]: value }), baseline),
            );
          }
        }
        for (const p of parameters.filter((p) => p.in === 'query')) {
          for (const value of [...PARAMETER_VALUES, `1&${p.name}=2`]) {
            await send(
              `${route} query ${p.name}=${value.slice(0, 40)}`,
              request(urlOf(pathValues, `?${p.name}=${value}`), baseline),
            );
          }
        }
        if (jsonSchema !== undefined || multipart || method !== 'get') {
          for (const body of BODIES) {
            await send(`${route} body ${String(body).slice(0, 40)}`, request(urlOf(pathValues), body));
          }
        }
        if (multipart) {
          const response = await app.inject(request(urlOf(pathValues), { file: 'x' }));
          assert.ok(
            response.statusCode >= 400 && response.statusCode < 500,
            `${route} with JSON: ${response.statusCode}`,
          );
        }
        if (baseline !== undefined) {
          for (const field of fieldPaths(baseline)) {
            for (const value of field.length > 2 ? NESTED_FIELD_VALUES : FIELD_VALUES) {
              const shown = JSON.stringify(value)?.slice(0, 40);
              await send(
                `${route} body /${field.join('/')}=${shown}`,
                request(urlOf(pathValues), withField(baseline, field, value)),
              );
            }
          }
        }
      }
    }
    t.diagnostic(`${requests} requests to ${routes} routes`);
    assert.ok(routes >= 30, `${routes} routes in the document`);
    assert.deepEqual(failures, [], `${failures.length} of ${requests} requests failed`);
  });
});
