/** How the portal speaks HTTP: validated by serve (cli/http-settings.ts), applied by buildApp. */
export interface HttpSettings {
  /** Serve HTTPS with this certificate and its key (PEM). */
  readonly tls?: { readonly cert: Buffer; readonly key: Buffer };
  /** Trust X-Forwarded-Proto, -Host and -For from these proxies (addresses, CIDRs), or from any. */
  readonly trustProxy?: true | readonly string[];
  /** The origins whose pages may call the API from a browser; none by default. */
  readonly corsOrigins: readonly string[];
}
