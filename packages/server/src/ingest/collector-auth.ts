import {
  type Collector,
  collectorRepository,
  type Database,
  InvalidNameError,
  type TenantHandle,
  tenantByName,
  tenantHandle,
} from '@perfanalysis/storage';
import type { FastifyRequest } from 'fastify';
import { splitQualifiedKey } from '../credentials.js';
import { ApiError } from '../errors.js';

export interface AuthenticatedCollector {
  readonly tenant: TenantHandle;
  readonly collector: Collector;
}

/**
 * The collector whose API key the request carries (`Authorization: ApiKey <key>`, or `Bearer <key>`, or an
 * `X-API-Key` header). The key names its tenant; anything missing, malformed or unknown is 401.
 */
export async function authenticateCollector(
  db: Database,
  request: FastifyRequest,
): Promise<AuthenticatedCollector> {
  const key = presentedKey(request);
  const parts = key === undefined ? undefined : splitQualifiedKey(key);
  if (parts === undefined) throw new ApiError('INVALID_API_KEY');
  const tenant = await tenantByName(db, parts.tenantName).catch((error: unknown) => {
    if (error instanceof InvalidNameError) return undefined;
    throw error;
  });
  if (tenant === undefined) throw new ApiError('INVALID_API_KEY');
  const handle = tenantHandle(db, tenant);
  const collector = await collectorRepository(handle).findByApiKey(parts.secret);
  if (collector === undefined) throw new ApiError('INVALID_API_KEY');
  return { tenant: handle, collector };
}

/** The key a request presents, in any of the accepted headers. */
export function presentedKey(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^(ApiKey|Bearer)\s+(\S+)$/i.exec(header.trim());
    return match?.[2];
  }
  const apiKey = request.headers['x-api-key'];
  return typeof apiKey === 'string' ? apiKey.trim() : undefined;
}
