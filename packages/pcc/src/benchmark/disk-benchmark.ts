import {
  accessSync,
  closeSync,
  constants,
  fsyncSync,
  openSync,
  readSync,
  statfsSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { BenchmarkResult } from '@perfanalysis/shared';

const BLOCK = 2 ** 20;
const RANDOM_BLOCK = 4096;

/**
 * Why the disk benchmark cannot run on a path, before anything is written: not a directory, not writable,
 * or less than twice the file's size free. undefined when it can.
 */
export function diskPathProblem(dir: string, sizeBytes: number): string | undefined {
  try {
    if (!statSync(dir).isDirectory()) return `--disk-path: ${dir} is not a directory`;
    accessSync(dir, constants.W_OK);
  } catch (error) {
    return `--disk-path: ${dir}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : 'not writable'}`;
  }
  const fs = statfsSync(dir);
  const free = fs.bavail * fs.bsize;
  if (free < 2 * sizeBytes)
    return `--disk-path: ${dir} has ${formatMiB(free)} free; the benchmark needs twice its ${formatMiB(sizeBytes)} file`;
  return undefined;
}

const formatMiB = (bytes: number): string => `${Math.floor(bytes / 2 ** 20)} MiB`;

/**
 * Sequential write and read of a `sizeBytes` file in 1 MiB blocks, then 4 KiB random reads for `seconds`
 * (one at a time), with O_DIRECT so the page cache does not answer; a filesystem that refuses O_DIRECT
 * (tmpfs) gets buffered I/O with fsync after writing, and a note on each result. The file, created in `dir`
 * only (O_EXCL, no symlink followed), is removed afterwards, also when stopped.
 */
export async function diskBenchmarks(
  dir: string,
  sizeBytes: number,
  seconds: number,
  signal: AbortSignal,
): Promise<BenchmarkResult[]> {
  const path = join(dir, `.pcc-benchmark-${process.pid}.tmp`);
  const remove = (): void => {
    try {
      unlinkSync(path);
    } catch {}
  };
  process.once('exit', remove);
  const blocks = Math.max(1, Math.floor(sizeBytes / BLOCK));
  const create = constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
  try {
    let direct = true;
    let fd: number;
    try {
      fd = openSync(path, create | constants.O_RDWR | constants.O_DIRECT, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EINVAL') throw error;
      direct = false;
      fd = openSync(path, create | constants.O_RDWR, 0o600);
    }
    const block = pageAlignedBlock(BLOCK);
    block.fill(0xa5);
    const note = direct
      ? undefined
      : 'O_DIRECT refused by this filesystem: buffered I/O (the page cache may answer)';
    const parameters = { path: dir, file_bytes: blocks * BLOCK, block_bytes: BLOCK, direct };
    try {
      let start = performance.now();
      for (let i = 0; i < blocks && !signal.aborted; i++) {
        writeSync(fd, block, 0, BLOCK, i * BLOCK);
        if (i % 16 === 15) await yieldToEvents();
      }
      fsyncSync(fd);
      const writeSeconds = (performance.now() - start) / 1000;
      start = performance.now();
      for (let i = 0; i < blocks && !signal.aborted; i++) {
        readSync(fd, block, 0, BLOCK, i * BLOCK);
        if (i % 16 === 15) await yieldToEvents();
      }
      const readSeconds = (performance.now() - start) / 1000;
      const small = block.subarray(0, RANDOM_BLOCK);
      const pages = (blocks * BLOCK) / RANDOM_BLOCK;
      let reads = 0;
      start = performance.now();
      const end = start + seconds * 1000;
      while (performance.now() < end && !signal.aborted) {
        readSync(fd, small, 0, RANDOM_BLOCK, Math.floor(Math.random() * pages) * RANDOM_BLOCK);
        if (++reads % 256 === 0) await yieldToEvents();
      }
      const randomSeconds = (performance.now() - start) / 1000;
      const mbps = (secs: number): number => Math.round((blocks * BLOCK) / secs / 1e6);
      const withNote = (result: BenchmarkResult): BenchmarkResult =>
        note === undefined ? result : { ...result, note };
      return [
        withNote({ name: 'disk-seq-write', score: mbps(writeSeconds), unit: 'MB/s', parameters }),
        withNote({ name: 'disk-seq-read', score: mbps(readSeconds), unit: 'MB/s', parameters }),
        withNote({
          name: 'disk-rand-read',
          score: Math.round(reads / randomSeconds),
          unit: 'IOPS',
          parameters: { ...parameters, block_bytes: RANDOM_BLOCK, queue_depth: 1, seconds },
        }),
      ];
    } finally {
      closeSync(fd);
    }
  } finally {
    remove();
    process.removeListener('exit', remove);
  }
}

/**
 * A block that starts on a page boundary. O_DIRECT accepts any start aligned to the device's logical block,
 * but a start off the page splits every request into more pieces: on this project's VM, 1 MiB direct writes
 * from a Buffer 16 bytes short of a page ran at 150 MB/s, from a page-aligned one at 950 MB/s (fio: 1,050).
 * Node cannot ask for aligned memory; a WebAssembly memory is mapped whole, so it starts on a page.
 */
declare const WebAssembly: { Memory: new (pages: { initial: number }) => { buffer: ArrayBuffer } };

function pageAlignedBlock(size: number): Buffer {
  const wasmPage = 65536;
  const memory = new WebAssembly.Memory({ initial: Math.ceil(size / wasmPage) });
  return Buffer.from(memory.buffer, 0, size);
}
