import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const PERFANALYSIS = fileURLToPath(new URL('../../bin/perfanalysis.js', import.meta.url));
export const PCC = join(dirname(require.resolve('@perfanalysis/pcc/package.json')), 'bin', 'pcc.js');

/** A child process whose output is kept, for the assertion messages. */
export interface Running {
  readonly child: ChildProcess;
  /** Resolves with the exit code once the process has ended, on its own or stopped. */
  readonly exited: Promise<number | null>;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Runs node with `args`; `wrapper` goes before it (`setpriv --reuid=1000 --`: as another user). */
export function run(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  wrapper: readonly string[] = [],
): Running {
  const [command = process.execPath, ...rest] = [...wrapper, process.execPath, ...args];
  const child = spawn(command, rest, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      // 'exit' can come before the last of the output has been read: wait for the pipes to end, for at most
      // 2 s (a process the child started may hold them open).
      const ends = [child.stdout, child.stderr].flatMap((s) =>
        s && !s.readableEnded ? [once(s, 'end')] : [],
      );
      void Promise.race([
        Promise.all(ends).catch(() => undefined),
        delay(2000, undefined, { ref: false }),
      ]).then(() => resolve(code));
    }),
  );
  return {
    child,
    exited,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/**
 * What an ended pcc run stored is exactly what it collected: its closing line's count, none still waiting,
 * each on a tick of its frequency, none twice. (Not "no gaps": pcc skips a tick it is too late for, by design,
 * and a loaded machine restarting servers can make it that late.)
 */
export async function assertStoredAsCollected(
  pcc: Running,
  timestamps: readonly number[],
  frequencyMs: number,
  label = 'pcc',
): Promise<void> {
  await pcc.exited;
  const closing = /(\d+) samples in \d+ s; sent \d+ samples to \S+, (\d+) still waiting/.exec(pcc.output());
  assert.ok(closing, `${label}: no closing line\n${pcc.output()}`);
  const [, collected, waiting] = closing.map(Number);
  assert.equal(waiting, 0, `${label}: samples left waiting\n${pcc.output()}`);
  assert.ok(timestamps.length >= 10, `${label}: only ${timestamps.length} samples stored\n${pcc.output()}`);
  assert.equal(new Set(timestamps).size, timestamps.length, `${label}: duplicates`);
  assert.deepEqual(
    timestamps.filter((t) => t % frequencyMs !== 0),
    [],
    `${label}: samples off the ticks`,
  );
  assert.equal(timestamps.length, collected, `${label}: stored against collected\n${pcc.output()}`);
}

/** Polls `check` until it holds or the time is up (a guard against hanging, generous: a busy machine starts slowly). */
export async function until(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function healthy(port: number): Promise<boolean> {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  return response.ok;
}

/**
 * A TCP proxy on loopback that can cut every connection and refuse new ones for a while: a database server
 * that goes away and comes back, without touching the real one.
 */
export class CuttableProxy {
  #server: Server | undefined;
  readonly #sockets = new Set<Socket>();

  constructor(
    readonly port: number,
    readonly targetPort: number,
  ) {}

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, '127.0.0.1');
      for (const socket of [client, upstream]) {
        this.#sockets.add(socket);
        socket.on('close', () => this.#sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.#server = server;
  }

  async cut(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    for (const socket of this.#sockets) socket.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}
