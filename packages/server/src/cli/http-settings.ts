import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { text, UsageError, type Values } from '@perfanalysis/shared/cli-command';
import type { HttpSettings } from '../http/http-settings.js';

export const HTTP_HELP = `  --tls-cert FILE      serve HTTPS with this certificate (PEM; a chain may follow it) (default: PA_TLS_CERT)
  --tls-key FILE       the certificate's private key (PEM) (default: PA_TLS_KEY)
  --trust-proxy LIST   behind a reverse proxy: trust X-Forwarded-Proto/-Host/-For from these addresses
                       (IPs, CIDRs, loopback, or true for any) (default: PA_TRUST_PROXY; none)
  --cors-allowed-origins LIST  origins (https://dash.example.com,…) whose pages may call the API from a
                       browser (default: CORS_ALLOWED_ORIGINS; none)`;

export const HTTP_OPTIONS = {
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  'trust-proxy': { type: 'string' },
  'cors-allowed-origins': { type: 'string' },
} as const;

/**
 * The portal's HTTP settings from the flags, else the environment: TLS read and checked (the key must be the
 * certificate's), proxies and CORS origins validated. Every problem is reported at once, before anything
 * starts, as a UsageError naming the setting.
 */
export async function httpSettings(values: Values, env = process.env): Promise<HttpSettings> {
  const problems: string[] = [];
  const setting = (flag: string, variable: string) => {
    const value = text(values, flag) ?? env[variable];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const tls = await readTls(setting('tls-cert', 'PA_TLS_CERT'), setting('tls-key', 'PA_TLS_KEY'), problems);
  const trustProxy = proxies(setting('trust-proxy', 'PA_TRUST_PROXY'), problems);
  const corsOrigins = origins(setting('cors-allowed-origins', 'CORS_ALLOWED_ORIGINS'), problems);
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return {
    ...(tls === undefined ? {} : { tls }),
    ...(trustProxy === undefined ? {} : { trustProxy }),
    corsOrigins,
  };
}

async function readTls(
  certFile: string | undefined,
  keyFile: string | undefined,
  problems: string[],
): Promise<HttpSettings['tls']> {
  if (certFile === undefined && keyFile === undefined) return undefined;
  if (certFile === undefined || keyFile === undefined) {
    problems.push('--tls-cert and --tls-key (PA_TLS_CERT, PA_TLS_KEY): give both, or neither');
    return undefined;
  }
  const read = async (file: string, flag: string) => {
    try {
      return await readFile(file);
    } catch (error) {
      problems.push(`--${flag}: cannot read ${file}: ${(error as Error).message}`);
      return undefined;
    }
  };
  const [cert, key] = await Promise.all([read(certFile, 'tls-cert'), read(keyFile, 'tls-key')]);
  if (cert === undefined || key === undefined) return undefined;
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(cert);
  } catch {
    problems.push(`--tls-cert: ${certFile} holds no PEM certificate`);
    return undefined;
  }
  try {
    if (!certificate.checkPrivateKey(createPrivateKey(key)))
      problems.push(`--tls-key: ${keyFile} is not the private key of the certificate in ${certFile}`);
  } catch {
    problems.push(`--tls-key: ${keyFile} holds no PEM private key (or it is encrypted)`);
  }
  return { cert, key };
}

/** Named ranges proxy-addr knows, beside addresses and CIDRs. */
const RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function proxies(value: string | undefined, problems: string[]): HttpSettings['trustProxy'] {
  if (value === undefined) return undefined;
  if (value === 'true') return true;
  const entries = value.split(',').map((entry) => entry.trim());
  const bad = entries.filter((entry) => {
    if (RANGES.has(entry)) return false;
    const [address = '', bits, ...rest] = entry.split('/');
    const family = isIP(address);
    if (family === 0 || rest.length > 0) return true;
    if (bits === undefined) return false;
    const n = Number(bits);
    return !/^\d+$/.test(bits) || n > (family === 4 ? 32 : 128);
  });
  if (bad.length > 0) {
    problems.push(
      `--trust-proxy (PA_TRUST_PROXY): ${bad.map((b) => `"${b}"`).join(', ')} is not an address, a CIDR, ` +
        'loopback, linklocal or uniquelocal (or give true to trust any)',
    );
    return undefined;
  }
  return entries;
}

function origins(value: string | undefined, problems: string[]): string[] {
  if (value === undefined) return [];
  const found: string[] = [];
  for (const entry of value.split(/[,\s]+/).filter(Boolean)) {
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    const bare = entry.replace(/\/$/, '').toLowerCase();
    if (url === undefined || !/^https?:$/.test(url.protocol) || url.origin !== bare) {
      problems.push(
        `--cors-allowed-origins (CORS_ALLOWED_ORIGINS): "${entry}" is not an origin: give scheme, host and ` +
          'port only, e.g. https://dashboard.example.com or http://localhost:3000',
      );
    } else found.push(url.origin);
  }
  return found;
}
