import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { VERSION } from '../version.js';
import { BINARY_ARCHES, type BinaryArch, binaryPath, NODE_FOR_BINARY } from './binary-names.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));
const WORK = join(PACKAGE_DIR, 'dist', 'binary-build');
/** The Node.js binaries, kept between builds: the two downloads are 40 MiB each. */
const NODE_CACHE = join(PACKAGE_DIR, 'node_modules', '.cache', 'pcc-binary');
/** The fuse that Node.js builds carry for postject (Node's single-executable-applications documentation). */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

/**
 * Builds pcc's self-contained executables, dist/pcc-linux-x64 and dist/pcc-linux-arm64: a Node.js single
 * executable application, that is the official Node.js binary for the architecture (from the npm registry's
 * node-linux-<arch> package, NODE_FOR_BINARY) with pcc bundled to CommonJS injected by postject.
 * Arguments: the architectures to build (default both).
 */
async function main(argv: readonly string[]): Promise<void> {
  const arches = argv.length === 0 ? BINARY_ARCHES : argv.map(checkArch);
  await rm(WORK, { recursive: true, force: true });
  await mkdir(WORK, { recursive: true });
  const script = join(WORK, 'pcc.cjs');
  await build({
    entryPoints: [join(PACKAGE_DIR, 'bin', 'pcc-binary.js')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: script,
    logLevel: 'warning',
    define: { PCC_BUNDLED_VERSION: JSON.stringify(VERSION), PCC_EXECUTABLE: 'true' },
    // version.ts reads import.meta only when PCC_BUNDLED_VERSION is not defined, which it is here.
    logOverride: { 'empty-import-meta': 'silent' },
  });
  // The blob is the same for every architecture (no snapshot, no code cache); the Node that writes it must be
  // the version that runs it, so it is the downloaded one for this machine's architecture.
  const host = checkArch(process.arch);
  const blob = join(WORK, 'sea-prep.blob');
  const config = join(WORK, 'sea-config.json');
  await writeFile(
    config,
    JSON.stringify({ main: script, output: blob, disableExperimentalSEAWarning: true }),
  );
  await run(await nodeBinary(host), ['--experimental-sea-config', config]);
  for (const arch of arches) {
    const out = binaryPath(arch);
    const started = performance.now();
    await rm(out, { force: true });
    await copyFile(await nodeBinary(arch), out);
    await chmod(out, 0o755);
    await run(process.execPath, [
      require.resolve('postject/dist/cli.js'),
      out,
      'NODE_SEA_BLOB',
      blob,
      '--sentinel-fuse',
      SEA_FUSE,
    ]);
    if (arch === host) await run(out, ['--version']);
    const size = (await stat(out)).size / 1024 / 1024;
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    process.stdout.write(
      `pcc: built ${out} (${size.toFixed(1)} MiB, Node.js ${NODE_FOR_BINARY}, ${seconds} s)\n`,
    );
  }
  await rm(WORK, { recursive: true, force: true });
}

function checkArch(arch: string): BinaryArch {
  const known = BINARY_ARCHES.find((a) => a === arch);
  if (known === undefined) throw new Error(`no pcc executable for "${arch}": ${BINARY_ARCHES.join(' or ')}`);
  return known;
}

/** The official Node.js binary for `arch`, unpacked from the npm registry's node-linux-<arch> package once. */
async function nodeBinary(arch: BinaryArch): Promise<string> {
  const name = `node-linux-${arch}-${NODE_FOR_BINARY}`;
  const dir = join(NODE_CACHE, name);
  const binary = join(dir, 'package', 'bin', 'node');
  if (await stat(binary).catch(() => undefined)) return binary;
  await mkdir(dir, { recursive: true });
  process.stdout.write(`pcc: downloading node-linux-${arch}@${NODE_FOR_BINARY} with npm pack…\n`);
  await run('npm', ['pack', `node-linux-${arch}@${NODE_FOR_BINARY}`, '--silent', '--pack-destination', dir], {
    cwd: dir,
  });
  await run('tar', ['xzf', `${name}.tgz`, '-C', dir, 'package/bin/node'], { cwd: dir });
  await rm(join(dir, `${name}.tgz`));
  return binary;
}

main(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(`pcc build:binary: ${error.message}\n`);
  process.exitCode = 1;
});
