import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { perfanalysis } from './cli.test-support.js';

const dataDir = mkdtempSync(join(tmpdir(), 'pa-tenant-cli-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));
const tenant = (...args: string[]) => perfanalysis(['tenant', ...args, '--data-dir', dataDir]);

test('tenant create, update and list: domains and retention', async () => {
  const created = await tenant('create', 'acme', '--domain', 'acme.example');
  assert.equal(created.code, 0, created.err);
  assert.match(
    created.out,
    /Created tenant acme \(schema tenant_acme\), reached at acme\.example; samples kept/,
  );
  const updated = await tenant(
    'update',
    'default',
    '--add-domain',
    'perf.example.com',
    '--remove-domain',
    'localhost',
    '--retention-days',
    '30',
  );
  assert.equal(updated.code, 0, updated.err);
  assert.match(updated.out, /Updated tenant default .* reached at perf\.example\.com; samples kept 30 days/);
  const listed = JSON.parse((await tenant('list', '--json')).out) as { name: string; domains: string[] }[];
  assert.deepEqual(
    listed.map((t) => [t.name, t.domains]),
    [
      ['acme', ['acme.example']],
      ['default', ['perf.example.com']],
    ],
  );
});

test('tenant update says what is wrong, and changes nothing then', async () => {
  const taken = await tenant(
    'update',
    'default',
    '--add-domain',
    'x.example',
    '--add-domain',
    'acme.example',
  );
  assert.equal(taken.code, 1);
  assert.match(taken.err, /domain "acme\.example" already belongs to another tenant/);
  const badDays = await tenant('update', 'default', '--add-domain', 'y.example', '--retention-days', 'soon');
  assert.equal(badDays.code, 1);
  assert.match(badDays.err, /retention must be a whole number of days/);
  const listed = JSON.parse((await tenant('list', '--json')).out) as { name: string; domains: string[] }[];
  assert.deepEqual(listed.find((t) => t.name === 'default')?.domains, ['perf.example.com']);
  const nobody = await tenant('update', 'nobody', '--add-domain', 'z.example');
  assert.equal(nobody.code, 1);
  assert.match(nobody.err, /no tenant "nobody"/);
  const nothing = await tenant('update', 'default');
  assert.equal(nothing.code, 2);
  assert.match(nothing.err, /nothing to change/);
});

test('a command group alone lists its commands: with --help on stdout (exit 0), without one on stderr (exit 2)', async () => {
  const help = await perfanalysis(['tenant', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.out, /tenant create .*\n {2}tenant list .*\n {2}tenant update /);
  const bare = await perfanalysis(['tenant']);
  assert.equal(bare.code, 2);
  assert.match(bare.err, /"tenant" needs one of its commands:\n {2}tenant create/);
});
