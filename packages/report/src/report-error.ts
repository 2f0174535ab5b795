/** A problem with what a report was asked for (no such data, a bad file, an unwritable folder), in words. */
export class ReportError extends Error {
  override readonly name = 'ReportError';
}
