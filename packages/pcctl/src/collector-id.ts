import type { ApiAnswer } from '@perfanalysis/shared/api-answers';
import { type ApiClient, PcctlError } from './api-client.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A collector's id from its id or its machine name (which must be unique). */
export async function collectorId(api: ApiClient, named: string): Promise<string> {
  if (UUID.test(named)) return named;
  const page = await api.request<ApiAnswer<'listCollectors'>>('GET', '/api/v1/collectors/?limit=1000');
  const matches = page.results.filter((c) => c.machine_name === named);
  if (matches.length === 0)
    throw new PcctlError(`no collector named "${named}" (see: pcctl collectors list)`);
  if (matches.length > 1)
    throw new PcctlError(`${matches.length} collectors are named "${named}": give its id`);
  return (matches[0] as { id: string }).id;
}

/** A list's query: up to 1,000, of one collector (`--collector`, id or name) and one name (`--name`) if given. */
export async function listQuery(
  api: ApiClient,
  filter: { readonly collector?: string | undefined; readonly name?: string | undefined },
): Promise<URLSearchParams> {
  const query = new URLSearchParams({ limit: '1000' });
  if (filter.collector !== undefined) query.set('collector', await collectorId(api, filter.collector));
  if (filter.name !== undefined) query.set('name', filter.name);
  return query;
}
