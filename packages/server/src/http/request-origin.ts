import type { FastifyRequest } from 'fastify';

/**
 * A host that is a host name, an IPv4 address or a bracketed IPv6 address, with an optional port: nothing
 * in it can mean anything to a shell, so it can go into a script or a command as the server's address.
 */
const SAFE_HOST = /^(?:[A-Za-z0-9][A-Za-z0-9.-]{0,252}|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?$/;

/**
 * The origin the client reached this server at: its Host header and the connection's scheme, or, behind a
 * proxy the server trusts (serve --trust-proxy), the proxy's X-Forwarded-Host and X-Forwarded-Proto.
 * Undefined when that host is not a plain host.
 */
export function safeOrigin(request: FastifyRequest): string | undefined {
  const host = request.host;
  if (!SAFE_HOST.test(host)) return undefined;
  const protocol = request.protocol === 'https' ? 'https' : 'http';
  return `${protocol}://${host}`;
}

/** The request's origin, or localhost when its host is not a plain host (a hostile Host header). */
export function originOf(request: FastifyRequest): string {
  return safeOrigin(request) ?? 'http://localhost:8000';
}
