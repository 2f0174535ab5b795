import assert from 'node:assert/strict';
import { homedir } from 'node:os';
import { test } from 'node:test';
import { ConfigError, parseConfig } from './config.js';

const run = (argv: string[], env: NodeJS.ProcessEnv = {}) => {
  const command = parseConfig(argv, env);
  assert.equal(command.kind, 'run');
  return command.kind === 'run' ? command.config : assert.fail();
};

test("the seed's environment variables configure local mode", () => {
  const config = run([], { PCC_DURATION: '10m', PCC_FREQUENCY: '1s', PCC_COLLECTION: '~/loadtest.json' });
  assert.equal(config.mode, 'local');
  assert.equal(config.durationMs, 600_000);
  assert.equal(config.frequencyMs, 1000);
  assert.equal(config.collection, `${homedir()}/loadtest.json`);
  assert.ok(Object.isFrozen(config));
});

test('flags win over the environment; --interval is seconds', () => {
  const config = run(['--duration', '1h', '--interval', '60', '--hostname', 'web-01'], {
    PCC_DURATION: '10m',
  });
  assert.equal(config.durationMs, 3_600_000);
  assert.equal(config.frequencyMs, 60_000);
  assert.equal(config.hostname, 'web-01');
  assert.equal(config.collection, 'pcc-web-01.json');
});

test('without a duration it collects until stopped; roots default to /proc and /sys', () => {
  const config = run([]);
  assert.equal(config.durationMs, Number.POSITIVE_INFINITY);
  assert.equal(config.procfs, '/proc');
  assert.equal(config.sysfs, '/sys');
  assert.equal(run([], { PCC_PROCFS: '/host/proc' }).procfs, '/host/proc');
});

test('every problem is reported at once, naming the setting', () => {
  assert.throws(
    () =>
      parseConfig(['--frequency', 'often', '--disk-exclude', '('], {
        PCC_DURATION: 'ten minutes',
        PCC_MODE: 'x',
      }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.problems.length, 4);
      assert.match(error.problems.join('\n'), /PCC_DURATION.*"ten minutes" is not a duration/);
      assert.match(error.problems.join('\n'), /frequency.*"often"/);
      assert.match(error.problems.join('\n'), /mode.*"x"/);
      assert.match(error.problems.join('\n'), /disk exclude pattern/);
      return true;
    },
  );
  assert.throws(
    () => parseConfig(['--duration', '1s', '--frequency', '5s'], {}),
    /shorter than one sampling interval/,
  );
  assert.throws(() => parseConfig(['--bogus'], {}), ConfigError);
});

test('help and version', () => {
  assert.deepEqual(parseConfig(['--help'], {}), { kind: 'help' });
  assert.deepEqual(parseConfig(['-v'], {}), { kind: 'version' });
});
