import { isIP } from 'node:net';
import {
  type Database,
  DEFAULT_TENANT_NAME,
  type Tenant,
  type TenantHandle,
  tenantByDomain,
  tenantByName,
  tenantHandle,
} from '@perfanalysis/storage';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../errors.js';
import { recentLookups } from './recent-lookups.js';

/**
 * The tenant a request is for, by its Host: a registered domain or `NAME.<registered domain>` leads to its
 * tenant (`acme.localhost` in development); a bare host (an IP address, or a name without dots) leads to the
 * default tenant; any other name is 404. The answer is reused for a few seconds (see recent-lookups.ts).
 */
export async function tenantForRequest(db: Database, request: FastifyRequest): Promise<TenantHandle> {
  // The Host header, or a trusted proxy's X-Forwarded-Host (serve --trust-proxy): the name the client used.
  const host = request.host;
  const tenant = await recentLookups<Tenant | undefined>(db, 'tenant by host').get(
    host.toLowerCase(),
    async () =>
      (await tenantByDomain(db, host)) ??
      (isBareHost(host) ? await tenantByName(db, DEFAULT_TENANT_NAME) : undefined),
  );
  if (!tenant) {
    const name = host.replace(/:\d+$/, '');
    throw new ApiError(
      'UNKNOWN_TENANT',
      /^[a-z0-9.-]+$/i.test(name)
        ? `No tenant is served at ${name}; an administrator can serve one there with: perfanalysis tenant update default --add-domain ${name}`
        : 'No tenant is served at this address',
    );
  }
  return tenantHandle(db, tenant);
}

function isBareHost(host: string): boolean {
  const name = host.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1');
  return name === '' || isIP(name) !== 0 || !name.includes('.');
}
