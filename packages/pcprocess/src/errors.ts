/** A capture file that cannot be read: missing, unreadable, corrupt or not a capture. The message names the file. */
export class CaptureError extends Error {
  override readonly name = 'CaptureError';
}

/** The output directory or one of its files cannot be written. The message names the path. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}

const FS_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  EEXIST: 'a file of that name exists',
  ENOTDIR: 'a parent is not a directory',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
};

/** A file-system error in a few words, without Node's syscall and path decoration. */
export function fsReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && FS_REASONS[code] !== undefined) return FS_REASONS[code];
  return error instanceof Error ? error.message : String(error);
}
