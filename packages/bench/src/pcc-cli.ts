import { fileURLToPath } from 'node:url';
import { type Child, startChild } from './cleanup.js';

/** The real pcc command line, `packages/pcc/bin/pcc.js`, found through the package's own entry point. */
export const PCC_BIN = fileURLToPath(new URL('../bin/pcc.js', import.meta.resolve('@perfanalysis/pcc')));
/** The single-file agent that the portal serves as pcc.mjs. */
export const PCC_BUNDLE = fileURLToPath(new URL('pcc.bundle.mjs', import.meta.resolve('@perfanalysis/pcc')));

/**
 * Starts `pcc --quiet` in local mode, writing `collection` every `frequency` for `duration` (pcc's own
 * syntax: `1s`, `70s`). The child is the Node process running pcc itself (or the executable), so its pid is pcc's.
 */
export function startPcc(options: {
  collection: string;
  frequency: string;
  duration: string;
  /** The self-contained executable to run instead of node and the script. */
  executable?: string;
}): Child {
  const [command, ...first] = options.executable ? [options.executable] : [process.execPath, PCC_BIN];
  return startChild(command ?? process.execPath, [
    ...first,
    '--quiet',
    '--frequency',
    options.frequency,
    '--duration',
    options.duration,
    '--collection',
    options.collection,
  ]);
}
