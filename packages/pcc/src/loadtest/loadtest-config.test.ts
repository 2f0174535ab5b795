import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError } from '../config.js';
import { DEFAULT_LEVELS, parseLoadTestConfig } from './loadtest-config.js';

const problems = (argv: string[], env: NodeJS.ProcessEnv = {}): readonly string[] => {
  try {
    parseLoadTestConfig(argv, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

test('defaults: the five levels, 30 s steps, a thread per CPU, the result to a JSON file', () => {
  const parsed = parseLoadTestConfig([], { PCC_HOSTNAME: 'db-01' });
  assert.equal(parsed.kind, 'run');
  if (parsed.kind !== 'run') return;
  assert.deepEqual(parsed.config.levels, DEFAULT_LEVELS);
  assert.equal(parsed.config.stepMs, 30_000);
  assert.ok(parsed.config.threads >= 1);
  assert.deepEqual(parsed.config.delivery, { kind: 'file', path: 'pcc-loadtest-db-01.json' });
});

test('levels outside 1–100, repeated or not numbers, and zero or negative durations: every problem at once', () => {
  assert.deepEqual(problems(['--levels', '0,101,50,50,x,', '--step-duration=-1s', '--threads', '0']), [
    '--levels: "0" is not a level; use whole percentages from 1 to 100',
    '--levels: "101" is not a level; use whole percentages from 1 to 100',
    '--levels: 50 is given twice',
    '--levels: "x" is not a level; use whole percentages from 1 to 100',
    '--levels: "" is not a level; use whole percentages from 1 to 100',
    '--step-duration: "-1s" is not a duration (examples: 10m, 1s, 1h30m, 500ms)',
    '--threads: a whole number from 1 to 1024, got "0"',
  ]);
  assert.deepEqual(problems(['--step-duration', '0s']), ['--step-duration: at least 1s, got "0s"']);
  assert.deepEqual(problems(['--levels', '12.5']), [
    '--levels: "12.5" is not a level; use whole percentages from 1 to 100',
  ]);
});

test('a server takes the API key from PCC_APIKEY as trickle mode does; one without the other is an error', () => {
  const parsed = parseLoadTestConfig(['--server', 'perf:8080'], { PCC_APIKEY: 'acme.k' });
  assert.ok(parsed.kind === 'run');
  assert.deepEqual(parsed.config.delivery, { kind: 'post', server: 'perf:8080', apiKey: 'acme.k' });
  assert.deepEqual(problems([], { PCC_SERVER: 'perf:8080' }), [
    'API key (--apikey, PCC_APIKEY): required to post the result; it is shown when you create the collector',
  ]);
  assert.deepEqual(problems(['--server', 'ftp://x', '--apikey', 'k', '--output', 'r.json']), [
    '--output: not with --server: the result is posted',
    'server (--server, PCC_SERVER): "ftp://x" is not an address; use host:port or a URL',
  ]);
});
