import assert from 'node:assert/strict';
import { homedir } from 'node:os';
import { test } from 'node:test';
import { ConfigError, type LocalConfig, parseConfig, type TrickleConfig } from './config.js';

const parsed = (argv: string[], env: NodeJS.ProcessEnv) => {
  const command = parseConfig(argv, env);
  return command.kind === 'run' ? command.config : assert.fail(`not a run: ${command.kind}`);
};
const run = (argv: string[], env: NodeJS.ProcessEnv = {}): LocalConfig => {
  const config = parsed(argv, env);
  return config.mode === 'local' ? config : assert.fail('not local mode');
};
const trickle = (argv: string[], env: NodeJS.ProcessEnv = {}): TrickleConfig => {
  const config = parsed(argv, env);
  return config.mode === 'trickle' ? config : assert.fail('not trickle mode');
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

test('DOCKER_HOST and DOCKER_TLS_VERIFY reach the container names; unset means the default socket', () => {
  const config = trickle(['--server', 'h:8080', '--apikey', 'k'], {
    DOCKER_HOST: 'unix:///run/user/1000/docker.sock',
    DOCKER_TLS_VERIFY: '1',
  });
  assert.equal(config.dockerHost, 'unix:///run/user/1000/docker.sock');
  assert.equal(config.dockerTlsVerify, '1');
  assert.equal(run([]).dockerHost, undefined);
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
      assert.match(error.problems.join('\n'), /mode.*"x" is not a mode/);
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

test("trickle mode from the seed's environment variables", () => {
  const config = trickle([], {
    PCC_MODE: 'trickle',
    PCC_DURATION: '10m',
    PCC_FREQUENCY: '1s',
    PCC_SERVER: '10.0.0.5:8080',
    PCC_APIKEY: 'secret',
  });
  assert.equal(config.server, '10.0.0.5:8080');
  assert.equal(config.apiKey, 'secret');
  assert.equal(config.durationMs, 600_000);
  assert.equal(config.spoolDir, `${homedir()}/.pcc/spool`);
  assert.equal(config.spoolMaxBytes, 256 * 1024 * 1024);
});

test("the user guide's flags: --server alone means trickle mode, and collects once", () => {
  const once = trickle(['--server', 'http://localhost:8080', '--apikey', 'k']);
  assert.equal(once.durationMs, once.frequencyMs);
  const daemon = trickle([
    '--server',
    'http://localhost:8080',
    '--apikey',
    'k',
    '--interval',
    '60',
    '--daemon',
  ]);
  assert.equal(daemon.frequencyMs, 60_000);
  assert.equal(daemon.durationMs, Number.POSITIVE_INFINITY);
  assert.equal(daemon.daemon, true);
  assert.equal(daemon.pidFile, `${homedir()}/.pcc/pcc.pid`);
});

test('trickle mode needs a server address and a key', () => {
  assert.throws(
    () => parseConfig(['--mode', 'trickle'], {}),
    (error: unknown) =>
      error instanceof ConfigError &&
      error.problems.length === 2 &&
      /server .*required/.test(error.problems[0] ?? '') &&
      /API key .*required/.test(error.problems[1] ?? ''),
  );
  assert.throws(() => parseConfig(['--server', 'ftp://x', '--apikey', 'k'], {}), /not an address/);
});
