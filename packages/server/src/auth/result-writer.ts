import type { Database, TenantHandle } from '@perfanalysis/storage';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../errors.js';
import { authenticateCollector } from '../ingest/collector-auth.js';
import { collectorOr404 } from '../portal/collector-routes.js';
import { authenticate } from './authenticate.js';

/**
 * Who records a load test or benchmark result, and for which collector: pcc with its collector's key
 * (`ApiKey <collector key>` or `X-API-Key`; `collector_id`, when given, must be that collector), or a user
 * of at least the analyst role (`Bearer` or `ApiKey <username>:<key>`) naming the collector in `collector_id`.
 */
export async function resultWriter(
  db: Database,
  request: FastifyRequest,
  collectorId: string | undefined,
): Promise<{ tenant: TenantHandle; collectorId: string }> {
  const header = request.headers.authorization?.trim() ?? '';
  const collectorKey =
    header === '' ? request.headers['x-api-key'] !== undefined : /^apikey\s+[^:\s]+$/i.test(header);
  if (collectorKey) {
    const { tenant, collector } = await authenticateCollector(db, request);
    if (collectorId !== undefined && collectorId !== collector.id)
      throw new ApiError('FORBIDDEN', `This API key is collector ${collector.id}'s, not ${collectorId}'s`);
    return { tenant, collectorId: collector.id };
  }
  const { tenant } = await authenticate(db, request, 'analyst');
  if (collectorId === undefined)
    throw new ApiError('INVALID_BODY', 'collector_id: required when a user, not a collector key, posts');
  return { tenant, collectorId: (await collectorOr404(tenant, collectorId)).id };
}
