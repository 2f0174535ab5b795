import {
  CAPTURE_FORMAT,
  type CaptureHeader,
  type ContainerCounters,
  type RawSnapshot,
} from '@perfanalysis/shared';

/**
 * A pcc capture of a load test on a made-up 4-CPU server: the load ramps up, holds with a wave on it and
 * ramps down; CPUs, two disks, an interface, two filesystems, a sensor and two containers follow it.
 * Deterministic, so screenshots and assertions are the same on every machine.
 */
export interface LoadProfile {
  readonly hostname: string;
  /** Seconds of capture, one snapshot a second. */
  readonly seconds: number;
  /** How hard the CPUs work at full load: 1 uses most of them. */
  readonly cpuScale: number;
  readonly ioScale: number;
  readonly netScale: number;
  /** Stolen time at full load, in percent (a busy hypervisor). */
  readonly steal?: number;
  /** Seconds from the start during which no snapshot was taken (the agent was stopped): a gap. */
  readonly gap?: readonly [number, number];
  readonly start?: Date;
  /** False: a machine without swap (SwapTotal 0). */
  readonly swap?: boolean;
}

const CPUS = 4;
const GIB_KB = 1024 * 1024;

/** 0 → 1 over the first fifth, a plateau with a slow wave, 1 → 0 over the last sixth. */
export function loadAt(t: number, seconds: number): number {
  const up = seconds * 0.2;
  const down = seconds * (1 - 1 / 6);
  const base = t < up ? t / up : t > down ? Math.max(0, (seconds - t) / (seconds - down)) : 1;
  return Math.max(0, Math.min(1, base * (0.88 + 0.12 * Math.sin(t / 23))));
}

class Counter {
  #value: number;
  constructor(start: number) {
    this.#value = start;
  }
  add(amount: number): number {
    this.#value += Math.max(0, amount);
    return Math.round(this.#value);
  }
  get value(): number {
    return Math.round(this.#value);
  }
}

function header(profile: LoadProfile, start: Date): CaptureHeader {
  return {
    format: CAPTURE_FORMAT,
    version: 1,
    agent: 'pcc/0.1.0',
    host: {
      hostname: profile.hostname,
      os_name: 'Ubuntu',
      os_version: '24.04 LTS',
      kernel: '6.8.0-45-generic',
      arch: 'x86_64',
      cpu_vendor: 'GenuineIntel',
      cpu_model: 'Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz',
      cpu_count: CPUS,
      mem_total_mb: 16384,
      ip_addresses: ['10.0.0.4'],
      storage_gb: 600,
    },
    start: start.toISOString(),
    frequency: 1,
    duration: profile.seconds,
  };
}

/** The capture as JSON Lines: the header, then one raw snapshot a second (none inside the gap). */
export function loadCapture(profile: LoadProfile): string {
  const start = profile.start ?? new Date(Date.UTC(2026, 0, 12, 9, 0, 0));
  const swapKb = profile.swap === false ? 0 : 2 * GIB_KB;
  const lines = [JSON.stringify(header(profile, start))];
  const cpus = Array.from({ length: CPUS }, (_, c) =>
    Array.from({ length: 10 }, (_, f) => new Counter(1e6 * (c + 1) + f * 1000)),
  );
  const disks = {
    sda: Array.from({ length: 11 }, (_, f) => new Counter(5000 + f)),
    nvme0n1: Array.from({ length: 11 }, (_, f) => new Counter(9000 + f)),
  };
  const nets = {
    eth0: Array.from({ length: 16 }, () => new Counter(1e6)),
    lo: Array.from({ length: 16 }, () => new Counter(1e4)),
  };
  const ctxt = new Counter(1e8);
  const intr = new Counter(5e7);
  const containers = {
    web: {
      cpu: [new Counter(1e9), new Counter(8e8), new Counter(2e8)],
      io: [new Counter(1e6), new Counter(1e7), new Counter(100), new Counter(1000)],
      net: Array.from({ length: 16 }, () => new Counter(1e5)),
      cores: 1.6,
      memGiB: 0.8,
    },
    db: {
      cpu: [new Counter(3e9), new Counter(2e9), new Counter(1e9)],
      io: [new Counter(5e7), new Counter(9e7), new Counter(4000), new Counter(9000)],
      net: Array.from({ length: 16 }, () => new Counter(1e5)),
      cores: 0.9,
      memGiB: 3.2,
    },
  };
  let load1 = 0.2;
  let load5 = 0.2;
  let load15 = 0.2;
  for (let t = 0; t < profile.seconds; t++) {
    const load = loadAt(t, profile.seconds);
    const wave = Math.sin(t / 7) * 0.5 + 0.5;
    // Per CPU: jiffies this second, 100 in all.
    const cpuRows = cpus.map((fields, c) => {
      const skew = 1 - c * 0.08;
      const busy = Math.min(97, 3 + profile.cpuScale * load * skew * (72 + 8 * wave));
      const steal = (profile.steal ?? 0) * load;
      const iowait = profile.ioScale * load * 2.5;
      const parts = [busy * 0.68, 0.4, busy * 0.21, 0, iowait, busy * 0.02, busy * 0.06, steal, 0, 0];
      parts[3] = Math.max(0, 100 - parts.reduce((a, b) => a + b, 0));
      return fields.map((counter, f) => counter.add(parts[f] ?? 0));
    });
    const total = cpuRows[0]?.map((_, f) => cpuRows.reduce((sum, row) => sum + (row[f] ?? 0), 0)) ?? [];
    const running = profile.cpuScale * load * CPUS * 0.9 + 0.3;
    load1 += (running - load1) * (1 - Math.exp(-1 / 60));
    load5 += (running - load5) * (1 - Math.exp(-1 / 300));
    load15 += (running - load15) * (1 - Math.exp(-1 / 900));
    const diskRow = (fields: Counter[], scale: number) => {
      const reads = scale * load * (120 + 40 * wave);
      const writes = scale * load * (380 + 90 * wave) + 2;
      return fields.map((counter, f) => {
        const amount =
          [
            reads,
            reads * 0.1,
            reads * 32,
            reads * 0.55,
            writes,
            writes * 0.3,
            writes * 24,
            writes * 1.1,
            0,
            Math.min(1000, (reads + writes) * 1.6),
            (reads + writes) * 2,
          ][f] ?? 0;
        return counter.add(amount);
      });
    };
    const netRow = (fields: Counter[], bytes: number) =>
      fields.map((counter, f) => {
        const amount =
          [
            bytes,
            bytes / 1100,
            0,
            f === 3 && load > 0.95 ? 1 : 0,
            0,
            0,
            0,
            0,
            bytes * 0.28,
            (bytes * 0.28) / 900,
            0,
            0,
            0,
            0,
            0,
            0,
          ][f] ?? 0;
        return counter.add(amount);
      });
    const sda = diskRow(disks.sda, profile.ioScale);
    const nvme = diskRow(disks.nvme0n1, profile.ioScale * 0.35);
    const eth0 = netRow(nets.eth0, profile.netScale * load * (35e6 + 10e6 * wave) + 8000);
    const lo = netRow(nets.lo, 20_000 + 5000 * wave);
    const memAvailable = 16 * GIB_KB * (0.72 - 0.38 * load * profile.cpuScale);
    const cached = 4.2 * GIB_KB + t * 40;
    const c = (name: 'web' | 'db', id: string): [string, ContainerCounters] => {
      const box = containers[name];
      const used = box.cores * load * profile.cpuScale * 1e6;
      const rxBytes = profile.netScale * load * (name === 'web' ? 25e6 : 6e6);
      return [
        id,
        {
          name,
          runtime: 'docker',
          cgroup: `/system.slice/docker-${id}.scope`,
          cpu: [
            box.cpu[0]?.add(used) ?? 0,
            box.cpu[1]?.add(used * 0.8) ?? 0,
            box.cpu[2]?.add(used * 0.2) ?? 0,
          ],
          memory_current: Math.round((box.memGiB + 0.6 * load) * 1024 ** 3),
          memory_max: null,
          memory_stat: {
            anon: Math.round(box.memGiB * 0.7 * 1024 ** 3),
            file: Math.round(box.memGiB * 0.3 * 1024 ** 3),
            inactive_file: Math.round(box.memGiB * 0.1 * 1024 ** 3),
          },
          io: [
            box.io[0]?.add(load * 2e6) ?? 0,
            box.io[1]?.add(load * (name === 'db' ? 9e6 : 1e6)) ?? 0,
            box.io[2]?.add(load * 40) ?? 0,
            box.io[3]?.add(load * 160) ?? 0,
          ],
          pids: name === 'web' ? 42 : 18,
          net: box.net.map((counter, f) =>
            counter.add(
              [rxBytes, rxBytes / 1100, 0, 0, 0, 0, 0, 0, rxBytes * 0.4, (rxBytes * 0.4) / 900][f] ?? 0,
            ),
          ),
        },
      ];
    };
    const snapshot: RawSnapshot = {
      time: start.getTime() + t * 1000,
      mono: 5_000_000 + t * 1000,
      stat: {
        cpu: total,
        cpus: Object.fromEntries(cpuRows.map((row, i) => [`cpu${i}`, row])),
        ctxt: ctxt.add(4000 + 60_000 * load * profile.cpuScale),
        intr: intr.add(2500 + 30_000 * load),
        processes: 20_000 + t * 3,
        procs_running: Math.max(1, Math.round(running)),
        procs_blocked: load > 0.8 && profile.ioScale > 1 ? 1 : 0,
        btime: Math.floor(start.getTime() / 1000) - 86_400,
      },
      meminfo: {
        MemTotal: 16 * GIB_KB,
        MemFree: Math.round(memAvailable - cached * 0.7),
        MemAvailable: Math.round(memAvailable),
        Buffers: 310 * 1024,
        Cached: Math.round(cached),
        SwapTotal: swapKb,
        SwapFree: Math.round(swapKb - (swapKb > 0 && load > 0.9 ? 64 * 1024 : 0)),
        Shmem: 200 * 1024,
        SReclaimable: 400 * 1024,
      },
      loadavg: [Number(load1.toFixed(2)), Number(load5.toFixed(2)), Number(load15.toFixed(2))],
      diskstats: { sda, nvme0n1: nvme },
      netdev: { eth0, lo },
      filesystems: [
        {
          mount: '/',
          fstype: 'ext4',
          source: '/dev/sda1',
          size: 100e9,
          free: 61e9 - t * 2e5,
          avail: 56e9 - t * 2e5,
          files: 6.5e6,
          files_free: 5.9e6,
        },
        {
          mount: '/data',
          fstype: 'xfs',
          source: '/dev/nvme0n1',
          size: 500e9,
          free: 320e9 - t * 9e6 * profile.ioScale,
          avail: 320e9 - t * 9e6 * profile.ioScale,
          files: 2.4e8,
          files_free: 2.39e8,
        },
      ],
      temperatures: {
        'coretemp Package id 0': Math.round((41 + 38 * load * profile.cpuScale + 2 * wave) * 10) / 10,
      },
      containers: Object.fromEntries([c('web', '3f1c2a9b7d10'), c('db', '8e44b07c1a52')]),
    };
    if (profile.gap && t >= profile.gap[0] && t < profile.gap[1]) continue;
    lines.push(JSON.stringify(snapshot));
  }
  return `${lines.join('\n')}\n`;
}
