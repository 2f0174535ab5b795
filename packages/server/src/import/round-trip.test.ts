import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { processCapture } from '@perfanalysis/pcprocess';
import {
  type Database,
  sampleRepository,
  type TenantHandle,
  tenantByName,
  tenantHandle,
} from '@perfanalysis/storage';
import { forEachDatabase } from '@perfanalysis/storage/test-support/databases';
import { variedSamples } from '@perfanalysis/storage/test-support/sample-fixture';
import { hostCsvChunks } from '../export/host-csv-export.js';
import { ImportError } from './import-error.js';
import { collectorNamed, importFile } from './import-file.js';

const dir = mkdtempSync(join(tmpdir(), 'pa-roundtrip-'));
const capture = join(dir, 'capture.json');
let hostCsv: string;

before(async () => {
  const pcc = join(
    dirname(createRequire(import.meta.url).resolve('@perfanalysis/pcc/package.json')),
    'bin',
    'pcc.js',
  );
  execFileSync(process.execPath, [
    pcc,
    '--duration',
    '2s',
    '--frequency',
    '200ms',
    '--collection',
    capture,
    '--quiet',
  ]);
  await processCapture({ collection: capture, outdir: join(dir, 'csv') });
  hostCsv = readFileSync(join(dir, 'csv', 'host.csv'), 'utf8');
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function exported(tenant: TenantHandle, collectorId: string): Promise<string> {
  let text = '';
  for await (const chunk of hostCsvChunks(tenant, collectorId)) text += chunk;
  return text;
}

forEachDatabase('import and export', (ctx) => {
  let db: Database;
  let tenant: TenantHandle;
  before(async () => {
    db = await ctx.db();
    const found = await tenantByName(db, 'default');
    assert.ok(found);
    tenant = tenantHandle(db, found);
  });

  test('capture → pcprocess → import → export gives back the same host.csv', async () => {
    const collector = await collectorNamed(tenant, 'round-trip', 'tests');
    assert.equal(collector.created, true);
    const result = await importFile(tenant, collector.id, join(dir, 'csv', 'host.csv'));
    assert.ok(result.rows >= 8, `${result.rows} rows`);
    assert.equal(result.stored, result.rows);
    assert.equal(await exported(tenant, collector.id), hostCsv);
    const again = await importFile(tenant, collector.id, join(dir, 'csv', 'host.csv'));
    assert.deepEqual([again.stored, again.duplicates], [0, result.rows]);
    assert.equal((await collectorNamed(tenant, 'round-trip', 'tests')).id, collector.id);
  });

  test('a gzip host.csv imports the same rows, known by its bytes and not by its name', async () => {
    const collector = await collectorNamed(tenant, 'gzip-named-csv', 'tests');
    const file = join(dir, 'zipped.csv');
    writeFileSync(file, gzipSync(hostCsv));
    const result = await importFile(tenant, collector.id, file);
    assert.equal(result.stored, hostCsv.trim().split('\n').length - 1);
    assert.equal(await exported(tenant, collector.id), hostCsv);
  });

  test('a capture file imports directly, with its per-device detail, to the same host.csv', async () => {
    const collector = await collectorNamed(tenant, 'from-capture', 'tests');
    const result = await importFile(tenant, collector.id, capture);
    assert.equal(result.stored, hostCsv.trim().split('\n').length - 1);
    assert.equal(await exported(tenant, collector.id), hostCsv);
    const cpus = await tenant.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${tenant.table('sample_cpus')} WHERE collector_id = $1`,
      [collector.id],
    );
    assert.ok(Number(cpus[0]?.n) >= result.stored);
  });

  test('samples stored with their devices export to a host.csv that imports back to the same bytes', async () => {
    const source = await collectorNamed(tenant, 'ingested-with-devices', 'tests');
    const next = variedSamples(17, { cpus: 2, disks: 2, nets: 2, filesystems: 3 });
    const samples = Array.from({ length: 300 }, (_, i) => next(Date.UTC(2026, 0, 1) + i * 1000));
    assert.ok(samples.some((s) => s.cpus.length > 0 && s.filesystems.length > 0));
    await sampleRepository(tenant).insertSamples(source.id, samples);
    const first = await exported(tenant, source.id);
    const file = join(dir, 'exported.csv');
    writeFileSync(file, first);
    const copy = await collectorNamed(tenant, 'reimported', 'tests');
    assert.equal((await importFile(tenant, copy.id, file)).stored, 300);
    assert.equal(await exported(tenant, copy.id), first);
  });

  test('a bad row is reported with its line number, and nothing of the file is stored', async () => {
    const collector = await collectorNamed(tenant, 'bad-file', 'tests');
    const lines = hostCsv.trim().split('\n');
    const broken = [...lines.slice(0, 5), lines[5]?.replace(/,[^,]*$/, ',lots'), ...lines.slice(6)].join(
      '\n',
    );
    const file = join(dir, 'broken.csv');
    writeFileSync(file, broken);
    await assert.rejects(importFile(tenant, collector.id, file), (error: unknown) => {
      assert.ok(error instanceof ImportError);
      assert.equal(error.line, 6);
      assert.match(error.message, /broken\.csv, line 6: temperature: "lots" is not a number/);
      return true;
    });
    assert.equal((await sampleRepository(tenant).timeBounds(collector.id)).count, 0);
    writeFileSync(file, 'when,what\n1,2\n');
    await assert.rejects(
      importFile(tenant, collector.id, file),
      /line 1: the header has no "timestamp" column/,
    );
    await assert.rejects(
      importFile(tenant, collector.id, join(dir, 'missing.csv')),
      /missing\.csv: cannot read it \(ENOENT\)/,
    );
  });

  test('a bad row after whole batches have gone to the database: still nothing stored', async () => {
    const collector = await collectorNamed(tenant, 'bad-late', 'tests');
    const [header = '', first = ''] = hostCsv.split('\n');
    const at = header.split(',').indexOf('timestamp');
    const fields = first.split(',');
    const start = Date.parse(fields[at] ?? '');
    const rows = Array.from({ length: 12_000 }, (_, i) => {
      fields[at] = new Date(start + i * 1000).toISOString();
      return fields.join(',');
    });
    rows[11_000] = `${rows[11_000]?.replace(/,[^,]*$/, '')},lots`;
    const file = join(dir, 'late-error.csv');
    writeFileSync(file, [header, ...rows].join('\n'));
    await assert.rejects(importFile(tenant, collector.id, file), /late-error\.csv, line 11002: /);
    assert.equal((await sampleRepository(tenant).timeBounds(collector.id)).count, 0);
  });
});
