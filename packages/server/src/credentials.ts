/**
 * A collector's API key as users see it carries its tenant: `<tenant>.<secret>`, so that the ingest role,
 * which is reached by IP address as often as by name, knows which tenant schema to look in. Tenant names
 * never contain a dot; secrets are base64url and never contain one either.
 */
export function qualifiedKey(tenantName: string, secret: string): string {
  return `${tenantName}.${secret}`;
}

export function splitQualifiedKey(key: string): { tenantName: string; secret: string } | undefined {
  const dot = key.indexOf('.');
  if (dot <= 0 || dot === key.length - 1) return undefined;
  return { tenantName: key.slice(0, dot), secret: key.slice(dot + 1) };
}
