import { round2 } from './counter.js';

export interface MemoryFigures {
  mem_total: number;
  mem_used: number;
  mem_available: number;
  mem_free: number;
  mem_buffers: number;
  mem_cached: number;
  swap_total: number;
  swap_used: number;
}

const mb = (kb: number): number => round2(kb / 1024);

/**
 * Memory in MB from /proc/meminfo (kB). used = MemTotal − MemAvailable. Kernels before 3.14 have no
 * MemAvailable; there it is estimated as MemFree + Buffers + Cached + SReclaimable − Shmem (the page cache
 * and slab the kernel can reclaim, as Netdata counts it), clamped to [0, MemTotal].
 */
export function memoryFigures(meminfo: Readonly<Record<string, number>>): MemoryFigures {
  const kb = (key: string): number => meminfo[key] ?? 0;
  const total = kb('MemTotal');
  const estimated = kb('MemFree') + kb('Buffers') + kb('Cached') + kb('SReclaimable') - kb('Shmem');
  const available = meminfo.MemAvailable ?? Math.min(Math.max(estimated, 0), total);
  return {
    mem_total: mb(total),
    mem_used: mb(total - available),
    mem_available: mb(available),
    mem_free: mb(kb('MemFree')),
    mem_buffers: mb(kb('Buffers')),
    mem_cached: mb(kb('Cached')),
    swap_total: mb(kb('SwapTotal')),
    swap_used: mb(Math.max(kb('SwapTotal') - kb('SwapFree'), 0)),
  };
}
