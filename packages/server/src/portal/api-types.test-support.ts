import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { apiDocument } from './api-document.test-support.js';

/** Where the web app and pcctl find the API's types: the shared package, generated from the document. */
export const API_TYPES_FILE = fileURLToPath(new URL('../../../shared/src/api-types.ts', import.meta.url));

const HEADER = `/**
 * The portal API's types, generated from its OpenAPI document by openapi-typescript: do not edit. After a
 * change to a route's schema, run \`npm run api:types\` (api-types.test.ts fails until then). The web app and
 * pcctl read them through api-answers.ts.
 */

`;

/** The contents API_TYPES_FILE should have: the current document's types, formatted as the repository is. */
export async function apiTypes(): Promise<string> {
  const document = await apiDocument();
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0]);
  return formatted(HEADER + astToString(ast));
}

function formatted(source: string): string {
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  const result = spawnSync(process.execPath, [biome, 'format', `--stdin-file-path=${API_TYPES_FILE}`], {
    input: source,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`biome format failed: ${result.stderr}`);
  return result.stdout;
}
