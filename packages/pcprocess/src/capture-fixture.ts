/** Test support: synthetic captures whose derived figures are known exactly, and temporary directories. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, createGzip } from 'node:zlib';
import { CAPTURE_FORMAT, type CaptureHeader, type RawSnapshot } from '@perfanalysis/shared';

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
