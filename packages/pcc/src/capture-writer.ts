import { closeSync, openSync, writeSync } from 'node:fs';
import type { CaptureHeader, RawSnapshot } from '@perfanalysis/shared';

/**
 * Appends a capture file: the header, then one snapshot a line. Plain files get each line in a single
 * write, so a crash loses at most the last line. Files ending in `.gz` are gzip with a sync flush after
 * every line, so everything written before a crash can still be decompressed.
 */
export interface CaptureWriter {
  write(snapshot: RawSnapshot): void;
  close(): Promise<void>;
}

/** Opens (creating or truncating) the capture file and writes its header; throws a clear error if it cannot. */
export async function openCaptureWriter(path: string, header: CaptureHeader): Promise<CaptureWriter> {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new Error(`cannot write the capture file ${path}: ${code ?? message}`);
  }
  const writer = path.endsWith('.gz') ? await gzipWriter(fd) : plainWriter(fd);
  writer.writeLine(JSON.stringify(header));
  return {
    write: (snapshot) => writer.writeLine(JSON.stringify(snapshot)),
    close: writer.close,
  };
}

interface LineWriter {
  writeLine(line: string): void;
  close(): Promise<void>;
}

function plainWriter(fd: number): LineWriter {
  return {
    writeLine: (line) => {
      writeSync(fd, `${line}\n`);
    },
    close: async () => closeSync(fd),
  };
}

/** zlib and streams are loaded only for gzip captures. */
async function gzipWriter(fd: number): Promise<LineWriter> {
  const { constants, createGzip } = await import('node:zlib');
  const { createWriteStream } = await import('node:fs');
  const { finished } = await import('node:stream/promises');
  const gzip = createGzip({ level: 6 });
  const out = createWriteStream('', { fd });
  gzip.pipe(out);
  return {
    writeLine: (line) => {
      gzip.write(`${line}\n`);
      gzip.flush(constants.Z_SYNC_FLUSH);
    },
    close: async () => {
      gzip.end();
      await finished(out);
    },
  };
}
