import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { API_TYPES_FILE, apiTypes } from './api-types.test-support.js';

test("the shared package's API types are the OpenAPI document's (else: npm run api:types)", async () => {
  const committed = await readFile(API_TYPES_FILE, 'utf8');
  assert.ok(
    committed === (await apiTypes()),
    `${API_TYPES_FILE} is out of date with the routes' schemas: run npm run api:types`,
  );
});
