import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { BenchmarkResult } from '@perfanalysis/shared';

const BLOCK = 64 * 2 ** 20;

/**
 * Memory copy bandwidth: a 64 MiB buffer copied into another (memcpy underneath) again and again for
 * `seconds`; the score counts the bytes copied (each is read once and written once), as STREAM's copy does
 * not: STREAM counts 2× (read + write).
 */
export async function memoryCopy(seconds: number, signal: AbortSignal): Promise<BenchmarkResult> {
  const source = Buffer.alloc(BLOCK, 0x5a);
  const target = Buffer.alloc(BLOCK);
  source.copy(target);
  let copies = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end && !signal.aborted) {
    source.copy(target);
    copies++;
    if (copies % 4 === 0) await yieldToEvents();
  }
  const elapsed = (performance.now() - start) / 1000;
  return {
    name: 'memory-copy',
    score: Math.round(((copies * BLOCK) / elapsed / 1e9) * 100) / 100,
    unit: 'GB/s',
    parameters: { seconds, block_bytes: BLOCK },
  };
}
