/** A file that cannot be imported, with where and why; nothing of it was stored. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? `${file}: ${message}` : `${file}, line ${line}: ${message}`);
  }
}
