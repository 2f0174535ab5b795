import { createHmac, randomBytes } from 'node:crypto';
import { settingsRepository, type TenantHandle } from '@perfanalysis/storage';

const cache = new Map<string, string>();

/**
 * The key a tenant's tokens are signed with. With PA_JWT_SECRET set, it is derived from it per tenant;
 * otherwise it is made once at random and kept in the tenant's settings, so every process shares it and a
 * token of one tenant can never verify in another.
 */
export async function tokenSecret(tenant: TenantHandle): Promise<string> {
  const name = tenant.tenant.name;
  const configured = process.env.PA_JWT_SECRET;
  if (configured) return createHmac('sha256', configured).update(name).digest('base64url');
  const cached = cache.get(name);
  if (cached) return cached;
  const secret = await settingsRepository(tenant).getOrSet(
    'jwt_secret',
    randomBytes(32).toString('base64url'),
  );
  cache.set(name, secret);
  return secret;
}
