import { chmod, rm } from 'node:fs/promises';
import { createServer, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PGlite } from '@electric-sql/pglite';
import type { Turns } from './turns.js';

/**
 * The embedded database served to other processes with the PostgreSQL protocol, on a Unix socket: what lets
 * the CLI's commands (and psql) work beside the process that owns the data directory.
 *
 * PGlite is one session. Each client's messages are relayed to it, and a client holds the database's Turns
 * from the first message of a unit of work until PGlite answers ReadyForQuery "idle": a whole simple query, a
 * whole extended-protocol exchange up to its Sync, a whole transaction from BEGIN to COMMIT. Nobody else —
 * another client, or the owner itself — runs a statement in between. (@electric-sql/pglite-socket does not
 * give this: its queue lets the owner's own queries run inside a client's transaction and interleaves two
 * clients' Parse/Bind messages.) A client that keeps a transaction open without a word for
 * IDLE_IN_TRANSACTION_MS is disconnected and its transaction rolled back, as PostgreSQL's
 * idle_in_transaction_session_timeout would: everyone else waits on it meanwhile.
 */
export interface SharedSocket {
  readonly path: string;
  close(): Promise<void>;
}

/** The longest path a Unix socket can be bound to (sun_path, less its terminating zero). */
export const MAX_SOCKET_PATH = 107;

const IDLE_IN_TRANSACTION_MS = 60_000;
/** How long closing waits for connected clients to leave. */
const CLIENTS_WAIT_MS = 10_000;
const PROTOCOL_3 = 196_608;
const SSL_REQUEST = 80_877_103;
const GSSENC_REQUEST = 80_877_104;
const CANCEL_REQUEST = 80_877_102;
/** Bigger than any message a client sends here: a length past it is a broken or hostile client. */
const MAX_MESSAGE = 1 << 30;
const SYNC = Uint8Array.of(0x53, 0, 0, 0, 4);

export async function shareEmbedded(pglite: PGlite, turns: Turns, path: string): Promise<SharedSocket> {
  const clients = new Set<Socket>();
  const server = createServer((socket) => {
    clients.add(socket);
    socket.once('close', () => clients.delete(socket));
    relay(pglite, turns, socket);
  });
  // Only the owner of the directory may hold its lock, so a socket file here is a dead owner's: replace it.
  await rm(path, { force: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  server.unref();
  await chmod(path, 0o600);
  return {
    path,
    async close() {
      // No one new; those connected finish what they are doing (a command run beside a short-lived owner),
      // for a while: then they are cut.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const deadline = Date.now() + CLIENTS_WAIT_MS;
      while (clients.size > 0 && Date.now() < deadline) await sleep(50);
      for (const socket of clients) socket.destroy();
      await closed;
    },
  };
}

function relay(pglite: PGlite, turns: Turns, socket: Socket): void {
  let pending = Buffer.alloc(0);
  let started = false;
  let work = Promise.resolve();
  let release: (() => void) | undefined;
  let idleTimer: NodeJS.Timeout | undefined;
  const backend = new BackendReader();

  const forward = async (message: Uint8Array): Promise<void> => {
    clearTimeout(idleTimer);
    release ??= await turns.take();
    if (socket.destroyed) return;
    await pglite.runExclusive(() =>
      pglite.execProtocolRawStream(message, {
        onRawData: (data) => {
          backend.read(data);
          if (!socket.destroyed) socket.write(data);
        },
      }),
    );
    if (backend.idle) {
      release();
      release = undefined;
    } else {
      idleTimer = setTimeout(() => {
        socket.end(fatal('25P03', 'terminating connection due to idle-in-transaction timeout'));
        socket.destroy();
      }, IDLE_IN_TRANSACTION_MS).unref();
    }
  };

  /** A client gone in the middle of a unit: end what it began, so that the next holder starts clean. */
  const finish = async (): Promise<void> => {
    clearTimeout(idleTimer);
    if (release === undefined) return;
    try {
      await pglite.runExclusive(() => pglite.execProtocolRaw(SYNC));
      if (pglite.isInTransaction())
        await pglite.runExclusive(() => pglite.execProtocolRaw(simpleQuery('ROLLBACK')));
    } finally {
      release();
      release = undefined;
    }
  };

  /** A message before the startup one (untyped): SSL or GSS encryption asked, a cancel, or the startup. */
  const handleFirst = async (message: Buffer): Promise<void> => {
    const code = message.readInt32BE(4);
    if (code === SSL_REQUEST || code === GSSENC_REQUEST) socket.write('N');
    else if (code === PROTOCOL_3) await forward(message);
    // A CancelRequest (PGlite cannot interrupt a statement), or a protocol this does not speak.
    else if (code === CANCEL_REQUEST) socket.end();
    else socket.end(fatal('08P01', 'unsupported frontend protocol'));
  };

  const handle = async (message: Buffer): Promise<void> => {
    if (message[0] === 0x58)
      socket.end(); // Terminate
    else await forward(message);
  };

  socket.on('data', (data) => {
    pending = Buffer.concat([pending, data]);
    for (;;) {
      const typed = started;
      const header = typed ? 5 : 4;
      if (pending.length < header) return;
      const length = typed ? 1 + pending.readInt32BE(1) : pending.readInt32BE(0);
      if (length < (typed ? 5 : 8) || length > MAX_MESSAGE) {
        socket.destroy();
        return;
      }
      if (pending.length < length) return;
      const message = pending.subarray(0, length);
      pending = pending.subarray(length);
      // After the startup message, every message starts with its type.
      if (!typed && message.readInt32BE(4) === PROTOCOL_3) started = true;
      // Messages are handled one after another, in order, whatever the socket does meanwhile.
      work = work
        .then(() => (socket.destroyed ? undefined : typed ? handle(message) : handleFirst(message)))
        .catch(() => {
          socket.destroy();
        });
    }
  });
  socket.on('error', () => socket.destroy());
  socket.on('close', () => {
    work = work.then(finish).catch(() => undefined);
  });
}

/**
 * Follows the backend's messages across the chunks they arrive in, to know when PGlite is back to
 * ReadyForQuery with status idle (I): outside any transaction, all of a unit's answers sent.
 */
class BackendReader {
  idle = false;
  readonly #header = Buffer.alloc(5);
  #headerBytes = 0;
  #remaining = 0;
  #status = 0;

  read(chunk: Uint8Array): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.#headerBytes < 5) {
        const n = Math.min(5 - this.#headerBytes, chunk.length - i);
        this.#header.set(chunk.subarray(i, i + n), this.#headerBytes);
        this.#headerBytes += n;
        i += n;
        if (this.#headerBytes < 5) return;
        this.#remaining = this.#header.readInt32BE(1) - 4;
        this.idle = false;
      }
      const n = Math.min(this.#remaining, chunk.length - i);
      if (n > 0 && this.#remaining === 1) this.#status = chunk[i] ?? 0;
      this.#remaining -= n;
      i += n;
      if (this.#remaining > 0) return;
      this.idle = this.#header[0] === 0x5a && this.#status === 0x49; // 'Z', 'I'
      this.#headerBytes = 0;
      this.#status = 0;
    }
  }
}

function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`);
  const message = Buffer.alloc(5 + text.length);
  message.write('Q', 0);
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return message;
}

/** An ErrorResponse of severity FATAL. */
function fatal(code: string, text: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${text}\0\0`);
  const message = Buffer.alloc(5 + fields.length);
  message.write('E', 0);
  message.writeInt32BE(4 + fields.length, 1);
  fields.copy(message, 5);
  return message;
}
