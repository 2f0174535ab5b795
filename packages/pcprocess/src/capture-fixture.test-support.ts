/** Test support: synthetic captures whose derived figures are known exactly, and temporary directories. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, createGzip } from 'node:zlib';
import {
  CAPTURE_FORMAT,
  type CaptureHeader,
  type ContainerCounters,
  type RawSnapshot,
} from '@perfanalysis/shared';

/** When the first snapshot was taken: 2024-01-01T00:00:00Z. */
export const START = Date.UTC(2024, 0, 1);

/** The header of every synthetic capture: a 2-CPU machine, one snapshot a second. */
export const HEADER: CaptureHeader = {
  format: CAPTURE_FORMAT,
  version: 1,
  agent: 'pcc/0.1.0',
  host: {
    hostname: 'test-vm',
    os_name: 'Ubuntu',
    os_version: '22.04',
    kernel: '6.5.0',
    arch: 'x86_64',
    cpu_vendor: 'GenuineIntel',
    cpu_model: 'Test CPU',
    cpu_count: 2,
    mem_total_mb: 8192,
    ip_addresses: ['10.0.0.4'],
    storage_gb: 30,
  },
  start: new Date(START).toISOString(),
  frequency: 1,
  duration: 60,
};

const cpu = (i: number, scale: number): number[] => [
  // user nice system idle iowait irq softirq steal guest guest_nice
  1000 + 30 * i * scale,
  0,
  500 + 10 * i * scale,
  8000 + 50 * i * scale,
  100 + 5 * i * scale,
  0,
  0,
  20 + 5 * i * scale,
  0,
  0,
];

const disk = (i: number, sectorsRead: number, reads: number): number[] => [
  // reads, merged, sectors read, read ms, writes, merged, sectors written, write ms, in flight, io ms, weighted
  100 + reads * i,
  0,
  1000 + sectorsRead * i,
  10 + 2 * reads * i,
  50 + 5 * i,
  0,
  500 + 1024 * i,
  5 + 5 * i,
  0,
  200 + 250 * i,
  0,
];

const net = (i: number, rx: number, tx: number): number[] => [
  rx * i,
  10 * i,
  0,
  0,
  0,
  0,
  0,
  0,
  tx * i,
  5 * i,
  0,
  0,
  0,
  0,
  0,
  0,
];

export const WEB_ID = 'a1'.repeat(32);
export const DB_ID = 'd4'.repeat(32);
const MiB = 1024 * 1024;

/**
 * Containers: `web` (docker) from the start, per second 50% of a core, 1 MiB read in 10 reads, 512 KiB
 * written in 5, 2000 bytes in and 1000 out; 256 MB used of a 512 MB limit, 128 MB anon, 64 MB page cache of
 * which 32 MB inactive. `db` (podman) from the third snapshot on: one core, no memory limit.
 */
function containers(i: number): Record<string, ContainerCounters> {
  const web = {
    name: 'web',
    runtime: 'docker',
    cgroup: `/system.slice/docker-${WEB_ID}.scope`,
    cpu: [500_000 * i, 300_000 * i, 200_000 * i],
    memory_current: 256 * MiB,
    memory_max: 512 * MiB,
    memory_stat: { anon: 128 * MiB, file: 64 * MiB, inactive_file: 32 * MiB },
    io: [MiB * i, (MiB / 2) * i, 10 * i, 5 * i],
    pids: 12,
    net: net(i, 2000, 1000),
  };
  if (i < 2) return { [WEB_ID]: web };
  const db = {
    name: 'db',
    runtime: 'podman',
    cgroup: `/machine.slice/libpod-${DB_ID}.scope`,
    cpu: [1_000_000 * i, 800_000 * i, 200_000 * i],
    memory_current: 1024 * MiB,
    memory_max: null,
    memory_stat: { anon: 900 * MiB, file: 100 * MiB, inactive_file: 50 * MiB },
    io: [0, 4096 * i, 0, i],
    pids: 30,
    net: net(i, 500, 500),
  };
  return { [WEB_ID]: web, [DB_ID]: db };
}

/**
 * The i-th snapshot, one second after the previous. Per second: CPU 30% user, 10% system, 5% iowait,
 * 50% idle, 5% steal; sda reads 1 MiB in 10 reads and writes 512 KiB in 5 writes, 25% busy; eth0 receives
 * 1000 and sends 500 bytes (10 and 5 packets); lo's traffic stays out of the totals. Memory: 8192 MB total,
 * 6144 available, 256 buffers, 1024 cached.
 */
export function snapshot(i: number): RawSnapshot {
  return {
    time: START + 1000 * i,
    mono: 5_000_000 + 1000 * i,
    stat: {
      cpu: cpu(i, 2),
      cpus: { cpu0: cpu(i, 1), cpu1: cpu(i, 1) },
      ctxt: 1000 * i,
      intr: 500 * i,
      processes: 100,
      procs_running: 2,
      procs_blocked: 0,
      btime: START / 1000 - 3600,
    },
    meminfo: {
      MemTotal: 8 * 1024 * 1024,
      MemFree: 1024 * 1024,
      MemAvailable: 6 * 1024 * 1024,
      Buffers: 256 * 1024,
      Cached: 1024 * 1024,
      SwapTotal: 0,
      SwapFree: 0,
    },
    loadavg: [0.5, 0.25, 0.1],
    diskstats: { sda: disk(i, 2048, 10), sda1: disk(i, 2048, 10), loop0: disk(i, 8, 1) },
    netdev: { lo: net(i, 100, 100), eth0: net(i, 1000, 500) },
    filesystems: [
      {
        mount: '/',
        fstype: 'ext4',
        source: '/dev/sda1',
        size: 30 * 1024 ** 3,
        free: 20 * 1024 ** 3,
        avail: 18 * 1024 ** 3,
        files: 1000,
        files_free: 600,
      },
    ],
    temperatures: { 'coretemp/Core 0': 45 + i },
    // cpu1 has no frequency (no cpufreq, no cpu MHz for it): its mhz column is empty.
    cpu_mhz: { cpu0: 2400 + i * 100.123 },
    containers: containers(i),
  };
}

/** The JSON Lines of a capture: the header and `count` snapshots, each line ending with a line feed. */
export function captureLines(count: number): string {
  let text = `${JSON.stringify(HEADER)}\n`;
  for (let i = 0; i < count; i += 1) text += `${JSON.stringify(snapshot(i))}\n`;
  return text;
}

/**
 * Gzip as the collector writes it and as a crash leaves it: each piece followed by a sync flush, the stream
 * never finished (no trailer).
 */
export async function gzipUnfinished(pieces: readonly string[]): Promise<Buffer> {
  const gzip = createGzip();
  const out: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => out.push(chunk));
  for (const piece of pieces) {
    gzip.write(piece);
    await new Promise<void>((done) => gzip.flush(constants.Z_SYNC_FLUSH, () => done()));
  }
  const result = Buffer.concat(out);
  gzip.destroy();
  return result;
}

/** A temporary directory for one test, removed afterwards. */
export async function withTempDir(body: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'pcprocess-test-'));
  try {
    await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Writes `content` to `name` in `dir` and returns the path. */
export async function writeCapture(dir: string, name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}
