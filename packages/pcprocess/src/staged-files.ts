import { randomBytes } from 'node:crypto';
import { type FileHandle, mkdir, open, rename, rmdir, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fsReason, OutputError } from './errors.js';

/**
 * A file being written under a temporary name. Its content is queued in large pieces, written out by `flush`.
 */
export class StagedFile {
  readonly path: string;
  readonly temporaryPath: string;
  readonly #handle: FileHandle;
  /** Pieces waiting for `flush`, in order. */
  #pending: Uint8Array[] = [];
  #pendingBytes = 0;

  constructor(path: string, temporaryPath: string, handle: FileHandle) {
    this.path = path;
    this.temporaryPath = temporaryPath;
    this.#handle = handle;
  }

  /** Queues text (as UTF-8) or bytes; nothing reaches the disk before `flush`. */
  write(data: string | Uint8Array): void {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (bytes.length === 0) return;
    this.#pending.push(bytes);
    this.#pendingBytes += bytes.length;
  }

  /** Bytes queued and not yet written. */
  get pendingBytes(): number {
    return this.#pendingBytes;
  }

  async flush(): Promise<void> {
    let pending = this.#pending;
    this.#pending = [];
    this.#pendingBytes = 0;
    try {
      while (pending.length > 0) {
        const batch = pending.slice(0, MAX_PIECES_PER_WRITE);
        const { bytesWritten } = await this.#handle.writev(batch);
        if (bytesWritten === 0) throw new Error('nothing could be written');
        pending = unwritten(pending, bytesWritten);
      }
    } catch (error) {
      throw new OutputError(`cannot write ${this.path}: ${fsReason(error)}`);
    }
  }

  async close(): Promise<void> {
    await this.#handle.close();
  }
}

/** Pieces handed to one writev call: below the IOV_MAX of every system Node runs on. */
const MAX_PIECES_PER_WRITE = 512;

/** What remains of `pieces` once their first `written` bytes are out. */
function unwritten(pieces: Uint8Array[], written: number): Uint8Array[] {
  let rest = written;
  let i = 0;
  while (i < pieces.length && rest >= (pieces[i] as Uint8Array).length) {
    rest -= (pieces[i] as Uint8Array).length;
    i += 1;
  }
  const remaining = pieces.slice(i);
  const first = remaining[0];
  if (first !== undefined && rest > 0) remaining[0] = first.subarray(rest);
  return remaining;
}

/**
 * Output files of one run in one directory, written to temporary names and renamed into place together only
 * once all of them are complete: a failed run leaves neither half-written files nor clobbered results of an
 * earlier run. The directory is created when missing, and removed again by `discard` if it stayed empty.
 */
export class StagedFiles {
  readonly files: readonly StagedFile[];
  readonly #createdDirectory: string | undefined;
  readonly #directory: string;

  private constructor(directory: string, createdDirectory: string | undefined, files: readonly StagedFile[]) {
    this.#directory = directory;
    this.#createdDirectory = createdDirectory;
    this.files = files;
  }

  /** Creates the temporary files for `names` in `directory`, in that order. */
  static async create(directory: string, names: readonly string[]): Promise<StagedFiles> {
    let created: string | undefined;
    try {
      created = await mkdir(directory, { recursive: true });
    } catch (error) {
      throw new OutputError(`cannot create the output directory ${directory}: ${fsReason(error)}`);
    }
    const files: StagedFile[] = [];
    const suffix = `${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    try {
      for (const name of names) {
        const temporaryPath = join(directory, `.${name}.${suffix}`);
        let handle: FileHandle;
        try {
          handle = await open(temporaryPath, 'wx');
        } catch (error) {
          throw new OutputError(`cannot write in ${directory}: ${fsReason(error)}`);
        }
        files.push(new StagedFile(join(directory, name), temporaryPath, handle));
      }
    } catch (error) {
      await new StagedFiles(directory, created, files).discard();
      throw error;
    }
    return new StagedFiles(directory, created, files);
  }

  /** The staged file that will be named `name`. */
  file(name: string): StagedFile {
    const path = join(this.#directory, name);
    const file = this.files.find((staged) => staged.path === path);
    if (file === undefined) throw new Error(`${name} is not staged`);
    return file;
  }

  async flush(): Promise<void> {
    for (const file of this.files) await file.flush();
  }

  /**
   * Writes what is pending, closes the files and renames them into place; returns their final paths. After a
   * failure, `discard` removes what is left.
   */
  async commit(): Promise<string[]> {
    await this.flush();
    for (const file of this.files) await file.close();
    for (const file of this.files) {
      try {
        await rename(file.temporaryPath, file.path);
      } catch (error) {
        throw new OutputError(`cannot create ${file.path}: ${fsReason(error)}`);
      }
    }
    return this.files.map((file) => file.path);
  }

  /** Closes and deletes the temporary files, and the output directory if this run created it and it is empty. */
  async discard(): Promise<void> {
    for (const file of this.files) {
      await file.close().catch(() => undefined);
      await unlink(file.temporaryPath).catch(() => undefined);
    }
    if (this.#createdDirectory === undefined) return;
    const top = resolve(this.#createdDirectory);
    for (let dir = resolve(this.#directory); await removeIfEmpty(dir); dir = dirname(dir)) {
      if (dir === top) return;
    }
  }
}

async function removeIfEmpty(directory: string): Promise<boolean> {
  return rmdir(directory).then(
    () => true,
    () => false,
  );
}
