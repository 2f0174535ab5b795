import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_DEVICE_FILTERS } from '@perfanalysis/shared';
import { type Config, ConfigError, type Environment, parseCommand } from './config.js';

function config(args: readonly string[], env: Environment = {}): Config {
  const command = parseCommand(args, env);
  assert.equal(command.action, 'run');
  return command.config;
}

function problems(args: readonly string[], env: Environment = {}): readonly string[] {
  try {
    parseCommand(args, env);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.problems;
  }
  assert.fail('expected a ConfigError');
}

test('the environment, as the seed sets it', () => {
  const c = config([], { PCR_COLLECTION: '/r/test/loadtest.json', PCR_OUTDIR: '/r/test/csv' });
  assert.equal(c.collection, '/r/test/loadtest.json');
  assert.equal(c.outdir, '/r/test/csv');
  assert.equal(c.quiet, false);
  assert.equal(c.filters.diskExclude.source, DEFAULT_DEVICE_FILTERS.diskExclude.source);
  assert.ok(Object.isFrozen(c));
});

test('flags override the environment; the output defaults to a csv directory beside the capture', () => {
  const env = { PCR_COLLECTION: '/env/a.json', PCR_OUTDIR: '/env/csv', PCR_NET_TOTALS_EXCLUDE: '^lo$' };
  const c = config(
    ['--collection', '/flag/b.json', '--outdir=/flag/out', '-q', '--net-totals-exclude', '^(lo|docker0)$'],
    env,
  );
  assert.equal(c.collection, '/flag/b.json');
  assert.equal(c.outdir, '/flag/out');
  assert.equal(c.quiet, true);
  assert.ok(c.filters.netTotalsExclude.test('docker0'));
  assert.equal(config(['--collection', 'runs/x.json.gz']).outdir, 'runs/csv');
  assert.equal(config([], { PCR_COLLECTION: 'x.json', PCR_OUTDIR: '' }).outdir, 'csv');
});

test('device filter patterns come from flags or the environment', () => {
  const c = config(['--disk-exclude', '^loop'], {
    PCR_COLLECTION: 'x.json',
    PCR_DISK_TOTALS_EXCLUDE: '^dm-',
    PCR_DISK_EXCLUDE: 'ignored',
  });
  assert.ok(c.filters.diskExclude.test('loop7'));
  assert.ok(!c.filters.diskExclude.test('ignored'));
  assert.ok(c.filters.diskTotalsExclude.test('dm-3'));
  assert.ok(!c.filters.diskTotalsExclude.test('md0'));
});

test('every problem is reported together, naming its setting', () => {
  const found = problems(['--bogus', 'stray', '--outdir', '--disk-exclude', '(', '--quiet=yes'], {
    PCR_NET_TOTALS_EXCLUDE: '[',
  });
  assert.deepEqual(found.slice(0, 3), [
    'unknown option --bogus',
    'unexpected argument "stray"',
    '--outdir needs a value',
  ]);
  assert.ok(found.includes('--quiet takes no value'));
  assert.ok(found.some((p) => p.startsWith('no capture file: set PCR_COLLECTION or pass --collection FILE')));
  assert.ok(found.some((p) => p.startsWith('PCR_NET_TOTALS_EXCLUDE: not a valid regular expression')));
});

test('an invalid pattern given as a flag is reported under the flag', () => {
  assert.deepEqual(
    problems(['--collection', 'x.json', '--disk-totals-exclude', '(']).map((p) => p.split(':')[0]),
    ['--disk-totals-exclude'],
  );
  assert.deepEqual(problems(['--collection=']), ['--collection is empty']);
});

test('--help and --version win over everything else', () => {
  assert.deepEqual(parseCommand(['--bogus', '--help'], {}), { action: 'help' });
  assert.deepEqual(parseCommand(['-h'], {}), { action: 'help' });
  assert.deepEqual(parseCommand(['--version', 'stray'], {}), { action: 'version' });
});
