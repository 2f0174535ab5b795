import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { PcdConfigError } from '../pcd-config.js';

/**
 * The relay's API keys file (`storage.api_keys_file`): the pcc keys the portal has accepted, one a line
 * (`#` starts a comment; an operator may list keys by hand). A key in it is trusted while the portal is away:
 * its batches are spooled and answered at once. pcd adds a key when the portal accepts a request made with
 * it, and removes it when the portal refuses it. The file is the operator's and pcd's alone (mode 600).
 */
export class KnownKeys {
  readonly #file: string;
  readonly #keys: Set<string>;

  constructor(file: string) {
    this.#file = file;
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT')
        throw new PcdConfigError(`storage.api_keys_file ${file}: cannot read it (${code ?? error})`);
    }
    this.#keys = new Set(
      text
        .split('\n')
        .map((line) => line.replace(/#.*/, '').trim())
        .filter((line) => line !== ''),
    );
    try {
      closeSync(openSync(file, 'a', 0o600));
    } catch (error) {
      throw new PcdConfigError(
        `storage.api_keys_file ${file}: cannot write it (${(error as NodeJS.ErrnoException).code ?? error})`,
      );
    }
  }

  get size(): number {
    return this.#keys.size;
  }

  has(key: string): boolean {
    return this.#keys.has(key);
  }

  /** Remembers a key the portal accepted (appended and flushed to disk before this returns). */
  add(key: string): void {
    if (this.#keys.has(key) || /\s|#/.test(key)) return;
    this.#keys.add(key);
    const fd = openSync(this.#file, 'a', 0o600);
    try {
      writeSync(fd, `${key}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  /** Forgets a key the portal refused (the file rewritten whole, comments and all, then swapped in). */
  remove(key: string): void {
    if (!this.#keys.delete(key)) return;
    const kept = readFileSync(this.#file, 'utf8')
      .split('\n')
      .filter((line) => line.replace(/#.*/, '').trim() !== key)
      .join('\n');
    const temporary = `${this.#file}.tmp`;
    writeFileSync(temporary, kept, { mode: 0o600 });
    renameSync(temporary, this.#file);
  }
}
