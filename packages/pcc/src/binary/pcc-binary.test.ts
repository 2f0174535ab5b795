import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { VERSION } from '../version.js';
import { BUILD_BINARY_COMMAND, binaryPath } from './binary-names.js';

/** Debian's user-mode emulator and the arm64 C and C++ libraries it loads the executable with (qemu-user,
 * libc6-arm64-cross, libstdc++6-arm64-cross: .ci/run installs them). */
const QEMU = '/usr/bin/qemu-aarch64';
const ARM64_LIBS = '/usr/aarch64-linux-gnu';

/** Why the arm64 executable cannot be run here; undefined when it can. In CI, the test runs or fails. */
function arm64Missing(): string | undefined {
  if (process.arch === 'arm64') return undefined;
  if (!existsSync(binaryPath('arm64'))) return `pcc-linux-arm64 is not built: ${BUILD_BINARY_COMMAND}`;
  if (!existsSync(QEMU) || !existsSync(ARM64_LIBS))
    return 'no qemu-aarch64: apt-get install qemu-user libc6-arm64-cross libstdc++6-arm64-cross';
  return undefined;
}
const missing = arm64Missing();

test('the arm64 executable runs --version and a local capture, with no node on the PATH', {
  skip: missing !== undefined && !process.env.CI ? missing : false,
}, () => {
  assert.equal(missing, undefined, missing);
  const [command, ...first] = process.arch === 'arm64' ? [binaryPath('arm64')] : [QEMU, binaryPath('arm64')];
  const env = { PATH: '/nonexistent', QEMU_LD_PREFIX: ARM64_LIBS };
  const run = (args: string[]) => spawnSync(command ?? QEMU, [...first, ...args], { env, encoding: 'utf8' });
  const version = run(['--version']);
  assert.equal(version.stdout, `pcc ${VERSION}\n`, version.stderr);
  const dir = mkdtempSync(join(tmpdir(), 'pcc-arm64-'));
  try {
    const file = join(dir, 'capture.json');
    const capture = run(['--quiet', '--duration', '1s', '--frequency', '500ms', '--collection', file]);
    assert.equal(capture.status, 0, capture.stderr);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    assert.match(lines[0] ?? '', /"format":"perfanalysis-capture"/);
    assert.ok(lines.length >= 2, `${lines.length} lines`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the x64 executable refuses the load test plainly: a worker thread needs the pcc script', {
  skip: !existsSync(binaryPath('x64')) && !process.env.CI ? `not built: ${BUILD_BINARY_COMMAND}` : false,
}, () => {
  const result = spawnSync(binaryPath('x64'), ['loadtest', '--levels', '50', '--step-duration', '1s'], {
    env: { PATH: '/nonexistent' },
    encoding: 'utf8',
  });
  assert.equal(result.status, 1, result.stdout + result.stderr);
  assert.match(result.stderr, /the load test and the benchmark need Node\.js: run them with the pcc script/);
});
