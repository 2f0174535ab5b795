import { writeFileSync } from 'node:fs';
import { checkServerAndKey, expandHome } from './config.js';
import { IngestClient } from './ingest-client.js';
import { AGENT } from './version.js';

/** Where a load test's or benchmark's result goes: posted to the portal, or written to a JSON file. */
export type Delivery =
  | { readonly kind: 'post'; readonly server: string; readonly apiKey: string }
  | { readonly kind: 'file'; readonly path: string };

/** The options of a command whose result is delivered (pcc loadtest, pcc benchmark), for parseArgs. */
export const DELIVERY_OPTIONS = {
  server: { type: 'string' },
  apikey: { type: 'string' },
  output: { type: 'string' },
  hostname: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * --server/--apikey (or PCC_SERVER/PCC_APIKEY, as trickle mode takes them) post the result; otherwise it is
 * written to --output (default `fallbackFile`). Problems are added to `problems`.
 */
export function readDelivery(
  values: { server?: string | undefined; apikey?: string | undefined; output?: string | undefined },
  env: NodeJS.ProcessEnv,
  fallbackFile: string,
  problems: string[],
): Delivery {
  const server = values.server ?? env.PCC_SERVER;
  const apiKey = values.apikey ?? env.PCC_APIKEY;
  if (server === undefined && apiKey === undefined)
    return { kind: 'file', path: expandHome(values.output ?? fallbackFile) };
  if (values.output !== undefined) problems.push('--output: not with --server: the result is posted');
  checkServerAndKey(server, apiKey, 'to post the result', problems);
  return { kind: 'post', server: server ?? '', apiKey: apiKey ?? '' };
}

/**
 * Delivers a result; returns what to tell the user. A result the server does not take is kept in
 * `keepFile` so the run is not lost, and the message says how to upload it later.
 */
export async function deliver(
  delivery: Delivery,
  apiPath: string,
  result: object,
  keepFile: string,
  uploadCommand: string,
): Promise<{ ok: boolean; message: string }> {
  const json = `${JSON.stringify(result, null, 2)}\n`;
  if (delivery.kind === 'file') {
    writeFileSync(delivery.path, json);
    return { ok: true, message: `result written to ${delivery.path}` };
  }
  const outcome = await new IngestClient(delivery.server, delivery.apiKey, AGENT).postResult(apiPath, result);
  if (outcome.kind === 'ok') return { ok: true, message: `result posted to ${delivery.server}${apiPath}` };
  const kept = expandHome(keepFile);
  writeFileSync(kept, json);
  return {
    ok: false,
    message: `the server did not take the result (${outcome.reason}); kept in ${kept}: ${uploadCommand} ${kept}`,
  };
}
