import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startChild } from '../cleanup.js';

const PAUSE_MS = 150;

/**
 * Disk traffic that reaches the block device: `dd` writes 4 MiB with O_DIRECT over the same blocks of a file
 * under `dir` (no allocation, so no discards), then reads them back with O_DIRECT, past the page cache; and
 * again after a short pause, until stopped. Resolves once the file exists.
 */
export async function startDiskLoad(dir: string): Promise<{ stop(): Promise<void> }> {
  const file = join(dir, 'disk-load.bin');
  const write = [
    'if=/dev/zero',
    `of=${file}`,
    'bs=1M',
    'count=4',
    'oflag=direct',
    'conv=notrunc',
    'status=none',
  ];
  const read = [`if=${file}`, 'of=/dev/null', 'bs=1M', 'iflag=direct', 'status=none'];
  const dd = async (args: readonly string[]): Promise<void> => {
    const child = startChild('dd', args);
    const status = await child.exited;
    if (status.code !== 0) {
      throw new Error(`dd ${args.join(' ')}: ${status.error?.message ?? child.stderr().trim()}`);
    }
  };
  await dd(write);
  let running = true;
  let failure: Error | undefined;
  const loop = (async () => {
    while (running) {
      await dd(write);
      await dd(read);
      await sleep(PAUSE_MS);
    }
  })().catch((error: Error) => {
    failure = error;
  });
  return {
    /** Waits for the dd in flight, then reports a dd that failed along the way. */
    stop: async () => {
      running = false;
      await loop;
      if (failure) throw failure;
    },
  };
}
