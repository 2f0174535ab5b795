import type { ReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { constants, createGunzip } from 'node:zlib';
import { CaptureError, fsReason } from './errors.js';

const CHUNK_BYTES = 1 << 20;

/** True when a file's first bytes are gzip's magic number, whatever the file is called. */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** The bytes of a capture file, decompressed when it is gzip, in large chunks. */
export interface ByteSource {
  /** The file's decompressed content; iterate once. */
  readonly chunks: AsyncGenerator<Buffer, void, undefined>;
  /** The file's size on disk. */
  readonly totalBytes: number;
  /** True for gzip. */
  readonly compressed: boolean;
  /** Bytes of the file (compressed bytes for gzip) consumed so far. */
  readonly bytesRead: number;
  /** Stops reading and releases the file; safe to call more than once. */
  close(): void;
}

/**
 * Opens a capture file for reading. Gzip is recognised by its magic bytes, whatever the name, and a gzip
 * stream that was flushed but never finished (the collector crashed) is read up to its last flush.
 */
export async function openByteSource(path: string): Promise<ByteSource> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new CaptureError(`${path}: ${fsReason(error)}`);
  }
  let totalBytes: number;
  let gzip: boolean;
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new CaptureError(`${path}: is a directory, not a capture file`);
    totalBytes = stat.size;
    const magic = Buffer.alloc(2);
    const { bytesRead } = await handle.read(magic, 0, 2, 0);
    gzip = isGzip(magic.subarray(0, bytesRead));
  } catch (error) {
    await handle.close();
    throw error instanceof CaptureError ? error : new CaptureError(`${path}: ${fsReason(error)}`);
  }
  const file: ReadStream = handle.createReadStream({ start: 0, highWaterMark: CHUNK_BYTES });
  const gunzip = gzip
    ? createGunzip({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: CHUNK_BYTES })
    : undefined;
  if (gunzip) file.on('error', (error) => gunzip.destroy(error));
  const stream: Readable = gunzip ? file.pipe(gunzip) : file;
  let bytesRead = 0;
  const close = (): void => {
    gunzip?.destroy();
    file.destroy();
  };
  async function* chunks(): AsyncGenerator<Buffer, void, undefined> {
    try {
      for await (const chunk of stream) {
        const buffer: Buffer = chunk;
        bytesRead = gunzip ? gunzip.bytesWritten : bytesRead + buffer.length;
        yield buffer;
      }
    } catch (error) {
      throw readError(path, error);
    } finally {
      close();
    }
  }
  return {
    chunks: chunks(),
    totalBytes,
    compressed: gzip,
    get bytesRead() {
      return bytesRead;
    },
    close,
  };
}

function readError(path: string, error: unknown): CaptureError {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('Z_')) {
    return new CaptureError(`${path}: corrupt gzip data (${(error as Error).message})`);
  }
  return new CaptureError(`${path}: ${fsReason(error)}`);
}
