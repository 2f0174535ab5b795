import { isAscii } from 'node:buffer';

const NEWLINE = 0x0a;

/**
 * Decodes UTF-8 text. Captures are ASCII but for the odd device name, and ASCII is decoded as Latin-1, the
 * same characters, several times faster than through the UTF-8 decoder.
 */
export function decodeUtf8(bytes: Buffer, start: number, end: number): string {
  return bytes.toString(isAscii(bytes.subarray(start, end)) ? 'latin1' : 'utf8', start, end);
}

/**
 * Splits a stream of UTF-8 chunks into lines without their line feeds. Each chunk is decoded in one piece:
 * a line feed byte never occurs inside a multi-byte character, so cutting at line feeds is safe. Lines come
 * a chunk's worth at a time, which keeps the cost per line down to the JSON parsing the caller does.
 */
export class LineReader {
  readonly #chunks: AsyncIterator<Buffer, void, undefined>;
  /** The start of a line whose end has not been read yet. */
  #carry: Buffer[] = [];
  #batch: string[] = [];
  #index = 0;
  #ended = false;

  /** Reads `initial` first, then the rest of `chunks`. */
  constructor(initial: readonly Buffer[], chunks: AsyncIterator<Buffer, void, undefined>) {
    this.#chunks = chunks;
    for (const chunk of initial) this.#batch = this.#batch.concat(this.#split(chunk));
  }

  /** The next line, or undefined at the end. */
  async nextLine(): Promise<string | undefined> {
    while (this.#index >= this.#batch.length) {
      if (!(await this.#fill())) return undefined;
    }
    const line = this.#batch[this.#index];
    this.#index += 1;
    return line;
  }

  /** The lines not yet returned from the next chunk (at least one), or undefined at the end. */
  async nextLines(): Promise<readonly string[] | undefined> {
    while (this.#index >= this.#batch.length) {
      if (!(await this.#fill())) return undefined;
    }
    const lines = this.#index === 0 ? this.#batch : this.#batch.slice(this.#index);
    this.#index = this.#batch.length;
    return lines;
  }

  /** Reads the next chunk's lines into the batch; false when there is nothing more. */
  async #fill(): Promise<boolean> {
    if (this.#ended) return false;
    const next = await this.#chunks.next();
    this.#index = 0;
    if (next.done) {
      this.#ended = true;
      const last = this.#carry.length > 0 ? Buffer.concat(this.#carry).toString('utf8') : '';
      this.#carry = [];
      this.#batch = last === '' ? [] : [last];
      return this.#batch.length > 0;
    }
    this.#batch = this.#split(next.value);
    return true;
  }

  #split(chunk: Buffer): string[] {
    const first = chunk.indexOf(NEWLINE);
    if (first === -1) {
      if (chunk.length > 0) this.#carry.push(chunk);
      return [];
    }
    const head = chunk.subarray(0, first);
    const lines = [
      this.#carry.length > 0 ? Buffer.concat([...this.#carry, head]).toString('utf8') : head.toString('utf8'),
    ];
    this.#carry = [];
    const last = chunk.lastIndexOf(NEWLINE);
    if (last > first) {
      for (const line of decodeUtf8(chunk, first + 1, last).split('\n')) lines.push(line);
    }
    if (last + 1 < chunk.length) this.#carry.push(chunk.subarray(last + 1));
    return lines;
  }
}
