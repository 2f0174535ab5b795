import { type CounterBits, counterDelta, round2 } from './counter.js';
import type { DeviceFilters } from './device-filters.js';
import type { DiskSample } from './sample.js';
import { type DiskCounters, DISK_FIELD as F } from './snapshot.js';

const SECTOR_BYTES = 512;

export interface DiskTotals {
  disk_read_bytes: number;
  disk_write_bytes: number;
  disk_read_ops: number;
  disk_write_ops: number;
  disk_util: number;
}

/**
 * Per-device disk rates and the host totals. Bytes are sectors × 512; util is the share of the interval with
 * I/O in flight (Δ io ms / Δ ms), capped at 100. Totals add whole disks only, and util is the busiest one's.
 * The millisecond fields are 32-bit on every kernel (`%u`); the others are as wide as the kernel's word.
 */
export function deriveDisks(
  previous: Readonly<Record<string, DiskCounters>>,
  current: Readonly<Record<string, DiskCounters>>,
  seconds: number,
  filters: DeviceFilters,
  word: CounterBits,
): { disks: DiskSample[]; totals: DiskTotals } {
  const disks: DiskSample[] = [];
  const totals: DiskTotals = {
    disk_read_bytes: 0,
    disk_write_bytes: 0,
    disk_read_ops: 0,
    disk_write_ops: 0,
    disk_util: 0,
  };
  for (const device in current) {
    const cur = current[device];
    const prev = previous[device];
    if (cur === undefined || prev === undefined || filters.diskExclude.test(device)) continue;
    const d = (i: number): number => counterDelta(prev[i] ?? 0, cur[i] ?? 0, word);
    const ms = (i: number): number => counterDelta(prev[i] ?? 0, cur[i] ?? 0, 32);
    const reads = d(F.reads);
    const writes = d(F.writes);
    const ops = reads + writes;
    const readBytes = (d(F.sectorsRead) * SECTOR_BYTES) / seconds;
    const writeBytes = (d(F.sectorsWritten) * SECTOR_BYTES) / seconds;
    const util = Math.min(100, (ms(F.ioMs) / (seconds * 1000)) * 100);
    disks.push({
      device,
      read_bytes: round2(readBytes),
      write_bytes: round2(writeBytes),
      read_ops: round2(reads / seconds),
      write_ops: round2(writes / seconds),
      util: round2(util),
      await_ms: ops > 0 ? round2((ms(F.readMs) + ms(F.writeMs)) / ops) : 0,
    });
    if (filters.diskTotalsExclude.test(device)) continue;
    totals.disk_read_bytes += readBytes;
    totals.disk_write_bytes += writeBytes;
    totals.disk_read_ops += reads / seconds;
    totals.disk_write_ops += writes / seconds;
    totals.disk_util = Math.max(totals.disk_util, util);
  }
  totals.disk_read_bytes = round2(totals.disk_read_bytes);
  totals.disk_write_bytes = round2(totals.disk_write_bytes);
  totals.disk_read_ops = round2(totals.disk_read_ops);
  totals.disk_write_ops = round2(totals.disk_write_ops);
  totals.disk_util = round2(totals.disk_util);
  return { disks, totals };
}
