import type { ContainerCounters, RawSnapshot } from '@perfanalysis/shared';
import type { SnapshotSource } from './complete-resource-monitor.js';

export const T0 = 1_700_000_000_000;
const MiB = 1_048_576;

/** /proc/net/dev's 16 fields with the ones the ring uses set. */
function netCounters(
  rxBytes: number,
  rxPackets: number,
  rxErrs: number,
  rxDrops: number,
  txBytes: number,
  txPackets: number,
) {
  return [rxBytes, rxPackets, rxErrs, rxDrops, 0, 0, 0, 0, txBytes, txPackets, 0, 0, 0, 0, 0, 0];
}

function container(usageUsec: number, rbytes: number, rxBytes: number, rxPackets: number): ContainerCounters {
  return {
    name: 'web',
    runtime: 'docker',
    cgroup: '/system.slice/docker-abc123def4567890.scope',
    cpu: [usageUsec, usageUsec / 2, usageUsec / 2],
    memory_current: 512 * MiB,
    memory_max: 1024 * MiB,
    memory_stat: { anon: 256 * MiB, file: 200 * MiB, shmem: 8 * MiB, inactive_file: 100 * MiB },
    io: [rbytes, 0, rbytes / 4096, 0],
    pids: 12,
    net: netCounters(rxBytes, rxPackets, 0, 0, 0, 0),
  };
}

/**
 * Two snapshots two seconds apart. Over the interval: CPU 20% user, 1% nice, 5% system, 70% idle, 1% iowait,
 * 1% irq, 2% softirq; 1000 context switches/s, 500 interrupts/s; sda read 2 MiB/s (100 reads/s) and wrote
 * 1 MiB/s (50 writes/s), busy 50%; eth0 received 2 MiB/s (1000 pkt/s, 2 errors/s, 1 drop/s), sent 0.5 MiB/s
 * (500 pkt/s); the container used half a core, read 1 MiB/s
 * (256 reads/s) and received 1 MiB/s (1000 pkt/s).
 */
export function fixtureSnapshots(): [RawSnapshot, RawSnapshot] {
  const stat = (cpu: number[], ctxt: number, intr: number) => ({
    cpu,
    cpus: {},
    ctxt,
    intr,
    processes: 1000,
    procs_running: 3,
    procs_blocked: 1,
    btime: 1_600_000_000,
  });
  const meminfo = {
    MemTotal: 8_000_000,
    MemFree: 1_000_000,
    MemAvailable: 4_000_000,
    Buffers: 100_000,
    Cached: 2_000_000,
    SwapTotal: 2_097_152,
    SwapFree: 1_048_576,
  };
  const previous: RawSnapshot = {
    time: T0,
    mono: 10_000,
    stat: stat([100, 0, 50, 800, 50, 0, 0, 0, 0, 0], 1000, 500),
    meminfo,
    loadavg: [0.5, 0.25, 0.1],
    diskstats: { sda: [100, 0, 2048, 0, 50, 0, 4096, 0, 0, 100, 0] },
    netdev: { lo: netCounters(0, 0, 0, 0, 0, 0), eth0: netCounters(0, 0, 0, 0, 0, 0) },
    temperatures: { 'thermal_zone0/x86_pkg_temp': 44 },
    containers: { abc123def4567890: container(0, 0, 0, 0) },
  };
  const current: RawSnapshot = {
    time: T0 + 2000,
    mono: 12_000,
    stat: stat([300, 10, 100, 1500, 60, 10, 20, 0, 0, 0], 3000, 1500),
    meminfo,
    loadavg: [0.5, 0.25, 0.1],
    diskstats: { sda: [300, 0, 2048 + 8192, 0, 150, 0, 4096 + 4096, 0, 0, 1100, 0] },
    netdev: {
      lo: netCounters(9 * MiB, 9000, 0, 0, 9 * MiB, 9000),
      eth0: netCounters(4 * MiB, 2000, 4, 2, MiB, 1000),
    },
    temperatures: { 'thermal_zone0/x86_pkg_temp': 45.5 },
    containers: { abc123def4567890: container(1_000_000, 2 * MiB, 2 * MiB, 2000) },
  };
  return [previous, current];
}

/** Hands out the given snapshots in turn, then the last one again, each time two seconds later. */
export class FixtureSource implements SnapshotSource {
  reads = 0;
  /** When each read happened, by performance.now(). */
  readAt: number[] = [];
  closed = false;
  constructor(private readonly snapshots: readonly RawSnapshot[]) {}

  read(): RawSnapshot {
    const last = this.snapshots.length - 1;
    const snapshot = this.snapshots[Math.min(this.reads, last)];
    if (!snapshot) throw new Error('no snapshots');
    // Past the last one: the same counters, two seconds later each time.
    const later = Math.max(0, this.reads - last) * 2000;
    this.reads += 1;
    this.readAt.push(performance.now());
    return later === 0
      ? snapshot
      : { ...snapshot, time: snapshot.time + later, mono: (snapshot.mono ?? 0) + later };
  }

  close(): void {
    this.closed = true;
  }
}

/** Collects what a monitor prints. */
export class Collector {
  text = '';
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}
