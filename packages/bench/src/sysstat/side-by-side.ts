import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Child } from '../cleanup.js';
import { startPcc } from '../pcc-cli.js';
import { recordSar } from './sar.js';

/** How long after pcc starts sar may start: pcc's baseline reading, and its first tick half a second later. */
const PCC_SETTLE_MS = 1500;
/** sar starts this long after a whole second, so that its readings follow pcc's (taken on the second). */
const SAR_OFFSET_MS = 5;

/**
 * Records the same intervals with both tools: pcc in local mode (the real CLI, one snapshot a second on the
 * whole second) and `sar`, started just after a whole second so that its records carry the same seconds.
 * pcc starts first and ends last, so it covers every interval of sar's. Resolves with the two files.
 */
export async function recordSideBySide(options: {
  dir: string;
  sar: string;
  intervals: number;
}): Promise<{ capture: string; sarFile: string }> {
  const capture = join(options.dir, 'capture.json');
  const sarFile = join(options.dir, 'sar.data');
  const pcc = startPcc({ collection: capture, frequency: '1s', duration: `${options.intervals + 4}s` });
  let sar: Child | undefined;
  try {
    const start = (Math.floor((Date.now() + PCC_SETTLE_MS) / 1000) + 1) * 1000 + SAR_OFFSET_MS;
    await sleep(start - Date.now());
    sar = recordSar(options.sar, sarFile, options.intervals);
    await succeeded('sar', sar);
    await succeeded('pcc', pcc);
  } finally {
    await sar?.stop();
    await pcc.stop();
  }
  return { capture, sarFile };
}

async function succeeded(name: string, child: Child): Promise<void> {
  const status = await child.exited;
  if (status.code !== 0) {
    const reason = status.error?.message ?? child.stderr().trim();
    throw new Error(`${name} failed (exit ${status.code ?? status.signal}): ${reason}`);
  }
}
