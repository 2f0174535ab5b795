// Writes packages/shared/src/api-types.ts from the portal's OpenAPI document (after npm run build).
import { writeFile } from 'node:fs/promises';
import { API_TYPES_FILE, apiTypes } from '../packages/server/dist/portal/api-types.test-support.js';

await writeFile(API_TYPES_FILE, await apiTypes());
console.log(`wrote ${API_TYPES_FILE}`);
