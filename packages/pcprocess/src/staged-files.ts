import { randomBytes } from 'node:crypto';
import { type FileHandle, mkdir, open, rename, rmdir, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fsReason, OutputError } from './errors.js';

/** Output is gathered in buffers of this size, each written with one call once it is full. */
const BUFFER_BYTES = 1 << 20;
/** The most bytes UTF-8 needs for one UTF-16 code unit. */
const MAX_UTF8_BYTES_PER_UNIT = 3;

/**
 * A file being written under a temporary name. Text is encoded straight into large buffers, so that the many
 * small strings of CSV rows die young, and the buffers are written out by `flush`.
 */
export class StagedFile {
  readonly path: string;
  readonly temporaryPath: string;
  readonly #handle: FileHandle;
  #buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  #used = 0;
  /** Buffers filled and waiting for `flush`. */
  #filled: Buffer[] = [];

  constructor(path: string, temporaryPath: string, handle: FileHandle) {
    this.path = path;
    this.temporaryPath = temporaryPath;
    this.#handle = handle;
  }

  /** Queues text; nothing reaches the disk before `flush`. */
  write(text: string): void {
    if (text.length * MAX_UTF8_BYTES_PER_UNIT > this.#buffer.length - this.#used) {
      this.#retire();
      if (text.length * MAX_UTF8_BYTES_PER_UNIT > BUFFER_BYTES) {
        this.#filled.push(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.#used += this.#buffer.write(text, this.#used, 'utf8');
  }

  /** True when a whole buffer waits to be written. */
  get full(): boolean {
    return this.#filled.length > 0;
  }

  async flush(): Promise<void> {
    this.#retire();
    const buffers = this.#filled;
    this.#filled = [];
    try {
      for (const buffer of buffers) await this.#handle.writeFile(buffer);
    } catch (error) {
      throw new OutputError(`cannot write ${this.path}: ${fsReason(error)}`);
    }
  }

  async close(): Promise<void> {
    await this.#handle.close();
  }

  #retire(): void {
    if (this.#used === 0) return;
    this.#filled.push(this.#buffer.subarray(0, this.#used));
    this.#buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    this.#used = 0;
  }
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
