import { randomBytes } from 'node:crypto';
import {
  type Database,
  listTenants,
  settingsRepository,
  type TenantHandle,
  tenantHandle,
  userRepository,
} from '@perfanalysis/storage';

/**
 * The one-time token that lets the first user of a tenant sign up as its admin from anywhere (`serve` prints
 * it, as a link, for every tenant without users). It is kept in the tenant's settings, so every process prints
 * the same one; the sign-up that uses it deletes it.
 */
export async function setupToken(tenant: TenantHandle): Promise<string> {
  return settingsRepository(tenant).getOrSet('setup_token', randomBytes(24).toString('base64url'));
}

/** Uses the setup token up, when `given` is it: true then, and it works for nobody after. */
export async function useSetupToken(tenant: TenantHandle, given: string): Promise<boolean> {
  return settingsRepository(tenant).deleteIfEqual('setup_token', given);
}

/**
 * What `serve` prints for every tenant without users: the link its first admin signs up with (at the tenant's
 * primary domain, else `fallbackHost`, on the portal's port, by http or https as the portal serves).
 */
export async function setupLinks(
  db: Database,
  port: number,
  fallbackHost: string,
  scheme: 'http' | 'https' = 'http',
): Promise<string[]> {
  const lines: string[] = [];
  for (const tenant of await listTenants(db)) {
    const handle = tenantHandle(db, tenant);
    if ((await userRepository(handle).count()) > 0) continue;
    const host = tenant.domains[0] ?? fallbackHost;
    lines.push(
      `Tenant ${tenant.name} has no users: its first admin signs up at ${scheme}://${host}:${port}/signup?setup=${await setupToken(handle)} (works once)`,
    );
  }
  return lines;
}
