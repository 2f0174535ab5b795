import { readdirSync, readFileSync, realpathSync } from 'node:fs';

/**
 * Reading sysfs during sensor discovery, where anything may be missing or unreadable (a driver without a
 * class directory, an attribute that answers EIO): each helper yields an empty result instead of throwing.
 */

/** The entries of a directory, in natural order (`hwmon2` before `hwmon10`); [] when unreadable. */
export function listDirectory(path: string): string[] {
  try {
    return readdirSync(path).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  } catch {
    return [];
  }
}

/** An attribute file's content, trimmed; undefined when unreadable. */
export function readAttribute(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** The canonical path a symlink leads to; undefined when it does not exist. */
export function resolveLink(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
