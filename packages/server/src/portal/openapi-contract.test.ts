import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openDatabase } from '@perfanalysis/storage';
import Fastify from 'fastify';
import { checkDeclaredAccess } from '../auth/route-access.js';
import { apiDocument } from './api-document.test-support.js';

/**
 * The API's one contract: every operation of the OpenAPI document has an operationId, declares who may call
 * it (security, [] for none), describes its success answer and the error answers it can give, each error in
 * the catalogue's shape.
 */

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  anyOf?: Schema[];
}
interface Response {
  content?: Record<string, { schema?: Schema }>;
}
interface Operation {
  operationId?: string;
  security?: unknown[];
  parameters?: { in: string }[];
  requestBody?: unknown;
  responses?: Record<string, Response>;
}

let operations: [string, Operation][] = [];
before(async () => {
  const document = (await apiDocument()) as { paths: Record<string, Record<string, Operation>> };
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]): [string, Operation] => [
      `${method.toUpperCase()} ${path}`,
      op,
    ]),
  );
});

const schemaOf = (response: Response | undefined): Schema | undefined =>
  Object.values(response?.content ?? {})[0]?.schema;

/** Error answers in a shape of their own: a health check's 503 is the health report. */
const OWN_ERROR_SHAPES = new Set(['GET /healthz 503']);

/** What each operation lacks: an empty list when its contract is whole. */
function gaps(op: Operation, name = ''): string[] {
  const missing: string[] = [];
  const responses = op.responses ?? {};
  const has = (status: number) => responses[status] !== undefined;
  if (!op.operationId) missing.push('operationId');
  if (!Array.isArray(op.security)) missing.push('security');
  const success = Object.keys(responses).filter((s) => /^2\d\d$/.test(s));
  if (success.length === 0) missing.push('a 2xx response');
  for (const status of success) {
    if (status !== '204' && schemaOf(responses[status]) === undefined) missing.push(`${status}'s schema`);
  }
  const wanted = [500, 503];
  const params = (op.parameters ?? []).map((p) => p.in);
  if (op.requestBody !== undefined || params.length > 0) wanted.push(400);
  if (op.requestBody !== undefined) wanted.push(413);
  if (params.includes('path')) wanted.push(404);
  const security = (op.security ?? []) as Record<string, unknown>[];
  if (security.length > 0) wanted.push(401);
  // A user's credentials may belong to another tenant, or carry too small a role.
  if (security.some((s) => 'bearer' in s)) wanted.push(403);
  for (const status of wanted) if (!has(status)) missing.push(`the ${status} answer`);
  for (const [status, response] of Object.entries(responses)) {
    if (!/^[45]\d\d$/.test(status)) continue;
    const schema = schemaOf(response);
    if (schema?.format === 'binary') continue; // install.sh's errors are shell scripts
    if (OWN_ERROR_SHAPES.has(`${name} ${status}`)) continue;
    if (schema?.$ref !== '#/components/schemas/ApiError') missing.push(`${status} in the error shape`);
  }
  return missing;
}

test('every operation has an operationId, its security, its success and error answers', () => {
  assert.ok(operations.length >= 40, `only ${operations.length} operations`);
  const incomplete = operations.flatMap(([name, op]) => {
    const missing = gaps(op, name);
    return missing.length === 0 ? [] : [`${name}: ${missing.join(', ')}`];
  });
  assert.deepEqual(incomplete, []);
  const ids = operations.map(([, op]) => op.operationId);
  assert.equal(new Set(ids).size, ids.length, 'operationIds are unique');
});

test('an operation without a 2xx schema, an error answer or an operationId is named', () => {
  const bare: Operation = {
    security: [{ bearer: [] }],
    parameters: [{ in: 'path' }],
    responses: { 200: {} },
  };
  assert.deepEqual(gaps(bare), [
    'operationId',
    "200's schema",
    'the 500 answer',
    'the 503 answer',
    'the 400 answer',
    'the 404 answer',
    'the 401 answer',
    'the 403 answer',
  ]);
});

test('who may call a route is declared with it, and the document says so', async () => {
  const byName = new Map(operations);
  assert.deepEqual(byName.get('GET /healthz')?.security, []);
  assert.deepEqual(byName.get('POST /api/v1/metrics/')?.security, [{ apiKey: [] }]);
  assert.deepEqual(byName.get('GET /api/v1/users/')?.security, [{ bearer: [] }, { apiKey: [] }]);
});

let db: Awaited<ReturnType<typeof openDatabase>>;
before(async () => {
  db = await openDatabase({ dataDir: 'memory://' });
});
after(() => db.close());

test('a route that does not declare who may call it is refused when it is registered', async () => {
  const app = Fastify();
  checkDeclaredAccess(app, db);
  assert.throws(
    () => app.get('/undeclared', { schema: {} }, async () => 'x'),
    /GET \/undeclared: declare who may call it/,
  );
  app.get('/hidden', { schema: { hide: true } }, async () => 'x');
  await app.close();
});
