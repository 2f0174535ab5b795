import type { ApiAnswer } from '@perfanalysis/shared/api-answers';
import { api } from './client.js';
import type { Page } from './types.js';

/** The most runs one page of the list holds: the dashboard shades every run of a collector. */
const RUNS_PAGE = 1000;

/** A run: a named window of a collector's data (editable), or a load-test run pcc posted (read only). */
export type Run = ApiAnswer<'getRun'>;

/** A collector's runs, named and load tests, by start. */
export async function collectorRuns(collectorId: string, signal: AbortSignal): Promise<Run[]> {
  const page = await api<Page<Run>>(`/api/v1/collectors/${collectorId}/runs/?limit=${RUNS_PAGE}`, { signal });
  return page.results;
}
