import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadPcdConfig, parsePcdConfig } from './pcd-config.js';
import { pcdSettings } from './pcd-settings.js';

/** The seed's /etc/pcd/config.yaml, as the user guide prints it. */
const SEED = `# pcd daemon configuration
server:
  port: 8080
  read_timeout: 10s
  write_timeout: 10s

storage:
  data_dir: /var/lib/pcd
  api_keys_file: /var/lib/pcd/apikeys

xatbackend:
  url: http://your-xatbackend-server:8000
  upload_endpoint: /collectors/upload/
  api_key: your-api-key-here
`;

describe("pcd's configuration file", () => {
  test("the seed's file reads as written", () => {
    assert.deepEqual(parsePcdConfig(SEED, 'config.yaml'), {
      server: { port: 8080, readTimeoutMs: 10_000, writeTimeoutMs: 10_000 },
      storage: { dataDir: '/var/lib/pcd', apiKeysFile: '/var/lib/pcd/apikeys' },
      xatbackend: {
        url: 'http://your-xatbackend-server:8000',
        uploadEndpoint: '/collectors/upload/',
        apiKey: 'your-api-key-here',
      },
    });
  });

  test('an empty file is no settings', () => {
    assert.deepEqual(parsePcdConfig('', 'c.yaml').server, {
      port: undefined,
      readTimeoutMs: undefined,
      writeTimeoutMs: undefined,
    });
  });

  test('unknown keys are an error that names every one of them', () => {
    assert.throws(
      () => parsePcdConfig('server:\n  prot: 8080\nstorage:\n  datadir: /x\nlogging: {}\n', 'c.yaml'),
      /c\.yaml: unknown keys server\.prot, storage\.datadir, logging \(known: server\.port, /,
    );
  });

  test('wrong types and bad values: each named with what was expected', () => {
    const text = `server:
  port: "eighty"
  read_timeout: soon
storage:
  data_dir: 12
xatbackend:
  url: ftp://example.com
  upload_endpoint: collectors/upload/
`;
    assert.throws(
      () => parsePcdConfig(text, 'c.yaml'),
      (error: Error) => {
        for (const part of [
          'server.port: expected a port number (0–65535), got "eighty"',
          'server.read_timeout: expected a duration such as 10s, 500ms or 2m, got "soon"',
          'storage.data_dir: expected a path, got 12',
          'xatbackend.url: expected an http:// or https:// address, got "ftp://example.com"',
          'xatbackend.upload_endpoint: expected a path starting with /',
        ])
          assert.ok(error.message.includes(part), `${part}\nin: ${error.message}`);
        return true;
      },
    );
  });

  test('a section that is not a mapping, a list at the top, bad YAML, a repeated key', () => {
    assert.throws(() => parsePcdConfig('server: 8080\n', 'c.yaml'), /server: expected keys \(port, /);
    assert.throws(() => parsePcdConfig('- a\n- b\n', 'c.yaml'), /expected the sections server, storage/);
    assert.throws(() => parsePcdConfig('server:\n  port: [\n', 'c.yaml'), /c\.yaml: not valid YAML/);
    assert.throws(() => parsePcdConfig('server:\n  port: 1\n  port: 2\n', 'c.yaml'), /not valid YAML/);
  });
});

describe("pcd's settings: flags, then the environment, then the file", () => {
  const config = parsePcdConfig(SEED, 'config.yaml');

  test('the file gives the port, the data directory and the relay; its keys file and endpoint', () => {
    const settings = pcdSettings({}, config, {});
    assert.equal(settings.port, '8080');
    assert.equal(settings.values['data-dir'], '/var/lib/pcd');
    assert.deepEqual(settings.relay, {
      url: 'http://your-xatbackend-server:8000',
      uploadEndpoint: '/collectors/upload/',
      apiKey: 'your-api-key-here',
      dataDir: '/var/lib/pcd',
      apiKeysFile: '/var/lib/pcd/apikeys',
    });
  });

  test('the environment overrides the file, and flags the environment', () => {
    const env = {
      PA_DATA_DIR: '/env/data',
      PCD_XATBACKEND_URL: 'http://env:8000',
      PCD_XATBACKEND_API_KEY: 'k2',
    };
    const fromEnv = pcdSettings({}, config, env);
    assert.equal(fromEnv.values['data-dir'], '/env/data');
    assert.equal(fromEnv.relay?.url, 'http://env:8000');
    assert.equal(fromEnv.relay?.apiKey, 'k2');
    const fromFlags = pcdSettings(
      { 'data-dir': '/flag/data', 'xatbackend-url': 'http://flag:8000' },
      config,
      env,
    );
    assert.equal(fromFlags.values['data-dir'], '/flag/data');
    assert.equal(fromFlags.relay?.url, 'http://flag:8000');
  });

  test('without xatbackend.url pcd writes the database; a relay-only setting alone is an error', () => {
    const direct = pcdSettings({}, parsePcdConfig('storage:\n  api_keys_file: /k\n', 'c.yaml'), {});
    assert.equal(direct.relay, undefined);
    assert.match(direct.warnings[0] ?? '', /api_keys_file is for relaying/);
    assert.throws(
      () => pcdSettings({}, parsePcdConfig('xatbackend:\n  api_key: k\n', 'c.yaml'), {}),
      /api_key and upload_endpoint need xatbackend\.url/,
    );
    assert.throws(() => pcdSettings({ 'database-url': 'postgres://x/y' }, config, {}), /keeps no database/);
  });
});

test('the example in deploy/pcd/config.yaml reads, and relays', async () => {
  const file = fileURLToPath(new URL('../../../../deploy/pcd/config.yaml', import.meta.url));
  const config = await loadPcdConfig(file);
  assert.equal(config.server.port, 8080);
  assert.equal(pcdSettings({}, config, {}).relay?.uploadEndpoint, '/api/v1/metrics/');
});
