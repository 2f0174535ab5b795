import type { TenantHandle } from '@perfanalysis/storage';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../errors.js';
import { collectorOr404 } from '../portal/collector-routes.js';
import { userOf } from './route-access.js';

/**
 * The collector a load test or benchmark result is recorded for, by a route of `collector-or-analyst` access:
 * pcc's own collector (`collector_id`, when given, must be that collector), or the collector a user of at
 * least the analyst role names in `collector_id`.
 */
export async function resultWriter(
  request: FastifyRequest,
  collectorId: string | undefined,
): Promise<{ tenant: TenantHandle; collectorId: string }> {
  const caller = request.caller;
  if (caller?.kind === 'collector') {
    const { tenant, collector } = caller;
    if (collectorId !== undefined && collectorId !== collector.id)
      throw new ApiError('FORBIDDEN', `This API key is collector ${collector.id}'s, not ${collectorId}'s`);
    return { tenant, collectorId: collector.id };
  }
  const { tenant } = userOf(request);
  if (collectorId === undefined)
    throw new ApiError('INVALID_BODY', 'collector_id: required when a user, not a collector key, posts');
  return { tenant, collectorId: (await collectorOr404(tenant, collectorId)).id };
}
