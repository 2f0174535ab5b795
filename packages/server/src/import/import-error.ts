/** A file that cannot be imported, with where and why; nothing of it was stored. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${file}${line === undefined ? '' : `, line ${line}`}: ${reason}`);
  }

  /** The same message, naming the file as the user knows it (an upload's name, not its temporary path). */
  describe(name: string): string {
    return `${name}${this.line === undefined ? '' : `, line ${this.line}`}: ${this.reason}`;
  }
}
