import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Spool } from '@perfanalysis/pcc';
import { freePort } from '@perfanalysis/pcc/free-port';
import {
  collectorRepository,
  createTenant,
  migrate,
  openDatabase,
  tenantByName,
  tenantHandle,
  tenantSchemaName,
} from '@perfanalysis/storage';
import { qualifiedKey } from '../../credentials.js';
import {
  assertStoredAsCollected,
  CuttableProxy,
  healthy,
  PCC,
  PERFANALYSIS,
  type Running,
  run,
  until,
} from '../../e2e/processes.test-support.js';

const PCD = fileURLToPath(new URL('../../../bin/pcd.js', import.meta.url));
const FREQUENCY_MS = 500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const work = mkdtempSync(join(tmpdir(), 'pa-relay-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The portal's embedded database, its collectors made before it starts (PGlite admits one process). */
const portalData = join(work, 'portal');
const collectors: Record<'acme' | 'default', { id: string; key: string }> = {
  acme: { id: '', key: '' },
  default: { id: '', key: '' },
};
let portal: Running;
let portalPort = 0;

before(async () => {
  const db = await openDatabase({ dataDir: join(portalData, 'pglite') });
  try {
    await migrate(db);
    for (const name of ['default', 'acme'] as const) {
      const tenant = (await tenantByName(db, name)) ?? (await createTenant(db, { name }));
      const made = await collectorRepository(tenantHandle(db, tenant)).create({
        machineName: `relayed-${name}`,
        siteName: 'behind-a-firewall',
      });
      collectors[name] = { id: made.collector.id, key: qualifiedKey(name, made.apiKey) };
    }
  } finally {
    await db.close();
  }
  portalPort = await freePort();
  portal = run([
    PERFANALYSIS,
    'serve',
    '--services',
    'ingest',
    '--host',
    '127.0.0.1',
    '--port',
    String(portalPort),
    '--data-dir',
    portalData,
  ]);
  await until('the portal', () => healthy(portalPort), 60_000);
});
after(() => portal.stop('SIGKILL'));

function config(name: string, text: string): string {
  const file = join(work, `${name}.yaml`);
  writeFileSync(file, text);
  return file;
}

function relayConfig(name: string, port: number, portal: number, apiKey?: string): string {
  return config(
    name,
    `server:
  port: ${port}
  read_timeout: 10s
  write_timeout: 10s
storage:
  data_dir: ${join(work, `${name}-data`)}
xatbackend:
  url: http://127.0.0.1:${portal}
${apiKey === undefined ? '' : `  api_key: ${apiKey}\n`}`,
  );
}

async function pcd(args: readonly string[]): Promise<{ code: number | null; output: string }> {
  const process = run([PCD, '--host', '127.0.0.1', ...args]);
  const code = await Promise.race([process.exited, sleep(30_000).then(() => 'running' as const)]);
  await process.stop('SIGKILL');
  return { code: code === 'running' ? null : code, output: process.output() };
}

describe('pcd --config: bad input stops it at start, with the reason', () => {
  test('an unreadable file, unknown keys, wrong types', async () => {
    const missing = await pcd(['--config', join(work, 'nowhere.yaml')]);
    assert.equal(missing.code, 1);
    assert.match(missing.output, /cannot read .*nowhere\.yaml: ENOENT/);
    const unknown = await pcd(['--config', config('unknown', 'server:\n  prot: 1\nlogging: {}\n')]);
    assert.equal(unknown.code, 1);
    assert.match(unknown.output, /unknown keys server\.prot, logging/);
    const types = await pcd(['--config', config('types', 'server:\n  port: high\n')]);
    assert.equal(types.code, 1);
    assert.match(types.output, /server\.port: expected a port number/);
  });

  test('a data directory it cannot write, a portal that rejects its key or has no such endpoint', async () => {
    const port = await freePort();
    const aFile = config('a-file', '');
    const unwritable = config(
      'unwritable',
      `storage:\n  data_dir: ${aFile}/pcd\nxatbackend:\n  url: http://127.0.0.1:${portalPort}\n`,
    );
    const dir = await pcd(['--config', unwritable, '--port', String(port)]);
    assert.equal(dir.code, 1);
    assert.match(dir.output, /storage\.data_dir .*a-file\.yaml\/pcd: cannot create or write it \(ENOTDIR\)/);

    const rejected = await pcd(['--config', relayConfig('rejected', port, portalPort, 'default.not-a-key')]);
    assert.equal(rejected.code, 1, rejected.output);
    assert.match(rejected.output, /xatbackend\.api_key: the portal at .* rejects it \(HTTP 401/);

    const endpoint = config(
      'endpoint',
      `storage:\n  data_dir: ${join(work, 'endpoint-data')}\nxatbackend:\n  url: http://127.0.0.1:${portalPort}\n  upload_endpoint: /collectors/upload/\n`,
    );
    const wrong = await pcd(['--config', endpoint, '--port', String(port)]);
    assert.equal(wrong.code, 1, wrong.output);
    assert.match(
      wrong.output,
      /no ingest endpoint at http:\/\/127\.0\.0\.1:\d+\/collectors\/upload\/ \(HTTP 404/,
    );
  });

  test('--config is for the ingest role alone', async () => {
    const both = run([PERFANALYSIS, 'serve', '--config', relayConfig('both', 1, 1)]);
    assert.equal(await both.exited, 2);
    assert.match(both.output(), /--config and --xatbackend-url are pcd's/);
  });
});

async function post(
  port: number,
  path: string,
  key: string,
  body: unknown,
): Promise<{ status: number; body: string }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method: 'POST',
    headers: { authorization: `ApiKey ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.text() };
}

const HOST_INFO = {
  hostname: 'relayed',
  os_name: 'Debian GNU/Linux',
  os_version: '12',
  kernel: '6.1.0',
  arch: 'x86_64',
  cpu_vendor: 'GenuineIntel',
  cpu_model: 'Xeon',
  cpu_count: 2,
  mem_total_mb: 4096,
  ip_addresses: ['10.0.0.7'],
  storage_gb: 40,
};

test("the relay's answers: the portal's 4xx passed back, 503 for an unknown key while the portal is away, 202 for a known one", {
  timeout: 120_000,
}, async () => {
  const relayPort = await freePort();
  const away = await freePort();
  const refused = 'default.not-a-key';
  // A relay whose portal answers, then one whose portal is away (nothing listens on its port).
  let relay = run([PCD, '--config', relayConfig('answers', relayPort, portalPort), '--host', '127.0.0.1']);
  try {
    await until('the relay', () => healthy(relayPort));
    const registration = await post(relayPort, '/api/v1/register/', refused, HOST_INFO);
    assert.equal(registration.status, 401, registration.body);
    assert.match(registration.body, /INVALID_API_KEY/);
    assert.equal((await post(relayPort, '/api/v1/metrics/', refused, { samples: [] })).status, 401);
    const bad = await post(relayPort, '/api/v1/metrics/', collectors.default.key, {
      samples: [{ timestamp: 'soon' }],
    });
    assert.equal(bad.status, 400, bad.body);
    const good = await post(relayPort, '/api/v1/register/', collectors.default.key, HOST_INFO);
    assert.equal(good.status, 200, good.body);
    assert.match(good.body, new RegExp(collectors.default.id));
    // A batch as pcc may send it (no interval: the portal fills it in) goes on as it came, and is stored.
    const spooled = await post(relayPort, '/api/v1/metrics/', collectors.default.key, {
      samples: [{ timestamp: Date.now() - 60_000 }],
    });
    assert.equal(spooled.status, 202, spooled.body);
    await until('the batch forwarded', async () => (await spoolBytes(relayPort)) === 0);
    await relay.stop();
    assert.doesNotMatch(relay.output(), /refused/);

    relay = run([PCD, '--config', relayConfig('answers', relayPort, away), '--host', '127.0.0.1']);
    await until('the relay without its portal', () => healthy(relayPort));
    const sample = { samples: [{ timestamp: Date.now() }] };
    const unknown = await post(relayPort, '/api/v1/metrics/', collectors.acme.key, sample);
    assert.equal(unknown.status, 503, unknown.body);
    assert.match(unknown.body, /PORTAL_UNAVAILABLE/);
    const known = await post(relayPort, '/api/v1/metrics/', collectors.default.key, sample);
    assert.equal(known.status, 202, known.body);
    assert.equal((await post(relayPort, '/api/v1/register/', collectors.default.key, HOST_INFO)).status, 202);
    assert.ok((await spoolBytes(relayPort)) > 0);
    assert.equal(await relay.stop(), 0, relay.output());
    assert.match(relay.output(), /Warning: the portal does not answer at .*ECONNREFUSED.*starting anyway/);
  } finally {
    await relay.stop('SIGKILL');
  }
});

test('a spooled sample the portal refuses is dropped alone: the batches spooled beside it are stored', {
  timeout: 120_000,
}, async () => {
  // A spool as a relay left it: pcd took these while the portal was away, and one sample among them is one
  // the portal refuses (here: before 2000; in life, a portal with a stricter check than this pcd's).
  const relayPort = await freePort();
  const file = relayConfig('refusal', relayPort, portalPort);
  const base = Date.now() - 120_000;
  const batch = (...offsets: number[]) => ({ samples: offsets.map((ms) => ({ timestamp: base + ms })) });
  const spool = new Spool(join(work, 'refusal-data', 'spool'), 1e9);
  const line = (body: unknown) => JSON.stringify({ request: 'metrics', key: collectors.acme.key, body });
  spool.append(line(batch(0, 1000)));
  spool.append(line({ samples: [{ timestamp: base + 2000 }, { timestamp: 946_000_000_000 }] }));
  spool.append(line(batch(3000, 4000)));
  spool.close();
  const relay = run([PCD, '--config', file, '--host', '127.0.0.1']);
  try {
    await until('the relay', () => healthy(relayPort));
    await until('the spool forwarded', async () => (await spoolBytes(relayPort)) === 0, 60_000);
  } finally {
    assert.equal(await relay.stop('SIGTERM'), 0, relay.output());
  }
  assert.equal(
    relay.output().match(/refused a spooled sample .*before 2000-01-01/g)?.length,
    1,
    relay.output(),
  );
  const db = await openDatabase({ dataDir: join(portalData, 'pglite') }); // through the portal's socket
  try {
    const rows = await db.query<{ ms: string }>(
      `SELECT (extract(epoch FROM ts) * 1000)::bigint AS ms FROM ${tenantSchemaName('acme')}.samples
       WHERE collector_id = $1 AND ts BETWEEN $2 AND $3 ORDER BY ts`,
      [collectors.acme.id, new Date(base), new Date(base + 4000)],
    );
    assert.deepEqual(
      rows.map((row) => Number(row.ms) - base),
      [0, 1000, 2000, 3000, 4000],
    );
  } finally {
    await db.close();
  }
});

function startPcc(port: number, key: string): Running {
  return run(
    [
      PCC,
      '--server',
      `http://127.0.0.1:${port}`,
      '--frequency',
      `${FREQUENCY_MS}ms`,
      '--batch-interval',
      '300ms',
      '--spool',
      mkdtempSync(join(work, 'spool-')),
    ],
    { PCC_APIKEY: key },
  );
}

async function spoolBytes(port: number): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  return ((await response.json()) as { spool_bytes: number }).spool_bytes;
}

test('pcc → pcd relay → portal: pcd killed (-9) and restarted, the portal away a while; each pcc key its own tenant, nothing lost or doubled', {
  timeout: 180_000,
}, async () => {
  // Only this run's samples: the answers test stored one for the default collector a minute back.
  const since = Date.now();
  const relayPort = await freePort();
  const proxy = new CuttableProxy(await freePort(), portalPort);
  await proxy.open();
  const file = relayConfig('relay', relayPort, proxy.port, collectors.default.key);
  const start = () => run([PCD, '--config', file, '--host', '127.0.0.1', '--verbose']);
  let relay = start();
  await until('the relay', () => healthy(relayPort));
  const pccs = [startPcc(relayPort, collectors.default.key), startPcc(relayPort, collectors.acme.key)];
  let log = '';
  try {
    await sleep(3000);
    await relay.stop('SIGKILL');
    log += relay.output();
    await sleep(2000);
    relay = start();
    await until('the relay again', () => healthy(relayPort));
    await sleep(2000);
    await proxy.cut();
    await until('batches waiting in the spool', async () => (await spoolBytes(relayPort)) > 0);
    await sleep(2000);
    await proxy.open();
    await sleep(2000);
    for (const pcc of pccs) assert.equal(await pcc.stop('SIGTERM'), 0, pcc.output());
    await until('the spool forwarded', async () => (await spoolBytes(relayPort)) === 0, 60_000);
    assert.equal(await relay.stop('SIGTERM'), 0, relay.output());
    log += relay.output();
  } finally {
    for (const pcc of pccs) await pcc.stop('SIGKILL');
    await relay.stop('SIGKILL');
    await proxy.cut();
  }
  assert.match(log, /pcd: error: cannot forward to the portal/);
  assert.match(log, /pcd: the portal answers again/);
  assert.match(log, /pcd: POST \/api\/v1\/metrics\/ from 127\.0\.0\.1: 202, \d+ samples/);
  assert.match(
    log,
    /pcd: last minute: \d+ batches, \d+ samples, \d+ registrations, \d+ errors; spool 0\.00 MiB waiting/,
  );
  assert.match(readFileSync(join(work, 'relay-data', 'apikeys'), 'utf8'), new RegExp(collectors.acme.key));

  // Last: the portal stops so that its embedded database can be read here.
  await portal.stop();
  const db = await openDatabase({ dataDir: join(portalData, 'pglite') });
  try {
    for (const name of ['default', 'acme'] as const) {
      const rows = await db.query<{ ms: string }>(
        `SELECT (extract(epoch FROM ts) * 1000)::bigint AS ms FROM ${tenantSchemaName(name)}.samples
         WHERE collector_id = $1 AND ts >= $2 ORDER BY ts`,
        [collectors[name].id, new Date(since)],
      );
      const pcc = pccs[name === 'default' ? 0 : 1] as Running;
      await assertStoredAsCollected(
        pcc,
        rows.map((row) => Number(row.ms)),
        FREQUENCY_MS,
        name,
      );
    }
  } finally {
    await db.close();
  }
});
