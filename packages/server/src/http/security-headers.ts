import type { FastifyInstance } from 'fastify';

/**
 * What the portal's pages may load: only its own scripts, styles, fonts and API (the web app is a bundle with no
 * inline script or style), images of its own or data: URIs (icons); no plugins, no framing by any site, no
 * forms posting elsewhere.
 */
const policy = (styles: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    `style-src ${styles}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

const CONTENT_SECURITY_POLICY = policy("'self'");
/** The Swagger UI at /docs sets style attributes in the HTML it renders: it may, and still runs no inline script. */
const DOCS_CONTENT_SECURITY_POLICY = policy("'self' 'unsafe-inline'");

const HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  // No address of ours travels to another site: a setup link carries its one-time token in the address.
  'referrer-policy': 'no-referrer',
} as const;

/** Sends the security headers with every answer of the portal. */
export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(HEADERS);
    reply.header(
      'content-security-policy',
      /^\/docs(\/|$|\?)/.test(request.url) ? DOCS_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY,
    );
    return payload;
  });
}
