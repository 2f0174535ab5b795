import { fileURLToPath } from 'node:url';
import { type Child, startChild } from './cleanup.js';

/** The real pcc command line, `packages/pcc/bin/pcc.js`, found through the package's own entry point. */
export const PCC_BIN = fileURLToPath(new URL('../bin/pcc.js', import.meta.resolve('@perfanalysis/pcc')));

/**
 * Starts `pcc --quiet` in local mode, writing `collection` every `frequency` for `duration` (pcc's own
 * syntax: `1s`, `70s`). The child is the Node process running pcc itself, so its pid is pcc's.
 */
export function startPcc(options: { collection: string; frequency: string; duration: string }): Child {
  return startChild(process.execPath, [
    PCC_BIN,
    '--quiet',
    '--frequency',
    options.frequency,
    '--duration',
    options.duration,
    '--collection',
    options.collection,
  ]);
}
