import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { perfanalysis } from './cli.test-support.js';

const work = mkdtempSync(join(tmpdir(), 'pa-migrate-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('migrate --list: per schema, applied with when or pending, and it changes nothing', {
  timeout: 120_000,
}, async () => {
  const dataDir = ['--data-dir', join(work, 'data')];
  const before = await perfanalysis(['migrate', '--list', ...dataDir]);
  assert.equal(before.code, 0, before.err);
  assert.match(
    before.out,
    /^control\n \[ \] \d{4}-\d\d-\d\d-\d\d-[a-z-]*control\n1 pending: perfanalysis migrate applies them\.\n$/,
  );
  assert.equal((await perfanalysis(['migrate', '--list', ...dataDir])).out, before.out);

  assert.equal((await perfanalysis(['migrate', ...dataDir])).code, 0);
  assert.equal((await perfanalysis(['tenant', 'create', 'acme', ...dataDir])).code, 0);
  const applied = await perfanalysis(['migrate', '--list', ...dataDir]);
  assert.match(applied.out, /^control\n \[X\] \S+-control {2}\(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\)\n/);
  assert.match(applied.out, /\ntenant_default\n \[X\] \S+-tenant /);
  assert.match(applied.out, /\ntenant_acme\n \[X\] \S+-tenant /);
  assert.doesNotMatch(applied.out, /\[ \]/);
  assert.match(applied.out, /Up to date\.\n$/);
  const json = JSON.parse((await perfanalysis(['migrate', '--list', '--json', ...dataDir])).out) as {
    schema: string;
    migration: string;
    appliedAt: string | null;
  }[];
  assert.deepEqual([...new Set(json.map((s) => s.schema))].sort(), [
    'control',
    'tenant_acme',
    'tenant_default',
  ]);
  assert.ok(json.every((s) => typeof s.appliedAt === 'string'));
});
