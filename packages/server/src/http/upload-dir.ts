import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRunning } from '@perfanalysis/pcc';

const PREFIX = 'perfanalysis-uploads-';
const OWN = `${PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`;

/**
 * The directory this process writes uploads to while they arrive: `<root>/perfanalysis-uploads-<pid>-<random>`,
 * created when missing. Each upload removes its own file when its request ends; a process that crashes
 * leaves its directory behind for `removeAbandonedUploadDirs`.
 */
export async function uploadDir(root: string = tmpdir()): Promise<string> {
  const dir = join(root, OWN);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** Removes this process's upload directory, when it stops. */
export async function removeUploadDir(root: string = tmpdir()): Promise<void> {
  await rm(join(root, OWN), { recursive: true, force: true });
}

/**
 * Removes the upload directories that servers no longer running left in `root` (a crash mid-upload leaves
 * its file there), and returns them. A directory of a process still running is kept, so servers sharing a
 * machine never remove each other's uploads; one with this process's pid but not its own was left by an
 * earlier process that had the same pid (a server that is pid 1 in its container, say).
 */
export async function removeAbandonedUploadDirs(root: string = tmpdir()): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(root)) {
    const pid = Number(new RegExp(`^${PREFIX}(\\d+)-`).exec(name)?.[1]);
    if (!pid || name === OWN || (pid !== process.pid && isRunning(pid))) continue;
    await rm(join(root, name), { recursive: true, force: true });
    removed.push(join(root, name));
  }
  return removed;
}
