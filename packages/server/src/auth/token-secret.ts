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
  const settings = settingsRepository(tenant);
  let secret = await settings.get<string | null>('jwt_secret', null);
  if (secret === null) {
    await tenant.execute(
      `INSERT INTO ${tenant.table('settings')} (key, value) VALUES ('jwt_secret', $1::jsonb) ON CONFLICT (key) DO NOTHING`,
      [JSON.stringify(randomBytes(32).toString('base64url'))],
    );
    secret = await settings.get<string>('jwt_secret', '');
  }
  cache.set(name, secret);
  return secret;
}
