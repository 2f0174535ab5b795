import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Child processes, temporary directories and databases that this program must not leave behind: each is
 * stopped or removed by its owner in the normal course, and at the latest when the process exits — normally,
 * on an uncaught error, or on SIGINT/SIGTERM (databases: on a signal). Each child leads a process group of
 * its own, and the whole group is signalled, so helpers it starts (sar's sadc) go with it.
 */
const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();
const asyncCleanups = new Set<() => Promise<void>>();
let hooked = false;
let interruptedBySignal = false;

/** How long an interrupted run waits for its asynchronous clean-ups (dropping a database) before it exits. */
const ASYNC_CLEANUP_MS = 5000;

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const child of children) signalGroup(child, 'SIGKILL');
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });
  process.once('SIGINT', () => void interrupted(130));
  process.once('SIGTERM', () => void interrupted(143));
}

/** On a signal: children first (they may hold what the clean-ups remove), then the asynchronous clean-ups. */
async function interrupted(code: number): Promise<void> {
  interruptedBySignal = true;
  for (const child of children) signalGroup(child, 'SIGKILL');
  const pending = [...asyncCleanups].map((cleanup) => cleanup().catch(() => undefined));
  const timeout = new Promise((resolve) => setTimeout(resolve, ASYNC_CLEANUP_MS).unref());
  await Promise.race([Promise.all(pending), timeout]);
  process.exit(code);
}

/** Whether SIGINT or SIGTERM came: the figures of a run cut short are not worth printing. */
export function wasInterrupted(): boolean {
  return interruptedBySignal;
}

/**
 * Registers a clean-up that needs the event loop (a database to drop), run if the program is interrupted
 * before its owner runs it; returns the function that unregisters it. An uncaught error cannot run it: the
 * owner runs it in a `finally`.
 */
export function onInterrupt(cleanup: () => Promise<void>): () => void {
  hookExit();
  asyncCleanups.add(cleanup);
  return () => {
    asyncCleanups.delete(cleanup);
  };
}

/** Signals the child's process group, or the child alone if the group is gone. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

/** How a child process ended; `error` when it could not be started at all. */
export interface ExitStatus {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly error?: Error;
}

export interface Child {
  readonly pid: number;
  /** Settles when the process has ended. */
  readonly exited: Promise<ExitStatus>;
  /** The last few KiB it wrote to standard error. */
  stderr(): string;
  /** Sends its group SIGTERM, then SIGKILL if it has not ended within three seconds; resolves once it has. */
  stop(): Promise<ExitStatus>;
}

const STDERR_KEPT = 4096;
const KILL_AFTER_MS = 3000;

/** Starts a command whose standard output is discarded, tracked until it ends. */
export function startChild(
  command: string,
  args: readonly string[],
  options: { readonly env?: NodeJS.ProcessEnv } = {},
): Child {
  hookExit();
  const child = spawn(command, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: options.env ?? process.env,
    detached: true,
  });
  children.add(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEPT);
  });
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once('error', (error) => {
      children.delete(child);
      resolve({ code: null, signal: null, error });
    });
    child.once('close', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    });
  });
  return {
    pid: child.pid ?? -1,
    exited,
    stderr: () => stderr,
    stop: async () => {
      if (!children.has(child)) return exited;
      signalGroup(child, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), KILL_AFTER_MS);
      const status = await exited;
      clearTimeout(timer);
      return status;
    },
  };
}

/** Runs `body` with a fresh directory under the OS temp dir, removed afterwards whatever happens. */
export async function withTempDir<T>(prefix: string, body: (dir: string) => Promise<T>): Promise<T> {
  hookExit();
  const dir = mkdtempSync(join(tmpdir(), `perfanalysis-${prefix}-`));
  tempDirs.add(dir);
  try {
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
    tempDirs.delete(dir);
  }
}
