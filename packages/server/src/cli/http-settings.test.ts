import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { UsageError } from '@perfanalysis/shared/cli-command';
import { httpSettings } from './http-settings.js';

const TLS = fileURLToPath(new URL('../../testdata/tls/', import.meta.url));
const cert = `${TLS}localhost.crt`;
const key = `${TLS}localhost.key`;

/** The UsageError httpSettings throws for these flags and environment. */
async function refusal(flags: Record<string, string>, env: Record<string, string> = {}): Promise<string> {
  try {
    await httpSettings(flags, env);
  } catch (error) {
    assert.ok(error instanceof UsageError, String(error));
    return error.message;
  }
  assert.fail('the settings were accepted');
}

test('nothing configured: plain HTTP, no proxy trusted, no CORS origin', async () => {
  assert.deepEqual(await httpSettings({}, {}), { corsOrigins: [] });
});

test('a certificate and its own key are read; flags come before the environment', async () => {
  const settings = await httpSettings(
    { 'tls-cert': cert, 'tls-key': key, 'cors-allowed-origins': 'https://dash.example.com' },
    {
      PA_TLS_CERT: '/nowhere.crt',
      CORS_ALLOWED_ORIGINS: 'http://elsewhere:3000',
      PA_TRUST_PROXY: '10.0.0.0/8, loopback',
    },
  );
  assert.match(settings.tls?.cert.toString() ?? '', /BEGIN CERTIFICATE/);
  assert.deepEqual(settings.corsOrigins, ['https://dash.example.com']);
  assert.deepEqual(settings.trustProxy, ['10.0.0.0/8', 'loopback']);
  const fromEnv = await httpSettings(
    {},
    { CORS_ALLOWED_ORIGINS: 'http://localhost:3000,https://a.example.com/' },
  );
  assert.deepEqual(fromEnv.corsOrigins, ['http://localhost:3000', 'https://a.example.com']);
});

test("a key that is not the certificate's is refused, naming both files", async () => {
  const message = await refusal({ 'tls-cert': cert, 'tls-key': `${TLS}other.key` });
  assert.match(
    message,
    /--tls-key: .*other\.key is not the private key of the certificate in .*localhost\.crt/,
  );
});

test('an unreadable certificate, a key alone, a file that is no certificate: each refused clearly', async () => {
  assert.match(
    await refusal({ 'tls-cert': `${TLS}missing.crt`, 'tls-key': key }),
    /--tls-cert: cannot read .*missing\.crt: ENOENT/,
  );
  assert.match(await refusal({}, { PA_TLS_KEY: key }), /give both, or neither/);
  assert.match(
    await refusal({ 'tls-cert': key, 'tls-key': key }),
    /--tls-cert: .*localhost\.key holds no PEM certificate/,
  );
  assert.match(await refusal({ 'tls-cert': cert, 'tls-key': cert }), /--tls-key: .*holds no PEM private key/);
});

test('CORS origins and proxies that are not ones are refused, every problem at once', async () => {
  const message = await refusal(
    { 'tls-cert': `${TLS}missing.crt`, 'tls-key': key, 'trust-proxy': '10.0.0.0/40,proxy.local' },
    { CORS_ALLOWED_ORIGINS: 'dashboard.example.com,https://ok.example.com,https://x.example.com/app,*' },
  );
  const lines = message.split('\n');
  assert.equal(lines.length, 5, message);
  assert.match(lines[0] ?? '', /--tls-cert: cannot read/);
  assert.match(
    lines[1] ?? '',
    /--trust-proxy \(PA_TRUST_PROXY\): "10\.0\.0\.0\/40", "proxy\.local" is not an address/,
  );
  for (const [line, origin] of [
    [lines[2], 'dashboard.example.com'],
    [lines[3], 'https://x.example.com/app'],
    [lines[4], '*'],
  ])
    assert.ok(
      line?.startsWith(`--cors-allowed-origins (CORS_ALLOWED_ORIGINS): "${origin}" is not an origin`),
      line,
    );
});
