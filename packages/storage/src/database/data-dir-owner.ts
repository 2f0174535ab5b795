import { createHash } from 'node:crypto';
import { readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Exactly one process owns an embedded data directory: PGlite opened twice on one directory destroys it.
 *
 * The lock is an abstract Unix socket (Linux) named after the directory: binding it is atomic, so of two
 * processes racing for a directory exactly one wins, and the kernel drops it the moment its process dies —
 * kill -9 included — so a crashed owner never leaves a lock behind to take over. The owner also writes
 * OWNER_FILE into the directory: who it is, for the messages of those who find it taken (the file itself
 * locks nothing; a stale one is overwritten by the next owner).
 */
export interface OwnerInfo {
  readonly pid: number;
  readonly hostname: string;
  readonly startedAt: string;
  readonly command: string;
  /** The Unix socket the owner serves the database on, for other processes; absent when it does not. */
  readonly socket?: string | undefined;
}

export interface Ownership {
  release(): Promise<void>;
}

export const OWNER_FILE = 'perfanalysis-owner.json';

/** The lock's name: the directory's identity (device and inode) and its real path, hashed. */
async function lockName(location: string): Promise<string> {
  const [info, real] = await Promise.all([stat(location), realpath(location)]);
  const digest = createHash('sha256').update(`${info.dev}:${info.ino}:${real}`).digest('hex');
  return `\0perfanalysis-data-${digest.slice(0, 40)}`;
}

/**
 * Takes the directory (which must exist) if nobody holds it: its Ownership, or undefined when taken. `socket`
 * is where it will serve the database to other processes (none: it will not), written in OWNER_FILE at once:
 * whoever reads the file finds it true (a second write would leave a moment where it is not).
 */
export async function claimDataDir(location: string, socket?: string): Promise<Ownership | undefined> {
  const server = createServer((socket) => socket.destroy());
  const name = await lockName(location);
  const won = await new Promise<boolean>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE' ? resolve(false) : reject(error),
    );
    server.listen(name, () => resolve(true));
  });
  if (!won) return undefined;
  // The lock must not keep a process alive that has nothing else to do; it goes when the process goes.
  server.unref();
  const file = join(location, OWNER_FILE);
  await writeOwner(file, socket);
  return {
    async release() {
      await rm(file, { force: true });
      await close(server);
    },
  };
}

/** Who owns the directory, as its owner recorded it; undefined while it is still writing it. */
export async function dataDirOwner(location: string): Promise<OwnerInfo | undefined> {
  try {
    return JSON.parse(await readFile(join(location, OWNER_FILE), 'utf8')) as OwnerInfo;
  } catch {
    return undefined;
  }
}

/**
 * Whether the process an owner file names still runs. The file outlives an owner killed with -9, and the next
 * owner takes the lock a moment before it writes its own: a file whose process has gone says nothing.
 */
export function ownerRuns(owner: OwnerInfo): boolean {
  if (owner.hostname !== hostname()) return true; // another machine's process: take the file's word
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function describeOwner(owner: OwnerInfo | undefined): string {
  if (owner === undefined) return 'another process';
  return `process ${owner.pid} on ${owner.hostname} (${owner.command}, since ${owner.startedAt})`;
}

const STARTED_AT = new Date().toISOString();

async function writeOwner(file: string, socket: string | undefined): Promise<void> {
  const info: OwnerInfo = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: STARTED_AT,
    // The program and its subcommand only: the rest may hold a password.
    command: [basename(process.argv[1] ?? 'node'), process.argv[2]].filter(Boolean).join(' '),
    socket,
  };
  // Written whole, then renamed: a reader never sees half of it.
  const partial = `${file}.${process.pid}`;
  await writeFile(partial, `${JSON.stringify(info, null, 2)}\n`);
  await rename(partial, file);
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
