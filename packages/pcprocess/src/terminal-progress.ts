import { formatProgress } from '@perfanalysis/shared';

/** The shortest time between two redraws of the progress bar. */
const REDRAW_MS = 100;

/** A progress bar on one terminal line, redrawn at most ten times a second. */
export class TerminalProgress {
  readonly #stream: NodeJS.WriteStream;
  readonly #started = Date.now();
  #drawnAt = 0;
  #drawn = false;

  constructor(stream: NodeJS.WriteStream) {
    this.#stream = stream;
  }

  update(bytesRead: number, totalBytes: number, samples: number): void {
    const now = Date.now();
    if (now - this.#drawnAt < REDRAW_MS) return;
    this.#drawnAt = now;
    const line = formatProgress(bytesRead, totalBytes, now - this.#started, `${samples} samples`);
    const width = this.#stream.columns > 1 ? this.#stream.columns - 1 : line.length;
    this.#stream.write(`\r${line.slice(0, width)}\x1b[K`);
    this.#drawn = true;
  }

  /** Erases the bar, if it was drawn. */
  clear(): void {
    if (this.#drawn) this.#stream.write('\r\x1b[K');
    this.#drawn = false;
  }
}
